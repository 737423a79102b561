/**
 * Dossiers over Neo4j (`GET /api/entities/:id/dossier`, `GET /api/dossier?a=&b=`):
 * an entity's partners by relation type, its trade by year, projects, the people
 * who head it and the latest sentences stated about it; or every relation between
 * two entities with its latest evidence. Read-only queries, values as parameters;
 * rejected relations and evidence are left out, as the graph leaves them out.
 */
import type { z } from 'zod';
import {
  type DossierEntity,
  DossierEntitySchema,
  type DossierEvidence,
  DossierEvidenceSchema,
  type DossierGroup,
  DossierGroupSchema,
  type DossierLink,
  DossierLinkSchema,
  type DossierQuery,
  type EntityDossier,
  type PairDossier,
  type PairDossierQuery,
  type PairRelation,
  PairRelationSchema,
  type TradeYear,
} from '../schema/dossier.ts';
import { ENTITY_TYPES, type EntityType, RELATION_TYPES } from '../schema/index.ts';
import { type CypherQuery, factTypesPattern, type PlainValue, type Row, runRead, type Store } from '../store/index.ts';

type PlainRecord = Record<string, PlainValue>;
const ENTITY_TYPE_SET: ReadonlySet<unknown> = new Set(ENTITY_TYPES);

/** The Cypher key of relationship `r`'s Evidence nodes (`TYPE|source|target`). */
const KEY_OF_R = "type(r) + '|' + startNode(r).id + '|' + endNode(r).id";

function isRecord(value: PlainValue | undefined): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops nulls so optional fields are absent, as the schemas expect. */
function withoutNulls(value: PlainValue | undefined): PlainRecord {
  return isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) : {};
}

/** Each row's record parsed with the schema; rows outside the model are skipped, not guessed. */
function parseEach<T>(values: readonly PlainValue[], schema: z.ZodType<T>): T[] {
  return values.flatMap((value) => {
    const parsed = schema.safeParse(normalise(withoutNulls(value)));
    return parsed.success ? [parsed.data] : [];
  });
}

/** Nested records (`other`, lists of evidence) lose their nulls too. */
function normalise(record: PlainRecord): PlainRecord {
  const out: PlainRecord = {};
  for (const [name, value] of Object.entries(record)) {
    if (isRecord(value)) out[name] = withoutNulls(value);
    else if (Array.isArray(value)) out[name] = value.map((v) => (isRecord(v) ? normalise(withoutNulls(v)) : v));
    else out[name] = value;
  }
  return out;
}

/** The entity's header fields; no row when no entity has the id. */
export function dossierEntitiesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: 'MATCH (e:Entity) WHERE e.id IN $ids RETURN e {.id, .type, .name, .nameEn, .aliases} AS entity',
    params: { ids: [...ids] },
  };
}

/** Partners grouped by relation type: counts and dates over all, the most stated `partners` listed. */
export function dossierGroupsQuery(id: string, partners: number): CypherQuery {
  return {
    cypher: [
      `MATCH (e:Entity {id: $id})-[r:${factTypesPattern()}]-(o:Entity)`,
      'WHERE r.rejected IS NULL',
      'WITH r, o, startNode(r) = e AS out ORDER BY coalesce(r.articleCount, 0) DESC, o.name',
      'WITH type(r) AS type, count(*) AS count, sum(coalesce(r.articleCount, 0)) AS articleCount,',
      '  min(r.firstSeen) AS firstSeen, max(r.lastSeen) AS lastSeen,',
      "  collect({id: o.id, type: o.type, name: o.name, direction: CASE WHEN out THEN 'out' ELSE 'in' END,",
      '    articleCount: coalesce(r.articleCount, 0), firstSeen: r.firstSeen, lastSeen: r.lastSeen,',
      '    modality: r.modality}) AS all',
      'RETURN {type: type, count: count, articleCount: articleCount, firstSeen: firstSeen, lastSeen: lastSeen,',
      '  partners: all[0..toInteger($partners)]} AS group',
    ].join('\n'),
    params: { id, partners },
  };
}

/** Projects the entity takes part in (any relation to a Project) and the people who head it. */
export function dossierLinksQuery(id: string, limit: number): CypherQuery {
  return {
    cypher: [
      'MATCH (e:Entity {id: $id})',
      'CALL {',
      '  WITH e',
      `  MATCH (e)-[r:${factTypesPattern()}]-(p:Project) WHERE r.rejected IS NULL`,
      '  WITH p, r ORDER BY r.lastSeen DESC, p.name LIMIT toInteger($limit)',
      '  RETURN collect({id: p.id, type: p.type, name: p.name, relation: type(r),',
      '    firstSeen: r.firstSeen, lastSeen: r.lastSeen, role: r.role}) AS projects',
      '}',
      'CALL {',
      '  WITH e',
      '  MATCH (h:Person)-[r:HEADS]->(e) WHERE r.rejected IS NULL',
      '  WITH h, r ORDER BY r.lastSeen DESC, h.name LIMIT toInteger($limit)',
      '  RETURN collect({id: h.id, type: h.type, name: h.name, relation: type(r),',
      '    firstSeen: r.firstSeen, lastSeen: r.lastSeen, role: r.role}) AS heads',
      '}',
      'RETURN projects, heads',
    ].join('\n'),
    params: { id, limit },
  };
}

/** Each TRADES_WITH relationship: partner, stated value and year, and the years of its articles. */
export function dossierTradeQuery(id: string): CypherQuery {
  return {
    cypher: [
      'MATCH (e:Entity {id: $id})-[r:TRADES_WITH]-(o:Entity)',
      'WHERE r.rejected IS NULL',
      `WITH r, o, ${KEY_OF_R} AS key`,
      'CALL {',
      '  WITH key',
      '  MATCH (ev:Evidence {relation: key}) WHERE ev.date IS NOT NULL AND ev.rejected IS NULL',
      '  RETURN collect(toInteger(substring(ev.date, 0, 4))) AS years',
      '}',
      'RETURN {id: o.id, type: o.type, name: o.name} AS partner, r.value AS value, r.currency AS currency,',
      '  r.year AS year, r.lastSeen AS lastSeen, years',
    ].join('\n'),
    params: { id },
  };
}

/** The latest articles stating any relation of the entity, newest first, with their sentences. */
export function dossierEvidenceQuery(id: string, limit: number): CypherQuery {
  return {
    cypher: [
      `MATCH (e:Entity {id: $id})-[r:${factTypesPattern()}]-(o:Entity)`,
      'WHERE r.rejected IS NULL',
      `WITH r, o, ${KEY_OF_R} AS key`,
      'MATCH (ev:Evidence {relation: key}) WHERE ev.rejected IS NULL',
      "WITH r, o, ev ORDER BY coalesce(ev.date, '') DESC, ev.articleId DESC LIMIT toInteger($limit)",
      'OPTIONAL MATCH (a:Article {id: ev.articleId})',
      'RETURN {articleId: ev.articleId, title: a.title, url: a.url, date: ev.date, source: a.source,',
      '  relation: type(r), other: {id: o.id, type: o.type, name: o.name}, sentences: ev.sentences} AS item',
    ].join('\n'),
    params: { id, limit },
  };
}

/** Every relation between two entities, either way, with its latest evidence. */
export function pairRelationsQuery(a: string, b: string, evidence: number): CypherQuery {
  return {
    cypher: [
      `MATCH (:Entity {id: $a})-[r:${factTypesPattern()}]-(:Entity {id: $b})`,
      'WHERE r.rejected IS NULL',
      `WITH r, ${KEY_OF_R} AS key`,
      'CALL {',
      '  WITH key',
      '  MATCH (ev:Evidence {relation: key}) WHERE ev.rejected IS NULL',
      "  WITH ev ORDER BY coalesce(ev.date, '') DESC, ev.articleId DESC LIMIT toInteger($evidence)",
      '  OPTIONAL MATCH (art:Article {id: ev.articleId})',
      '  RETURN collect({articleId: ev.articleId, title: art.title, url: art.url, date: ev.date,',
      '    source: art.source, sentences: ev.sentences}) AS evidence',
      '}',
      "RETURN {key: type(r) + ':' + startNode(r).id + '->' + endNode(r).id, type: type(r),",
      '  source: startNode(r).id, target: endNode(r).id, modality: r.modality,',
      '  articleCount: coalesce(r.articleCount, 0), firstSeen: r.firstSeen, lastSeen: r.lastSeen,',
      '  product: r.product, value: r.value, currency: r.currency, year: r.year, evidence: evidence} AS relation',
      'ORDER BY relation.type, relation.key',
    ].join('\n'),
    params: { a, b, evidence },
  };
}

interface TradeRow {
  partner: { id: string; type: EntityType; name: string };
  value?: number;
  currency?: string;
  /** The year the value is for: the stated `year`, else the year of the latest article. */
  year?: number;
  /** Years of the articles stating the relationship, one per article. */
  articleYears: number[];
}

/**
 * Trade by year across partners: articles per year, and each partner's stated value
 * under the year it is for. Pure, so the chart's numbers are tested without a store.
 */
export function tradeByYear(rows: readonly TradeRow[]): TradeYear[] {
  const years = new Map<number, TradeYear>();
  const yearOf = (year: number) => {
    let entry = years.get(year);
    if (!entry) {
      entry = { year, articles: 0, values: [] };
      years.set(year, entry);
    }
    return entry;
  };
  for (const row of rows) {
    for (const year of row.articleYears) yearOf(year).articles += 1;
    if (row.value !== undefined && row.year !== undefined)
      yearOf(row.year).values.push({
        partner: row.partner,
        value: row.value,
        ...(row.currency ? { currency: row.currency } : {}),
      });
  }
  return [...years.values()].sort((x, y) => x.year - y.year);
}

function toTradeRow(row: Row): TradeRow | undefined {
  const partner = row.partner;
  if (!isRecord(partner) || typeof partner.id !== 'string' || !ENTITY_TYPE_SET.has(partner.type)) return undefined;
  const lastYear = typeof row.lastSeen === 'string' ? Number(row.lastSeen.slice(0, 4)) : undefined;
  const year = typeof row.year === 'number' ? row.year : lastYear;
  return {
    partner: { id: partner.id, type: partner.type as EntityType, name: String(partner.name ?? partner.id) },
    ...(typeof row.value === 'number' ? { value: row.value } : {}),
    ...(typeof row.currency === 'string' ? { currency: row.currency } : {}),
    ...(year !== undefined && Number.isInteger(year) ? { year } : {}),
    articleYears: Array.isArray(row.years) ? row.years.filter((y): y is number => typeof y === 'number') : [],
  };
}

async function readEntities(store: Store, ids: readonly string[]): Promise<Map<string, DossierEntity>> {
  const rows = await runRead(store, dossierEntitiesQuery(ids));
  const entities = parseEach(
    rows.map((row) => row.entity ?? null),
    DossierEntitySchema,
  );
  return new Map(entities.map((entity) => [entity.id, entity]));
}

/** The dossier of one entity; undefined when no entity has the id (the route answers 404). */
export async function readEntityDossier(
  store: Store,
  id: string,
  query: DossierQuery,
): Promise<EntityDossier | undefined> {
  const entity = (await readEntities(store, [id])).get(id);
  if (!entity) return undefined;
  const [groupRows, [links], tradeRows, evidenceRows] = await Promise.all([
    runRead(store, dossierGroupsQuery(id, query.partners)),
    runRead(store, dossierLinksQuery(id, query.partners)),
    runRead(store, dossierTradeQuery(id)),
    runRead(store, dossierEvidenceQuery(id, query.evidence)),
  ]);
  const groups: DossierGroup[] = parseEach(
    groupRows.map((row) => row.group ?? null),
    DossierGroupSchema,
  ).sort((x, y) => RELATION_TYPES.indexOf(x.type) - RELATION_TYPES.indexOf(y.type));
  const list = (value: PlainValue | undefined): PlainValue[] => (Array.isArray(value) ? value : []);
  const projects: DossierLink[] = parseEach(list(links?.projects), DossierLinkSchema);
  const heads: DossierLink[] = parseEach(list(links?.heads), DossierLinkSchema);
  const evidence: DossierEvidence[] = parseEach(
    evidenceRows.map((row) => row.item ?? null),
    DossierEvidenceSchema,
  );
  const trade = tradeByYear(tradeRows.flatMap((row) => toTradeRow(row) ?? []));
  return { entity, groups, trade, projects, heads, evidence };
}

/** The relations between two entities; undefined when either id names no entity. */
export async function readPairDossier(store: Store, query: PairDossierQuery): Promise<PairDossier | undefined> {
  const entities = await readEntities(store, [query.a, query.b]);
  const a = entities.get(query.a);
  const b = entities.get(query.b);
  if (!a || !b) return undefined;
  const rows = await runRead(store, pairRelationsQuery(query.a, query.b, query.evidence));
  const relations: PairRelation[] = parseEach(
    rows.map((row) => row.relation ?? null),
    PairRelationSchema,
  );
  return { a, b, relations };
}

/** A source of dossiers (the Neo4j data source is one; graph snapshots are not). */
export interface DossierSource {
  entityDossier(id: string, query: DossierQuery): Promise<EntityDossier | undefined>;
  pairDossier(query: PairDossierQuery): Promise<PairDossier | undefined>;
}

/** Whether a data source can answer dossiers. */
export function hasDossiers(source: object): source is DossierSource {
  return typeof (source as Partial<DossierSource>).entityDossier === 'function';
}

/** The dossier reads over one store, to spread into the store's data source. */
export function createDossierSource(store: Store): DossierSource {
  return {
    entityDossier: (id, query) => readEntityDossier(store, id, query),
    pairDossier: (query) => readPairDossier(store, query),
  };
}
