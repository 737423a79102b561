/**
 * Deterministic entity ids: `<type>:<slug of the normalised name>`, so the same
 * name of the same type gets the same id in every run and on every machine.
 */
import type { EntityType } from '../schema/index.ts';
import { slugify } from './normalize-name.ts';

/** The id prefix of an entity type ("Enterprise" → "enterprise"); matches the reference data's ids. */
export function idPrefixOf(type: EntityType): string {
  return type.toLowerCase();
}

/**
 * The id an entity gets when no reference or stored entity claims it.
 *
 * @example entityIdFor('Enterprise', 'ОАО «МАЗ»') // 'enterprise:maz'
 */
export function entityIdFor(type: EntityType, name: string): string {
  return `${idPrefixOf(type)}:${slugify(name)}`;
}
