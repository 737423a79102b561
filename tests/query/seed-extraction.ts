/**
 * A hand-made extraction of the seed article (graph-data/articles/000.md), so the
 * example queries are tested on a known graph whatever the extractor finds. Ids
 * follow graph-data/reference; the evidence sentences are the seed article's own.
 */
import type { Article, ExtractionResult, RelationInput } from '../../src/schema/index.ts';
import { ExtractionResultSchema } from '../../src/schema/index.ts';

/** An article id no other test uses, so cleaning up touches only this fixture's links. */
export const SEED_FIXTURE_ARTICLE_ID = 'c0ffee0000000000000000000000000000000000000000000000000000000007';

export const seedArticle: Article = {
  id: SEED_FIXTURE_ARTICLE_ID,
  title: 'Головченко и Шапша о сотрудничестве Беларуси и Калужской области',
  date: '2023-04-04',
  source: 'Sputnik',
  language: 'ru',
  text: 'Необходимо подтянуть товарооборот до отметки в 1 миллиард долларов, сказал премьер-министр Беларуси Роман Головченко на встрече с губернатором Калужской области Владиславом Шапшой.',
};

const MEETING =
  'Необходимо подтянуть товарооборот до отметки в 1 миллиард долларов, сказал премьер-министр Беларуси Роман Головченко на встрече с губернатором Калужской области Владиславом Шапшой, передает корреспондент Sputnik.';
const TRADE =
  '"Мы имеем неплохой товарооборот больше 600 миллионов долларов. Притом он достаточно сбалансированный", – обратил внимание Роман Головченко.';
const PARTS =
  '"Сегодня калужские предприятия уже производят комплектующие, узлы и детали для заводов БелАЗ и МАЗ", – констатировал глава российского региона.';
const MAZ_PROJECT =
  'По этой причине он попросил о поддержке со стороны белорусского правительства в реализации совместного проекта по расширению производства в Калуге совместно с МАЗ.';
const SINARA =
  'Предприятие "Синара" готово поставить в Беларусь 300 локомотивов с дальнейшей перспективой частичной локализации производства в республике.';

const text = (type: RelationInput['type'], source: string, target: string, evidence: string, attributes = {}) => ({
  type,
  source,
  target,
  origin: 'text' as const,
  evidence,
  confidence: 0.9,
  attributes: { modality: 'fact' as const, ...attributes },
});
const located = (source: string, target: string) => ({
  type: 'LOCATED_IN' as const,
  source,
  target,
  origin: 'reference' as const,
  evidence: '',
  confidence: 1,
});

export const seedExtraction: ExtractionResult = ExtractionResultSchema.parse({
  article: { id: SEED_FIXTURE_ARTICLE_ID, title: seedArticle.title, date: seedArticle.date },
  entities: [
    { id: 'country:belarus', type: 'Country', name: 'Беларусь', aliases: ['Республика Беларусь', 'Белоруссия'] },
    { id: 'country:russia', type: 'Country', name: 'Россия', aliases: ['Российская Федерация'] },
    { id: 'region:kaluga-oblast', type: 'Region', name: 'Калужская область' },
    { id: 'city:minsk', type: 'City', name: 'Минск' },
    { id: 'city:kaluga', type: 'City', name: 'Калуга' },
    { id: 'city:zhodino', type: 'City', name: 'Жодино' },
    {
      id: 'person:roman-golovchenko',
      type: 'Person',
      name: 'Роман Головченко',
      attributes: { role: 'премьер-министр Беларуси' },
    },
    {
      id: 'person:vladislav-shapsha',
      type: 'Person',
      name: 'Владислав Шапша',
      attributes: { role: 'губернатор Калужской области' },
    },
    { id: 'enterprise:maz', type: 'Enterprise', name: 'МАЗ' },
    { id: 'enterprise:belaz', type: 'Enterprise', name: 'БелАЗ' },
    { id: 'enterprise:sinara', type: 'Enterprise', name: 'Синара' },
    { id: 'project:merkator-maz-kaluga', type: 'Project', name: 'расширение производства Меркатор и МАЗ в Калуге' },
  ],
  relations: [
    text('NEGOTIATES', 'person:roman-golovchenko', 'person:vladislav-shapsha', MEETING),
    text('HEADS', 'person:roman-golovchenko', 'country:belarus', MEETING, { role: 'премьер-министр' }),
    text('HEADS', 'person:vladislav-shapsha', 'region:kaluga-oblast', MEETING, { role: 'губернатор' }),
    text('TRADES_WITH', 'country:belarus', 'region:kaluga-oblast', TRADE, { value: 600_000_000, currency: 'USD' }),
    text('SUPPLIES', 'region:kaluga-oblast', 'enterprise:belaz', PARTS, { product: 'комплектующие' }),
    text('SUPPLIES', 'region:kaluga-oblast', 'enterprise:maz', PARTS, { product: 'комплектующие' }),
    text('SUPPLIES', 'enterprise:sinara', 'country:belarus', SINARA, {
      product: 'локомотивы',
      quantity: 300,
      modality: 'plan',
    }),
    text('PARTICIPATES_IN', 'enterprise:maz', 'project:merkator-maz-kaluga', MAZ_PROJECT, { modality: 'plan' }),
    located('region:kaluga-oblast', 'country:russia'),
    located('city:kaluga', 'region:kaluga-oblast'),
    located('city:minsk', 'country:belarus'),
    located('city:zhodino', 'country:belarus'),
    located('enterprise:maz', 'city:minsk'),
    located('enterprise:belaz', 'city:zhodino'),
    located('project:merkator-maz-kaluga', 'city:kaluga'),
  ],
});
