/**
 * The type lists of the data model, defined once. Neo4j labels and
 * relationship types, the zod enums, the JSON Schema and the viewer's legend
 * all derive from these arrays, so a new type is one line here.
 */

export const ENTITY_TYPES = ['Country', 'Region', 'City', 'Enterprise', 'Organization', 'Person', 'Project'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'SUPPLIES',
  'CO_PRODUCES',
  'NEGOTIATES',
  'TRADES_WITH',
  'COOPERATES_WITH',
  'HEADS',
  'LOCATED_IN',
  'PARTICIPATES_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations whose direction carries no meaning; stores and scorers order their ends. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>([
  'CO_PRODUCES',
  'NEGOTIATES',
  'TRADES_WITH',
  'COOPERATES_WITH',
]);

/** How firmly the text states a relation: done, planned, or only wished for. */
export const MODALITIES = ['fact', 'plan', 'intention'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Where a relation comes from: the article's text, or background reference data. */
export const ORIGINS = ['text', 'reference'] as const;

/** Human-readable legend for each entity type (Russian first, as the data is Russian). */
export const ENTITY_TYPE_LABELS: Record<EntityType, { ru: string; en: string; color: string }> = {
  Country: { ru: 'Страна', en: 'Country', color: '#d62728' },
  Region: { ru: 'Регион', en: 'Region', color: '#1f77b4' },
  City: { ru: 'Город', en: 'City', color: '#17becf' },
  Enterprise: { ru: 'Предприятие', en: 'Enterprise', color: '#ff7f0e' },
  Organization: { ru: 'Организация', en: 'Organization', color: '#9467bd' },
  Person: { ru: 'Персона', en: 'Person', color: '#2ca02c' },
  Project: { ru: 'Проект', en: 'Project', color: '#e377c2' },
};

/** Human-readable legend for each relation type. */
export const RELATION_TYPE_LABELS: Record<RelationType, { ru: string; en: string; color: string }> = {
  SUPPLIES: { ru: 'поставляет', en: 'supplies', color: '#e6550d' },
  CO_PRODUCES: { ru: 'совместное производство', en: 'co-produces', color: '#31a354' },
  NEGOTIATES: { ru: 'переговоры', en: 'negotiates', color: '#3182bd' },
  TRADES_WITH: { ru: 'товарооборот', en: 'trades with', color: '#756bb1' },
  COOPERATES_WITH: { ru: 'сотрудничает', en: 'cooperates with', color: '#636363' },
  HEADS: { ru: 'возглавляет', en: 'heads', color: '#8c6d31' },
  LOCATED_IN: { ru: 'находится в', en: 'located in', color: '#bdbdbd' },
  PARTICIPATES_IN: { ru: 'участвует в', en: 'participates in', color: '#de9ed6' },
};
