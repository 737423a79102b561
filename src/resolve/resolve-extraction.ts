/**
 * Entity resolution for one article: maps the extractor's entities onto known
 * entities (reference data, earlier articles) or onto fresh deterministic ids,
 * merges obvious variants within the article, and rewrites the relations onto
 * the resolved ids. Pure: the caller supplies the index the store filled.
 */

import { entityIdFor } from '../extract/entity-id.ts';
import { type Entity, type ExtractionResult, type Relation, SYMMETRIC_RELATIONS } from '../schema/index.ts';
import { addToIndex, type EntityIndex, findInIndex, type MatchKind } from './entity-index.ts';

/** An entity after resolution: its final id, canonical name and every name it went by. */
export interface ResolvedEntity {
  id: string;
  type: Entity['type'];
  name: string;
  aliases: string[];
  attributes: Entity['attributes'];
  /** The ids the extractor gave the mentions that resolved here. */
  extractedIds: string[];
  /** True when neither the index nor an earlier mention in this article knew the entity. */
  isNew: boolean;
  /** How it matched a known entity, when it did. */
  matchedBy?: MatchKind;
}

/** A relation on resolved ids, with the evidence sentences of every mention of it in the article. */
export interface ResolvedRelation {
  /** Identity of the fact across articles: type and ends (ordered for symmetric types), as the store keeps one relationship per key. */
  key: string;
  type: Relation['type'];
  source: string;
  target: string;
  origin: Relation['origin'];
  evidence: string[];
  confidence: number;
  attributes: Relation['attributes'];
}

export interface ResolvedExtraction {
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
  /** Extracted id → resolved id. */
  idMap: Map<string, string>;
}

/**
 * The identity of a relation: facts with the same key from different articles
 * are one relationship whose evidence accumulates (the store keeps one per key;
 * a product or year is an attribute of it, not part of its identity).
 *
 * @example relationKey('SUPPLIES', 'enterprise:sinara', 'country:belarus') // 'SUPPLIES|enterprise:sinara|country:belarus'
 */
export function relationKey(type: Relation['type'], source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

/** Persons with fuller names first, so a lone surname later in the article meets its full name. */
function resolutionOrder(entities: readonly Entity[]): Entity[] {
  const words = (e: Entity) => (e.type === 'Person' ? e.name.trim().split(/\s+/).length : 0);
  return [...entities].sort((a, b) => words(b) - words(a));
}

/**
 * Resolves an extraction against `index` and adds the article's entities to it,
 * so the next article in the same run sees them.
 *
 * @example resolveExtraction(extraction, createEntityIndex(referenceEntities))
 */
export function resolveExtraction(extraction: ExtractionResult, index: EntityIndex): ResolvedExtraction {
  const byId = new Map<string, ResolvedEntity>();
  const idMap = new Map<string, string>();
  const knownBefore = new Set(index.byId.keys());

  for (const entity of resolutionOrder(extraction.entities)) {
    const match = findInIndex(index, entity);
    const id = match?.id ?? entityIdFor(entity.type, entity.name);
    idMap.set(entity.id, id);
    const known = index.byId.get(id);
    const existing = byId.get(id);
    const names = [entity.name, ...entity.aliases];
    if (existing) {
      existing.aliases = unique([...existing.aliases, ...names]).filter((n) => n !== existing.name);
      existing.extractedIds.push(entity.id);
      existing.attributes = { ...entity.attributes, ...existing.attributes };
    } else {
      const name = canonicalName(entity, known?.name, match?.kind);
      const resolved: ResolvedEntity = {
        id,
        type: entity.type,
        name,
        aliases: unique([...(known ? [known.name, ...known.aliases] : []), ...names]).filter((n) => n !== name),
        attributes: { ...entity.attributes },
        extractedIds: [entity.id],
        isNew: !knownBefore.has(id),
        ...(match && knownBefore.has(match.id) ? { matchedBy: match.kind } : {}),
      };
      byId.set(id, resolved);
    }
    const current = byId.get(id);
    if (current) addToIndex(index, { id, type: current.type, name: current.name, aliases: current.aliases });
  }

  return { entities: [...byId.values()], relations: resolveRelations(extraction.relations, idMap), idMap };
}

/**
 * A known entity keeps its name, except that a person known only by a surname
 * takes the fuller name when one appears ("Головченко" → "Роман Головченко").
 */
function canonicalName(entity: Entity, knownName: string | undefined, kind: MatchKind | undefined): string {
  if (!knownName) return entity.name;
  if (kind === 'surname' && entity.name.trim().split(/\s+/).length > knownName.trim().split(/\s+/).length) {
    return entity.name;
  }
  return knownName;
}

function resolveRelations(relations: readonly Relation[], idMap: Map<string, string>): ResolvedRelation[] {
  const byKey = new Map<string, ResolvedRelation>();
  for (const relation of relations) {
    let source = idMap.get(relation.source);
    let target = idMap.get(relation.target);
    // Merging variants can turn a relation into a loop ("МАЗ" co-produces with "Минский автомобильный завод").
    if (!source || !target || source === target) continue;
    if (SYMMETRIC_RELATIONS.has(relation.type) && target < source) [source, target] = [target, source];
    const key = relationKey(relation.type, source, target);
    const evidence = relation.evidence.trim() ? [relation.evidence.trim()] : [];
    const existing = byKey.get(key);
    if (existing) {
      existing.evidence = unique([...existing.evidence, ...evidence]);
      existing.confidence = Math.max(existing.confidence, relation.confidence);
      existing.attributes = { ...relation.attributes, ...existing.attributes };
      if (relation.origin === 'text') existing.origin = 'text';
    } else {
      byKey.set(key, {
        key,
        type: relation.type,
        source,
        target,
        origin: relation.origin,
        evidence,
        confidence: relation.confidence,
        attributes: { ...relation.attributes },
      });
    }
  }
  return [...byKey.values()];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
