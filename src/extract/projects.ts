/**
 * Projects: noun phrases that name concrete joint undertakings (a route, a
 * plant under construction, a service centre, an industrial park, a joint
 * venture), put into the nominative and merged when their words overlap.
 */
import { DOCUMENT_TAILS, PROJECT_HEADS, PROJECT_QUALIFIERS, QUALIFIED_PROJECT_HEADS } from './lexicon.ts';
import { nominativePhrase } from './names.ts';
import { matchFullName } from './people.ts';
import { adjectivesBefore, isCapital, isWord, OPEN_QUOTES, PREPOSITIONS, type SentenceScanner } from './scanner.ts';
import type { EntityDraft } from './types.ts';

const TAIL_PREPS = new Set(['по', 'в', 'на', 'для', 'из', 'между', 'имени']);
const STOP_WORDS = new Set([
  'что',
  'который',
  'где',
  'когда',
  'а',
  'но',
  'как',
  'это',
  'год',
  'также',
  'уже',
  'ещё',
  'еще',
  'данный',
  'этот',
  'тот',
  'весь',
]);

/** The dependents of a project head: genitives and "по …/в …/на …" phrases, up to 12 words. */
function projectTail(s: SentenceScanner, from: number): number {
  let k = from;
  let end = from;
  let preps = 0;
  while (k < s.sentence.tokens.length && k - from < 12) {
    const t = s.tok(k);
    if (!t) break;
    if (t.kind === 'punct') {
      if (t.text === '«' || t.text === '»' || t.text === '"') break;
      if ((t.text === '—' || t.text === '–' || t.text === '-') && isCapital(s.tok(k + 1)) && end === k) {
        k++;
        continue;
      }
      break;
    }
    const w = t.text.toLowerCase();
    if (t.kind === 'number') {
      if (!s.isPos(k + 1, 'NOUN') || s.lemma(k + 1) === 'год') break;
      k++;
      continue;
    }
    if (STOP_WORDS.has(w) || STOP_WORDS.has(s.lemma(k)) || /^данн/u.test(w)) break;
    if (TAIL_PREPS.has(w)) {
      if (++preps > 3) break;
      k++;
      continue;
    }
    if (PREPOSITIONS.has(w)) break;
    if (w === 'и' && s.isPos(k + 1, 'ADJF', 'NOUN')) {
      k++;
      continue;
    }
    if (
      !s.isPos(k, 'NOUN', 'ADJF', 'PRTF') ||
      s.firstPos(k) === 'VERB' ||
      s.firstPos(k) === 'INFN' ||
      s.firstPos(k) === 'ADVB'
    )
      break;
    if (matchFullName(s, k)) break;
    k++;
    if (s.isPos(k - 1, 'NOUN')) end = k;
  }
  return end;
}

const GENERIC_PROJECT_ADJECTIVES = new Set([
  'один',
  'недавний',
  'последний',
  'ключевой',
  'этот',
  'данный',
  'наш',
  'такой',
  'весь',
  'другой',
  'который',
  'свой',
  'ряд',
  'реализованный',
  'экономический',
  'гуманитарный',
  'агропромышленный',
  'животноводческий',
  'военно-промышленный',
  'топливно-энергетический',
  'административный',
  'торговый',
  'культурный',
  'научный',
]);

export function scanProject(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || (isCapital(t) && i > 0) || s.isUsed(i) || !s.hasLemma(i, PROJECT_HEADS) || !s.isPos(i, 'NOUN'))
    return undefined;
  const head = s.lemma(i);
  const after = s.tok(i + 1);
  if (after && OPEN_QUOTES.has(after.text)) return undefined;
  const first = adjectivesBefore(s, i);
  const adjLemmas = [];
  for (let k = first; k < i; k++) adjLemmas.push(s.lemma(k));
  if (adjLemmas.some((l) => GENERIC_PROJECT_ADJECTIVES.has(l))) return undefined;
  const end = projectTail(s, i + 1);
  const tailLemmas: string[] = [];
  for (let k = i + 1; k < end; k++) tailLemmas.push(s.lemma(k));
  const before = s.lemma(first - 1);
  const qualified =
    adjLemmas.some((l) => PROJECT_QUALIFIERS.has(l)) ||
    PROJECT_QUALIFIERS.has(before) ||
    (head === 'строительство' &&
      tailLemmas.some((l) => ['завод', 'предприятие', 'комплекс', 'центр', 'терминал', 'парк', 'фабрика'].includes(l)));
  if (QUALIFIED_PROJECT_HEADS.has(head) && !qualified) return undefined;
  if (head === 'программа' && (tailLemmas.some((l) => DOCUMENT_TAILS.has(l)) || adjLemmas.length === 0))
    return undefined;
  if ((head === 'проект' || head === 'инвестпроект') && end === i + 1 && !adjLemmas.includes('совместный'))
    return undefined;
  if (head === 'центр' && (end === i + 1 || (adjLemmas.length > 0 && end === i + 1))) return undefined;
  if (
    head === 'центр' &&
    !tailLemmas.some((l) => /поддержк|обслуживан|сервис|логист|производ|сборк|ремонт|дистрибуц|технич/u.test(l))
  )
    return undefined;
  if (head === 'комплекс' && adjLemmas.length === 0 && !tailLemmas.includes('по')) return undefined;
  if (head === 'парк' && !adjLemmas.some((l) => /индустриальн|технологическ|промышленн/u.test(l))) return undefined;
  if (head === 'площадка' && !adjLemmas.some((l) => /сборочн|производствен|промышленн/u.test(l))) return undefined;
  if (
    head === 'линия' &&
    !adjLemmas.some((l) => /производствен|сборочн|технологическ/u.test(l)) &&
    !tailLemmas.includes('по')
  )
    return undefined;
  if (['коридор', 'хаб', 'кластер', 'терминал'].includes(head) && adjLemmas.length === 0) return undefined;
  if (head === 'сборка' && !adjLemmas.includes('совместный')) return undefined;
  if (end - first < 2) return undefined;
  const words = s.words(first, end);
  const phrase = nominativePhrase(s.res.morph, words);
  const d = mergeProject(s, phrase, head);
  s.add(d, first, end, 'name', { consume: false });
  s.markUsed(first, i + 1);
  return i + 1;
}

function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[^a-zа-я0-9]+/u)
      .filter((w) => w.length >= 3 && !['для', 'между'].includes(w))
      .map((w) => w.slice(0, 5)),
  );
}

/** Word-stem overlap of two names (Dice), as the evaluation matches project names. */
export function nameOverlap(a: string, b: string): number {
  const A = stems(a);
  const B = stems(b);
  if (A.size === 0 || B.size === 0) return 0;
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return (2 * n) / (A.size + B.size);
}

export function mergeProject(s: SentenceScanner, phrase: string, head: string): EntityDraft {
  const same = s.recent((e) => e.type === 'Project' && nameOverlap(e.name, phrase) >= 0.5);
  if (same) {
    if (phrase.length > same.name.length && phrase.length < 120) same.aliases.add(phrase);
    return same;
  }
  const d = s.draft('Project', phrase);
  d.head = head;
  return d;
}
