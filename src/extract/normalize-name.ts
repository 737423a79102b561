/**
 * Name normalisation for entity resolution: turns the many spellings of one
 * name ("ОАО «МАЗ»", "МАЗ", "Минский автомобильный завод") into comparable keys
 * and ASCII slugs. Pure string functions, no I/O.
 */
import { transliterate } from '../schema/transliterate.ts';

/** Legal forms dropped from enterprise names; they vary between articles but never identify the company. */
const LEGAL_FORMS = new Set([
  'оао',
  'зао',
  'ооо',
  'пао',
  'ао',
  'нао',
  'одо',
  'чуп',
  'уп',
  'рупп',
  'руп',
  'сооо',
  'иооо',
  'тоо',
  'чтуп',
  'ип',
  'гуп',
  'муп',
  'фгуп',
  'ргуп',
  'гп',
  'llc',
  'jsc',
  'ojsc',
  'cjsc',
]);

/** Words that describe rather than name ("компания «Меркатор»"); dropped only when a quoted name follows. */
const DESCRIPTOR_WORDS = new Set([
  'компания',
  'предприятие',
  'завод',
  'фирма',
  'холдинг',
  'корпорация',
  'концерн',
  'группа',
  'компаний',
  'объединение',
  'производственное',
  'научно-производственное',
  'акционерное',
  'общество',
  'открытое',
  'закрытое',
  'публичное',
  'унитарное',
  'частное',
  'совместное',
  'торговый',
  'дом',
  'агрокомбинат',
  'комбинат',
  'фабрика',
  'гк',
]);

const QUOTES = /[«»"„“”‟'‘’`]/g;

/** Lower-cases, folds ё→е, unifies dashes and collapses whitespace: the case-insensitive form of a name. */
export function foldCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A phrase without the legal-form abbreviations inside it ("дилерский центр ОАО МАЗ" → "дилерский центр МАЗ"). */
export function withoutLegalForms(phrase: string): string {
  return phrase
    .split(' ')
    .filter((w) => !(w === w.toUpperCase() && LEGAL_FORMS.has(foldCase(w))))
    .join(' ');
}

/**
 * Drops legal forms and the descriptor before a quoted name: `ОАО «МАЗ»` and
 * `компания "Меркатор"` become `МАЗ` and `Меркатор`, because articles use both.
 */
export function stripLegalForm(name: string): string {
  const quoted = /^([^«"„“]*)[«"„“](.+?)[»"“”]\s*(.*)$/u.exec(name.trim());
  if (quoted) {
    const prefix = quoted[1] ?? '';
    const words = foldCase(prefix).split(/\s+/).filter(Boolean);
    if (words.every((w) => LEGAL_FORMS.has(w) || DESCRIPTOR_WORDS.has(w))) {
      const rest = quoted[3] ?? '';
      return `${quoted[2] ?? ''}${rest ? ` ${rest}` : ''}`.replace(QUOTES, '').trim();
    }
  }
  const words = name.replace(QUOTES, ' ').split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !LEGAL_FORMS.has(foldCase(w)));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** The comparison key of a name: legal forms and quotes removed, case folded, punctuation reduced to spaces. */
export function normalizeName(name: string): string {
  return foldCase(stripLegalForm(name))
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** ASCII slug of a name for ids: normalised, transliterated, runs of other characters turned into one dash. */
export function slugify(name: string): string {
  const slug = transliterate(normalizeName(name))
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unnamed';
}

/** Short words skipped when building an acronym ("Завод по производству …" → ЗП… not ЗПП…). */
const ACRONYM_STOP_WORDS = new Set(['и', 'по', 'в', 'на', 'с', 'для', 'of', 'and']);

/**
 * The initial letters of a multi-word name, folded ("Минский автомобильный
 * завод" → "маз"), or undefined for one-word names: lets "МАЗ" meet its full name.
 */
export function acronymOf(name: string): string | undefined {
  const words = normalizeName(name)
    .split(/[\s-]+/)
    .filter((w) => w && !ACRONYM_STOP_WORDS.has(w));
  if (words.length < 2) return undefined;
  return words.map((w) => w[0]).join('');
}

/** Whether a name looks like an abbreviation ("МАЗ", "БелАЗ", "РЖД"): one short word with two or more capitals. */
export function isAbbreviation(name: string): boolean {
  const core = stripLegalForm(name).replace(QUOTES, '').trim();
  if (/\s/.test(core) || core.length > 8) return false;
  return (core.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** The chunks of an abbreviation, each starting at a capital: "БелАЗ" → ["бел", "а", "з"]. */
function abbreviationChunks(abbreviation: string): string[] {
  const core = stripLegalForm(abbreviation).replace(QUOTES, '').trim();
  return (core.match(/\p{Lu}[\p{Ll}]*/gu) ?? []).map(foldCase);
}

/** The acronym an abbreviation stands for, comparable with `acronymOf` ("БелАЗ" → "баз"). */
export function abbreviationKey(abbreviation: string): string | undefined {
  if (!isAbbreviation(abbreviation)) return undefined;
  return abbreviationChunks(abbreviation)
    .map((c) => c[0])
    .join('');
}

/**
 * Whether an abbreviation spells a full name chunk by chunk ("БелАЗ" ↔
 * "Белорусский автомобильный завод"): each chunk starts the matching word.
 */
export function matchesAbbreviation(abbreviation: string, fullName: string): boolean {
  const chunks = abbreviationChunks(abbreviation);
  const words = normalizeName(fullName)
    .split(/[\s-]+/)
    .filter((w) => w && !ACRONYM_STOP_WORDS.has(w));
  return chunks.length === words.length && chunks.length >= 2 && chunks.every((c, i) => words[i]?.startsWith(c));
}
