/**
 * An in-memory index of known entities (reference data plus what the store
 * already holds) keyed the ways articles vary a name: normalised name and
 * aliases, acronyms, and a person's surname. Pure data; the store fills it.
 */

import {
  abbreviationKey,
  acronymOf,
  isAbbreviation,
  matchesAbbreviation,
  normalizeName,
} from '../extract/normalize-name.ts';
import type { EntityType, ReferenceEntry } from '../schema/index.ts';

/** What resolution needs to know about an entity that already exists. */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

export interface EntityIndex {
  readonly byId: Map<string, KnownEntity>;
  /** `type|normalised name or alias` → ids. */
  readonly byName: Map<string, Set<string>>;
  /** `type|acronym` → ids of entities with a multi-word name or alias of that acronym. */
  readonly byAcronym: Map<string, Set<string>>;
  /** `type|acronym` → ids of entities known by an abbreviation ("МАЗ"). */
  readonly byAbbreviation: Map<string, Set<string>>;
  /** `Person|surname stem` → ids of persons. */
  readonly bySurname: Map<string, Set<string>>;
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  let ids = map.get(key);
  if (!ids) {
    ids = new Set();
    map.set(key, ids);
  }
  ids.add(id);
}

/** Reference entries as known entities: their hand-written ids are the stable ids resolution keeps. */
export function knownFromReference(entries: readonly ReferenceEntry[]): KnownEntity[] {
  return entries.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases }));
}

/** The names an entity goes by: its name first, then its aliases. */
export function namesOf(entity: Pick<KnownEntity, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases];
}

/** A person's surname: the last word of the normalised name (names are nominative, "Имя Фамилия"). */
export function surnameOf(name: string): string {
  const words = normalizeName(name).split(' ');
  return words[words.length - 1] ?? '';
}

/**
 * Oblique endings an extractor may leave on a masculine surname ("Караником", "Иванову"),
 * longest first. Endings a surname can have in the nominative ("-а", "-ая", "-ой", "-ий")
 * are not stripped: «Иванова» is a feminine surname, not a case form of «Иванов».
 */
const CASE_ENDINGS = ['ого', 'ому', 'ым', 'ом', 'ем', 'у', 'ю'];

/**
 * A surname without an oblique masculine ending, so inflected leftovers meet the
 * nominative ("караником" and "караник" → "караник") while "иванова" and "иванов"
 * stay apart. Depends only on the word, so every load order decides alike.
 */
export function surnameStem(surname: string): string {
  for (const ending of CASE_ENDINGS) {
    if (surname.endsWith(ending) && surname.length - ending.length >= 4) return surname.slice(0, -ending.length);
  }
  return surname;
}

/** Builds an index over entities; later `addToIndex` calls keep it current while an article resolves. */
export function createEntityIndex(entities: Iterable<KnownEntity> = []): EntityIndex {
  const index: EntityIndex = {
    byId: new Map(),
    byName: new Map(),
    byAcronym: new Map(),
    byAbbreviation: new Map(),
    bySurname: new Map(),
  };
  for (const entity of entities) addToIndex(index, entity);
  return index;
}

/** Adds (or re-adds, with more aliases) an entity to the index. */
export function addToIndex(index: EntityIndex, entity: KnownEntity): void {
  const previous = index.byId.get(entity.id);
  const aliases = previous
    ? [...new Set([...previous.aliases, ...entity.aliases, ...(previous.name !== entity.name ? [previous.name] : [])])]
    : [...entity.aliases];
  const merged: KnownEntity = { ...entity, aliases: aliases.filter((a) => a !== entity.name) };
  index.byId.set(entity.id, merged);
  for (const name of namesOf(merged)) {
    add(index.byName, `${entity.type}|${normalizeName(name)}`, entity.id);
    const acronym = acronymOf(name);
    if (acronym && acronym.length >= 2) add(index.byAcronym, `${entity.type}|${acronym}`, entity.id);
    const abbreviation = abbreviationKey(name);
    if (abbreviation) add(index.byAbbreviation, `${entity.type}|${abbreviation}`, entity.id);
  }
  if (entity.type === 'Person') add(index.bySurname, `Person|${surnameStem(surnameOf(entity.name))}`, entity.id);
}

/** How an entity was found in the index, reported so the summary can count merges by kind. */
export type MatchKind = 'id' | 'name' | 'abbreviation' | 'surname';

export interface IndexMatch {
  id: string;
  kind: MatchKind;
}

function only(ids: Set<string> | undefined): string | undefined {
  return ids && ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * Finds the known entity a mention denotes, trying the safest keys first: exact
 * id, then name/alias, then abbreviation ↔ full name, then a lone surname. A key
 * that points at several entities is ambiguous and matches nothing.
 */
export function findInIndex(
  index: EntityIndex,
  entity: { id?: string; type: EntityType; name: string; aliases: readonly string[] },
): IndexMatch | undefined {
  if (entity.id && index.byId.get(entity.id)?.type === entity.type) return { id: entity.id, kind: 'id' };
  const names = namesOf(entity);
  for (const name of names) {
    const id = only(index.byName.get(`${entity.type}|${normalizeName(name)}`));
    if (id) return { id, kind: 'name' };
  }
  for (const name of names) {
    const viaAbbreviation = matchAbbreviation(index, entity.type, name);
    if (viaAbbreviation) return { id: viaAbbreviation, kind: 'abbreviation' };
  }
  if (entity.type === 'Person') {
    const candidates = [...(index.bySurname.get(`Person|${surnameStem(surnameOf(entity.name))}`) ?? [])].filter((id) =>
      personNamesAgree(entity.name, index.byId.get(id)?.name ?? ''),
    );
    if (candidates.length === 1 && candidates[0]) return { id: candidates[0], kind: 'surname' };
  }
  return undefined;
}

function matchAbbreviation(index: EntityIndex, type: EntityType, name: string): string | undefined {
  if (isAbbreviation(name)) {
    const key = abbreviationKey(name);
    const ids = [...(index.byAcronym.get(`${type}|${key}`) ?? [])].filter((id) => {
      const known = index.byId.get(id);
      return known !== undefined && namesOf(known).some((n) => matchesAbbreviation(name, n));
    });
    return ids.length === 1 ? ids[0] : undefined;
  }
  const acronym = acronymOf(name);
  if (!acronym) return undefined;
  const ids = [...(index.byAbbreviation.get(`${type}|${acronym}`) ?? [])].filter((id) => {
    const known = index.byId.get(id);
    return known !== undefined && namesOf(known).some((n) => isAbbreviation(n) && matchesAbbreviation(n, name));
  });
  return ids.length === 1 ? ids[0] : undefined;
}

/**
 * Whether two person names can denote the same person: same surname (up to a
 * case ending), and the given names (or initials) do not contradict ("Головченко"
 * ~ "Роман Головченко", "Р. Головченко" ~ "Роман Головченко", "Владимир Караником"
 * ~ "Владимир Караник", but not "Андрей Головченко").
 */
export function personNamesAgree(a: string, b: string): boolean {
  const wa = normalizeName(a).split(' ');
  const wb = normalizeName(b).split(' ');
  if (surnameStem(wa[wa.length - 1] ?? '') !== surnameStem(wb[wb.length - 1] ?? '')) return false;
  const ga = wa.slice(0, -1);
  const gb = wb.slice(0, -1);
  for (let i = 0; i < Math.min(ga.length, gb.length); i++) {
    const x = ga[i] ?? '';
    const y = gb[i] ?? '';
    if (!(x.startsWith(y) || y.startsWith(x))) return false;
  }
  return true;
}
