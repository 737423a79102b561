/**
 * Builders of small articles and extractions for the store's integration tests. Ids
 * carry a per-file token so parallel test files never touch each other's data.
 */
import type { Article, EntityInput, ExtractionResult, RelationInput } from '../../src/schema/index.ts';
import { ExtractionResultSchema } from '../../src/schema/index.ts';

/** A valid article id (hex) unique to the token and number. */
export function articleId(token: string, n: number): string {
  return `${token}${String(n).padStart(6, '0')}`;
}

export function makeArticle(token: string, n: number, overrides: Partial<Article> = {}): Article {
  return {
    id: articleId(token, n),
    title: `Статья ${n}`,
    date: '2024-05-17',
    source: 'test',
    language: 'ru',
    text: 'Калужская область и Республика Беларусь расширяют сотрудничество.',
    ...overrides,
  };
}

export function makeExtraction(
  article: Article,
  entities: EntityInput[],
  relations: Omit<RelationInput, 'confidence' | 'origin'>[],
): ExtractionResult {
  return ExtractionResultSchema.parse({
    article: { id: article.id, title: article.title },
    entities,
    relations: relations.map((r) => ({ confidence: 0.8, origin: 'text', ...r })),
  });
}

/** The usual cast: a region, a country and an enterprise, ids scoped by the token. */
export function cast(token: string) {
  return {
    kaluga: { id: `region:t${token}-kaluga`, type: 'Region', name: 'Калужская область' },
    belarus: {
      id: `country:t${token}-belarus`,
      type: 'Country',
      name: 'Беларусь',
      aliases: ['Республика Беларусь'],
      attributes: { nameEn: 'Belarus', wikidata: 'Q184' },
    },
    maz: { id: `enterprise:t${token}-maz`, type: 'Enterprise', name: 'МАЗ', aliases: ['Минский автомобильный завод'] },
  } satisfies Record<string, EntityInput>;
}
