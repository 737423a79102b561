/**
 * Entity resolution for one article: maps the extractor's entities onto reference
 * entities or onto deterministic ids, merges obvious variants within the article, and
 * rewrites the relations onto the resolved ids. It reads the reference data and the
 * article only, never what other articles stored: the same article resolves the same
 * way in any load order, batch and concurrent run, and two articles naming an entity
 * alike get the same id (made from its fullest name) without reading each other.
 */

import { entityIdFor } from '../extract/entity-id.ts';
import { type Entity, type ExtractionResult, type Relation, SYMMETRIC_RELATIONS } from '../schema/index.ts';
import { fullestName } from './canonical-name.ts';
import {
  addToIndex,
  createEntityIndex,
  type EntityIndex,
  findInIndex,
  type KnownEntity,
  knownById,
  type MatchKind,
  type SurnameReadings,
} from './entity-index.ts';

/** An entity after resolution: its final id, canonical name and every name it went by. */
export interface ResolvedEntity {
  id: string;
  type: Entity['type'];
  name: string;
  aliases: string[];
  attributes: Entity['attributes'];
  /** The ids the extractor gave the mentions that resolved here. */
  extractedIds: string[];
  /** How it matched a reference entity, when it did. */
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

/** The mentions of one entity in the article, gathered before its id is decided. */
interface Cluster {
  type: Entity['type'];
  names: string[];
  attributes: Entity['attributes'];
  extractedIds: string[];
  reference?: KnownEntity;
  matchedBy?: MatchKind;
}

/**
 * Resolves an extraction against the reference index: mentions that match a reference
 * entity keep its id; the others are grouped with the article's other mentions of the
 * same entity (same name, abbreviation ↔ full name, lone surname ↔ the one full name
 * that agrees) and get the id of their fullest name. The reference index is not changed.
 *
 * @example resolveExtraction(extraction, createEntityIndex(referenceEntities, surnameReadingsOf(morph)))
 */
export function resolveExtraction(extraction: ExtractionResult, reference: EntityIndex): ResolvedExtraction {
  const article = createEntityIndex([], reference.surnameReadings, reference);
  const clusters = new Map<string, Cluster>();
  for (const entity of resolutionOrder(extraction.entities)) {
    const name = tidy(entity.name);
    const names = unique([name, ...entity.aliases]);
    const match = findInIndex(article, { id: entity.id, type: entity.type, name, aliases: names.slice(1) });
    const key = match?.id ?? `#${clusters.size}`;
    let cluster = clusters.get(key);
    if (!cluster) {
      const referenced = match ? knownById(reference, match.id) : undefined;
      cluster = {
        type: entity.type,
        names: [],
        attributes: {},
        extractedIds: [],
        ...(referenced && match ? { reference: referenced, matchedBy: match.kind } : {}),
      };
      clusters.set(key, cluster);
    }
    cluster.names = unique([...cluster.names, ...names]);
    cluster.attributes = { ...entity.attributes, ...cluster.attributes };
    cluster.extractedIds.push(entity.id);
    addToIndex(article, {
      id: key,
      type: entity.type,
      name: cluster.reference?.name ?? fullestName(cluster.names) ?? name,
      aliases: cluster.names,
    });
  }

  const byId = new Map<string, ResolvedEntity>();
  const idMap = new Map<string, string>();
  for (const [key, cluster] of clusters) {
    const name = cluster.reference?.name ?? fullestName(nominativeNames(cluster, reference.surnameReadings)) ?? '';
    const id = cluster.reference ? key : entityIdFor(cluster.type, name);
    for (const extractedId of cluster.extractedIds) idMap.set(extractedId, id);
    const names = [
      ...(cluster.reference ? [cluster.reference.name, ...cluster.reference.aliases] : []),
      ...cluster.names,
    ];
    const existing = byId.get(id);
    if (existing) {
      // Two groups whose names make the same id are one entity in the store anyway.
      const fuller = fullestName([existing.name, name]) ?? name;
      existing.aliases = sortedUnique([...existing.aliases, existing.name, ...names]).filter((n) => n !== fuller);
      existing.name = fuller;
      existing.extractedIds.push(...cluster.extractedIds);
      existing.attributes = { ...cluster.attributes, ...existing.attributes };
      continue;
    }
    byId.set(id, {
      id,
      type: cluster.type,
      name,
      aliases: sortedUnique(names).filter((n) => n !== name),
      attributes: cluster.attributes,
      extractedIds: [...cluster.extractedIds],
      ...(cluster.matchedBy ? { matchedBy: cluster.matchedBy } : {}),
    });
  }
  return { entities: [...byId.values()], relations: resolveRelations(extraction.relations, idMap), idMap };
}

/**
 * The names of a group that may be canonical: for a person, not those whose surname reads
 * as a case form of another name's ("Владимир Караником" beside "Владимир Караник").
 */
function nominativeNames(cluster: Cluster, readings: SurnameReadings): string[] {
  if (cluster.type !== 'Person') return cluster.names;
  const surname = (name: string) => name.split(' ').at(-1) ?? '';
  const surnames = new Set(cluster.names.map(surname));
  const kept = cluster.names.filter((name) => {
    const own = surname(name);
    return !readings(own).some((r) => r !== own && surnames.has(r));
  });
  return kept.length > 0 ? kept : cluster.names;
}

/** A name trimmed, with single spaces (the store compares names word by word). */
function tidy(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

function sortedUnique(values: readonly string[]): string[] {
  return unique(values).sort();
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
  return [...new Set(values.map(tidy).filter(Boolean))];
}
