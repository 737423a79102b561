/**
 * Seeded generator of synthetic Russian news articles about Belarus–Russia
 * cooperation, for benchmarks: meetings, supplies, joint production, trade
 * figures, projects. Pure (no I/O): pools of places come in, Articles go out.
 */
import type { Article, ReferenceFile } from '../../src/schema/index.ts';
import {
  ENTERPRISE_ROLES,
  FALLBACK_CITIES,
  FALLBACK_COUNTRIES,
  FALLBACK_ENTERPRISES,
  FALLBACK_REGIONS,
  FEMALE_FIRST,
  MALE_FIRST,
  MONTHS_GEN,
  OFFICIAL_ROLES,
  type Place,
  PRODUCTS,
  PROJECTS,
  SECTORS,
  SOURCES,
  SURNAMES,
} from './lexicon.ts';
import { createRng, type Rng } from './prng.ts';
import { type Case, canInflect, inflectPerson, inflectPlace, inflectRole } from './russian.ts';

/** The entities an article can talk about. */
export interface CorpusPools {
  countries: readonly Place[];
  regions: readonly Place[];
  cities: readonly Place[];
  enterprises: readonly Place[];
}

export interface CorpusOptions {
  n: number;
  seed: number;
  /** Size range of an article's text in UTF-8 bytes (Cyrillic takes 2 bytes a letter). */
  minBytes: number;
  maxBytes: number;
  pools: CorpusPools;
}

export const DEFAULT_CORPUS_OPTIONS = { n: 100, seed: 1, minBytes: 1024, maxBytes: 4096 } as const;

export const FALLBACK_POOLS: CorpusPools = {
  countries: FALLBACK_COUNTRIES,
  regions: FALLBACK_REGIONS,
  cities: FALLBACK_CITIES,
  enterprises: FALLBACK_ENTERPRISES,
};

/**
 * Builds the pools from reference files, keeping only names the small declension
 * helper can handle; any pool left empty falls back to the built-in list.
 */
export function poolsFromReference(files: readonly ReferenceFile[]): CorpusPools {
  const entries = files.flatMap((f) => f.entries);
  const countryOf = new Map(entries.map((e) => [e.id, e.locatedIn]));
  const onBelarusSide = (id: string): boolean => {
    let current: string | undefined = id;
    for (let hops = 0; current && hops < 4; hops++) {
      if (current === 'country:belarus') return true;
      current = countryOf.get(current);
    }
    return false;
  };
  const pool = (type: string, fallback: readonly Place[], inflected: boolean): readonly Place[] => {
    const found = entries
      .filter((e) => e.type === type && (!inflected || canInflect(e.name)))
      .map((e) => ({ id: e.id, name: e.name, belarus: e.id === 'country:belarus' || onBelarusSide(e.id) }));
    const bothSides = found.some((p) => p.belarus) && found.some((p) => !p.belarus);
    return bothSides ? found : fallback;
  };
  return {
    countries: pool('Country', FALLBACK_COUNTRIES, true),
    regions: pool('Region', FALLBACK_REGIONS, true),
    cities: pool('City', FALLBACK_CITIES, true),
    enterprises: pool('Enterprise', FALLBACK_ENTERPRISES, false),
  };
}

interface Person {
  first: string;
  last: string;
  female: boolean;
  role: string;
  /** The place or enterprise the role belongs to, already in the genitive. */
  of: string;
}

/** Everything one article is about; templates only combine these. */
interface Story {
  russian: Place;
  belarusian: Place;
  ruCity: Place;
  byCity: Place;
  ruFirm: Place;
  byFirm: Place;
  ruHead: Person;
  byHead: Person;
  boss: Person;
  product: readonly [string, string];
  sector: string;
  project: string;
  year: number;
}

const place = (p: Place, c: Case): string => inflectPlace(p.name, c);
const person = (p: Person, c: Case): string => inflectPerson(p.first, p.last, p.female, c);
const titled = (p: Person, c: Case): string => `${inflectRole(p.role, c)} ${p.of} ${person(p, c)}`;
const verb = (p: Person, masculine: string): string => (p.female ? `${masculine}а` : masculine);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
type Template = (s: Story, rng: Rng) => string;

/** One sentence each; a template states a relation of the data model or is connective text. */
const TEMPLATES: readonly Template[] = [
  (s) => `В ${place(s.byCity, 'pre')} состоялась встреча ${titled(s.ruHead, 'gen')} и ${titled(s.byHead, 'gen')}.`,
  (s) => `${cap(person(s.ruHead, 'nom'))} ${verb(s.ruHead, 'провел')} переговоры с ${titled(s.byHead, 'ins')}.`,
  (s) => `Стороны обсудили вопросы расширения сотрудничества в сфере ${s.sector}.`,
  (s, r) =>
    `Предприятие «${s.byFirm.name}» поставит в ${place(s.russian, 'acc')} ${r.int(20, 400)} ${s.product[0]} до конца ${s.year + 1} года.`,
  (s, r) =>
    `В ${s.year} году компания «${s.ruFirm.name}» поставила в ${place(s.belarusian, 'acc')} более ${r.int(10, 900)} ${s.product[0]}.`,
  (s) =>
    `Предприятия «${s.byFirm.name}» и «${s.ruFirm.name}» наладили совместный выпуск ${s.product[0]} в ${place(s.ruCity, 'pre')}.`,
  (s) => `На площадке «${s.ruFirm.name}» организовано совместное с «${s.byFirm.name}» производство ${s.product[0]}.`,
  (s, r) =>
    `Товарооборот между ${place(s.belarusian, 'ins')} и ${place(s.russian, 'ins')} по итогам ${s.year} года составил ${r.int(50, 2500)} млн долларов США.`,
  (s, r) =>
    `В ${s.year} году объем взаимной торговли ${place(s.belarusian, 'gen')} и ${place(s.russian, 'gen')} вырос на ${r.int(2, 60)}% и достиг ${r.int(100, 1900)} млн долларов.`,
  (s) =>
    `${cap(person(s.byHead, 'nom'))} ${verb(s.byHead, 'предложил')} реализовать совместный проект «${s.project}» в ${place(s.ruCity, 'pre')}.`,
  (s, r) => `В рамках проекта «${s.project}» планируется создать ${r.int(50, 900)} рабочих мест к ${s.year + 2} году.`,
  (s) => `${cap(titled(s.boss, 'nom'))} ${verb(s.boss, 'отметил')}, что предприятие наращивает экспорт в Россию.`,
  (s) => `Завод «${s.byFirm.name}», расположенный в ${place(s.byCity, 'pre')}, выпускает ${s.product[1]}.`,
  (s, r) =>
    `${cap(place(s.russian, 'nom'))} и ${place(s.belarusian, 'nom')} подписали соглашение о сотрудничестве в сфере ${s.sector} на ${s.year}–${s.year + r.int(2, 5)} годы.`,
  (s) =>
    `«Мы заинтересованы в наращивании поставок и расширении кооперации», – ${verb(s.ruHead, 'подчеркнул')} ${person(s.ruHead, 'nom')}.`,
  (s) =>
    `По словам ${person(s.byHead, 'gen')}, потенциал сотрудничества с ${place(s.russian, 'ins')} далеко не исчерпан.`,
  (s, r) =>
    `В работе форума приняли участие представители более ${r.int(20, 150)} предприятий ${place(s.russian, 'gen')}.`,
  (s) => `Компания «${s.ruFirm.name}» примет участие в проекте «${s.project}».`,
  (s) =>
    `${cap(person(s.byHead, 'nom'))} ${verb(s.byHead, 'напомнил')}, что первые поставки ${s.product[0]} в ${place(s.ruCity, 'acc')} начались ещё в ${s.year - 3} году.`,
  () => 'Особое внимание стороны уделили вопросам логистики и импортозамещения.',
];

function createPerson(rng: Rng, role: string, of: string): Person {
  const female = rng.next() < 0.3;
  const last = rng.pick(SURNAMES);
  return { first: rng.pick(female ? FEMALE_FIRST : MALE_FIRST), last: female ? `${last}а` : last, female, role, of };
}

function createStory(rng: Rng, pools: CorpusPools): Story {
  const side = (items: readonly Place[], belarus: boolean): Place =>
    rng.pick(items.filter((p) => p.belarus === belarus).length ? items.filter((p) => p.belarus === belarus) : items);
  const russian = side(pools.regions, false);
  const belarusian = rng.next() < 0.5 ? side(pools.countries, true) : side(pools.regions, true);
  const byFirm = side(pools.enterprises, true);
  const byHeadRole = rng.pick(OFFICIAL_ROLES);
  return {
    russian,
    belarusian,
    ruCity: side(pools.cities, false),
    byCity: side(pools.cities, true),
    ruFirm: side(pools.enterprises, false),
    byFirm,
    ruHead: createPerson(rng, rng.pick(OFFICIAL_ROLES), place(russian, 'gen')),
    byHead: createPerson(rng, byHeadRole, place(belarusian, 'gen')),
    boss: createPerson(rng, rng.pick(ENTERPRISE_ROLES), `«${byFirm.name}»`),
    product: rng.pick(PRODUCTS),
    sector: rng.pick(SECTORS),
    project: rng.pick(PROJECTS),
    year: rng.int(2015, 2024),
  };
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** UTF-8 length without Buffer, so the module stays free of Node APIs. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** Two FNV-1a passes give a stable 16-hex-digit id (the schema asks for a hex hash). */
function hexId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x811c9dc5) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Generates one article; `index` also seeds its URL so every article of a corpus is distinct. */
function generateArticle(rng: Rng, options: CorpusOptions, index: number): Article {
  let story = createStory(rng, options.pools);
  const target = rng.int(options.minBytes, options.maxBytes);
  const month = rng.int(0, 11);
  const day = rng.int(1, 28);
  const header = `${story.byCity.name.toUpperCase()}, ${day} ${MONTHS_GEN[month]} – ${rng.pick(SOURCES)}.`;
  const paragraphs: string[] = [];
  let paragraph = header;
  let size = utf8Bytes(header);
  let deck: Template[] = [];
  while (size < target) {
    if (deck.length === 0) {
      // A fresh shuffle (and, after the first, fresh details) so no sentence repeats word for word.
      if (paragraphs.length > 0) story = { ...createStory(rng, options.pools), russian: story.russian };
      deck = shuffle(rng, TEMPLATES);
    }
    const template = deck.pop();
    if (!template) break;
    const sentence = template(story, rng);
    if (size + utf8Bytes(sentence) + 1 > options.maxBytes) break;
    if (rng.next() < 0.3) {
      paragraphs.push(paragraph);
      paragraph = sentence;
    } else paragraph += ` ${sentence}`;
    size += utf8Bytes(sentence) + 1;
  }
  paragraphs.push(paragraph);
  const text = paragraphs.join('\n');
  const title = `${person(story.ruHead, 'nom')} и ${person(story.byHead, 'nom')} обсудили сотрудничество`;
  const url = `https://example.org/synthetic/${options.seed}/${index}`;
  return {
    id: hexId(url + text),
    title,
    url,
    date: `${story.year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    source: 'synthetic',
    language: 'ru',
    text,
  };
}

/**
 * Yields `n` articles one by one, so 50,000 of them never sit in memory at once.
 * The same options (seed included) always give the same articles.
 */
export function* generateArticles(options: CorpusOptions): Generator<Article> {
  const rng = createRng(options.seed);
  for (let i = 0; i < options.n; i++) yield generateArticle(rng, options, i);
}

/** Renders an article as the project's input format: YAML front matter, then the text. */
export function toMarkdown(article: Article): string {
  const quote = (s: string): string => JSON.stringify(s);
  const meta = [`url: ${article.url ?? 'unknown'}`, `date: ${article.date ?? ''}`, `title: ${quote(article.title)}`];
  if (article.source) meta.push(`source: ${article.source}`);
  return `---\n${meta.join('\n')}\n---\n${article.text}\n`;
}
