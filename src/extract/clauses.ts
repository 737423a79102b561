/**
 * A light syntactic layer over tokens: clause spans and coordination groups.
 * A participial or relative clause after a comma ("компания, поставляющая
 * детали МАЗ и БелАЗ"), a parenthetical gloss ("(Республика Беларусь)") and a
 * part after ";" describe their own nouns, so a relation triggered in the main
 * clause does not take its arguments from them. Conjuncts of one coordination
 * ("с МАЗ, БелАЗ и Белшиной") share one role and are not each other's partners.
 */
import type { Morphology } from './morphology.ts';
import { CLOSE_QUOTES, examplePhraseBefore, OPEN_QUOTES } from './scanner.ts';
import type { MentionRef } from './types.ts';

/** Words that open a subordinate clause after a comma. */
const SUBORDINATORS = new Set([
  'который',
  'где',
  'куда',
  'откуда',
  'что',
  'чтобы',
  'когда',
  'если',
  'хотя',
  'поскольку',
  'пока',
  'причём',
  'причем',
]);
/** Nouns of an attribution phrase: "по словам X", "по мнению X", "по данным X". */
const ATTRIBUTION_NOUNS = new Set(['словам', 'мнению', 'данным', 'информации', 'оценкам', 'сведениям', 'оценке']);
/** Possessive pronouns of the third person, which name whose words or data an attribution gives. */
const POSSESSIVES = new Set(['его', 'её', 'ее', 'их']);
/** Words allowed between two conjuncts besides the names themselves. */
const CONNECTORS = new Set([',', 'и', 'а', 'также', 'как', 'или', 'либо']);

interface TokenLike {
  readonly text: string;
}

/**
 * Token ranges [start, end) of the clauses of a sentence, in order. A
 * parenthesis does not end its clause; `inParentheses` tells its tokens apart.
 */
export function clauseSpans(
  tokens: readonly TokenLike[],
  morph: Morphology,
  inside: ReadonlySet<number> = inParentheses(tokens),
): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  // The clause a participial or relative phrase interrupts, while inside that phrase: its start,
  // and the index in `spans` of its part before the phrase.
  let outer: { start: number; span: number } | undefined;
  const cut = (at: number) => {
    if (at > start) spans.push([start, at]);
    start = at;
  };
  tokens.forEach((t, i) => {
    if (inside.has(i)) return;
    // "X сотрудничает с Y: завод Z поставляет …": what follows a colon is a clause of its own.
    if (t.text === ';' || t.text === ':') {
      outer = undefined;
      cut(i + 1);
    } else if (t.text === ',') {
      const next = tokens[i + 1];
      if (!next) return;
      const first = morph.parse(next.text)[0];
      // "Компания X, созданная в 2010 году, и фирма Y подписали …", "Завод X, который выпускает
      // тракторы, поставит …": a comma then «и» with a noun phrase, or a finite verb, closes the
      // phrase and resumes the clause it interrupted. That clause is one span again, from its
      // start; the phrase's span comes first, so `clauseAt` still finds the phrase for its tokens.
      const resumed =
        (next.text.toLowerCase() === 'и' &&
          !['PRTF', 'GRND', 'VERB'].includes(morph.parse(tokens[i + 2]?.text ?? '')[0]?.pos ?? '')) ||
        first?.pos === 'VERB';
      if (outer && resumed) {
        const before = spans.splice(outer.span, 1)[0];
        cut(i + 1);
        start = before ? before[0] : outer.start;
        outer = undefined;
        return;
      }
      const after = tokens[i + 2]?.text.toLowerCase();
      // ", а X …", ", но X …": a contrasted clause with its own predicate ("а также", "а не" join phrases).
      const contrast =
        next.text.toLowerCase() === 'но' ||
        (next.text.toLowerCase() === 'а' && after !== 'также' && after !== 'еще' && after !== 'ещё' && after !== 'не');
      // "По словам губернатора, …": an attribution set off by a comma is no part of the clause it introduces.
      // Also with a possessive: "По его словам, …".
      const noun = POSSESSIVES.has(tokens[start + 1]?.text.toLowerCase() ?? '') ? start + 2 : start + 1;
      const attribution =
        tokens[start]?.text.toLowerCase() === 'по' && ATTRIBUTION_NOUNS.has(tokens[noun]?.text.toLowerCase() ?? '');
      const opens =
        contrast ||
        attribution ||
        SUBORDINATORS.has(first?.lemma ?? '') ||
        SUBORDINATORS.has(next.text.toLowerCase()) ||
        first?.pos === 'PRTF' ||
        first?.pos === 'GRND';
      const embedded = first?.pos === 'PRTF' || first?.pos === 'GRND' || first?.lemma === 'который';
      if (opens) {
        const from = start;
        cut(i + 1);
        if (!embedded) outer = undefined;
        else outer ??= { start: from, span: spans.length - 1 };
      }
    }
  });
  cut(tokens.length);
  return spans;
}

/**
 * Token ranges of the parts of a sentence joined by contrast or a semicolon ("X поставляет в Y
 * нефть, а из Z в регион поступает уголь"): each part has its own predicate and its own
 * arguments. "а также" joins noun phrases and does not cut.
 */
export function contrastSpans(tokens: readonly TokenLike[]): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]?.text.toLowerCase();
    const after = tokens[i + 2]?.text.toLowerCase();
    // "…, смоленские — удобрения": a lower-case word and a dash right after the comma begin a gapped
    // part with no conjunction, as «а» would.
    const dashAt = [i + 2, i + 3].find((k) => /^[–—-]$/u.test(tokens[k]?.text ?? ''));
    const asyndetic =
      dashAt !== undefined &&
      tokens.slice(i + 1, dashAt).every((w) => /^\p{Ll}+$/u.test(w.text)) &&
      next !== undefined &&
      /^\p{Ll}/u.test(next);
    const contrast =
      t.text === ',' &&
      (next === 'но' || next === 'тогда' || (next === 'а' && after !== 'также' && after !== 'еще') || asyndetic);
    if ((contrast || t.text === ';' || t.text === ':') && i > start) {
      spans.push([start, i + 1]);
      start = i + 1;
    }
  });
  if (start < tokens.length) spans.push([start, tokens.length]);
  return spans;
}

/** The dash in tokens [from, to) that marks where a gapped part leaves out its verb ("…, а Z — с W"); -1 if none. */
export function gapDash(tokens: readonly TokenLike[], from: number, to: number): number {
  return tokens.findIndex((t, k) => k >= from && k < to && /^[–—-]$/u.test(t.text));
}

/** Indices of the tokens inside parentheses, brackets included: glosses and aliases ("(МТЗ)"). */
export function inParentheses(tokens: readonly TokenLike[]): Set<number> {
  const out = new Set<number>();
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.text === '(') depth++;
    if (depth > 0) out.add(i);
    if (t.text === ')' && depth > 0) depth--;
  });
  return out;
}

/** Verbs that attribute a report to its source ("сообщает пресс-служба", "рассказали в министерстве"). */
const REPORT_VERBS = new Set(['сообщить', 'сообщать', 'передавать', 'информировать', 'рассказать', 'рассказывать']);
/** Nouns of "по данным X", "по информации X", "по сведениям X". */
const DATA_NOUNS = new Set(['данные', 'информация', 'сведение']);

/**
 * Indices of the tokens that name the source of a report: "Как сообщает пресс-служба X, …",
 * "…, как сообщили в X, …" and "По данным X, …" up to the next comma, and "…, сообщает
 * пресс-служба X." to the sentence's end. Whoever reports is no party of what is reported.
 */
export function reportSources(tokens: readonly TokenLike[], morph: Morphology): Set<number> {
  const out = new Set<number>();
  const lemmaIn = (k: number, set: ReadonlySet<string>) =>
    morph.parse(tokens[k]?.text ?? '').some((p) => set.has(p.lemma));
  const word = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  const toComma = (from: number) => {
    for (let k = from; k < tokens.length && tokens[k]?.text !== ','; k++) out.add(k);
  };
  tokens.forEach((_, k) => {
    const opens = k === 0 || word(k - 1) === ',';
    if (opens && word(k) === 'как' && lemmaIn(k + 1, REPORT_VERBS)) toComma(k);
    else if (k === 0 && word(k) === 'по' && lemmaIn(k + 1, DATA_NOUNS)) toComma(k);
    else if (k > 0 && word(k - 1) === ',' && lemmaIn(k, REPORT_VERBS) && !tokens.slice(k).some((t) => t.text === ','))
      for (let j = k; j < tokens.length; j++) out.add(j);
  });
  return out;
}

/** The clause that holds token `at`. */
export function clauseAt(spans: readonly [number, number][], at: number): [number, number] {
  return spans.find(([a, b]) => a <= at && at < b) ?? [0, Number.MAX_SAFE_INTEGER];
}

/**
 * The mentions coordinated with `first` and after it: joined by commas, "и",
 * "а также", "как", adjectives and lower-case nouns
 * ("с такими предприятиями, как МАЗ, БелАЗ и Белшина").
 */
export function coordinated(
  first: MentionRef,
  mentions: readonly MentionRef[],
  tokens: readonly TokenLike[],
  morph: Morphology,
): MentionRef[] {
  const out = [first];
  let end = first.end;
  for (const m of mentions) {
    if (m === first || m.first < first.first) continue;
    // "Завод X, выпускающий детали для Y, и фирма Z": a phrase set off by commas after a conjunct
    // describes it; the list goes on after it.
    const described = describingPhraseEnd(tokens, morph, end);
    if (described > end && m.first < described) continue;
    if (described > end) end = described;
    // Overlapping spans are one elliptic list ("Минский тракторный и автомобильный заводы").
    if (m.first < end) {
      out.push(m);
      end = Math.max(end, m.end);
      continue;
    }
    const gap = tokens.slice(end, m.first);
    // "Завод «Алтайвагон» из Новоалтайска и …": where a company is from belongs to its conjunct.
    const last = out.at(-1);
    if (
      m.prep === 'из' &&
      (last?.entity.type === 'Enterprise' || last?.entity.type === 'Organization') &&
      gap.length > 0 &&
      gap.every((t) => t.text.toLowerCase() === 'из' || t.text === '»' || t.text === '"')
    ) {
      end = m.end;
      continue;
    }
    // "… и казанская компания «Интерторг»": a place adjective and the name it qualifies are one conjunct.
    const sameConjunct =
      out.at(-1)?.kind === 'adjective' &&
      m.kind === 'name' &&
      (m.entity.type === 'Enterprise' || m.entity.type === 'Organization');
    const joined =
      gap.length <= 4 &&
      (sameConjunct || gap.some((t) => CONNECTORS.has(t.text.toLowerCase()))) &&
      gap.every((t) => {
        const w = t.text.toLowerCase();
        if (CONNECTORS.has(w)) return true;
        // "… и казанская компания «Интерторг»", "и ООО «Бета»": the next name's quotes and legal form;
        // "«Белшины», «Гродно Азота»": the closing quote of a conjunct read without its quotes.
        if (OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text) || /^\p{Lu}{2,5}$/u.test(t.text)) return true;
        const pos = morph.parse(t.text)[0]?.pos;
        return pos === 'ADJF' || (/^\p{Ll}/u.test(t.text) && pos === 'NOUN');
      });
    if (!joined) break;
    out.push(m);
    end = m.end;
  }
  return out;
}

/**
 * A participial or relative phrase set off by commas from `at` and closed by a comma before «и»
 * ("…, выпускающий детали, и …"): the index after its closing comma, else `at`.
 */
function describingPhraseEnd(tokens: readonly TokenLike[], morph: Morphology, at: number): number {
  if (tokens[at]?.text !== ',') return at;
  const opener = morph.parse(tokens[at + 1]?.text ?? '')[0];
  if (opener?.pos !== 'PRTF' && opener?.lemma !== 'который') return at;
  for (let k = at + 2; k < tokens.length && k < at + 16; k++) {
    const w = tokens[k]?.text ?? '';
    if (/^[.;:()—–]$/u.test(w)) return at;
    if (w === ',') return tokens[k + 1]?.text.toLowerCase() === 'и' ? k + 1 : at;
  }
  return at;
}

/**
 * "более двадцати компаний, в том числе «Арарат»": when an example phrase («в том числе»,
 * «включая» …) ends right before token `end`, the index of the class noun it exemplifies, the
 * first word `isClass` accepts within three words before the phrase (past a comma, never past
 * other punctuation); -1 if none. `wordAt` gives a token's text in lower case.
 */
export function exemplifiedClass(
  wordAt: (k: number) => string | undefined,
  end: number,
  isClass: (k: number) => boolean,
): number {
  const phrase = examplePhraseBefore(wordAt, end);
  return phrase ? classBefore(wordAt, end - phrase.length, isClass) : -1;
}

/**
 * The class noun of an example phrase that begins at `start` (see `exemplifiedClass`): the first
 * word `isClass` accepts within three words before it, past a comma; -1 if none.
 */
export function classBefore(
  wordAt: (k: number) => string | undefined,
  start: number,
  isClass: (k: number) => boolean,
): number {
  let k = start - 1;
  if (wordAt(k) === ',') k--;
  for (let steps = 0; k >= 0 && steps < 3; steps++, k--) {
    if (!/\p{L}/u.test(wordAt(k) ?? '')) return -1;
    if (isClass(k)) return k;
  }
  return -1;
}
