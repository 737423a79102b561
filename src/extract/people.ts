/**
 * People: "Имя [Отчество] Фамилия" in any case, later surname-only mentions,
 * and the title before a name ("губернатор Калужской области"), which gives the
 * person's role and the HEADS relation. Pure; works on a SentenceScanner.
 */
import { foldWord } from './gazetteer.ts';
import { HEAD_TITLES, NON_HEAD_TITLES, PERSON_TITLES } from './lexicon.ts';
import { matchCase, personName, surnameNominative } from './names.ts';
import { CITY_NOUNS, draftFor, isAllCaps, isCapital, REGION_NOUNS, type Scan, SentenceScanner } from './scanner.ts';
import type { Sentence } from './tokens.ts';
import type { EntityDraft } from './types.ts';

/** Nouns an adjective may modify after a title and still name what the person heads ("глава белорусского правительства"). */
const TITLE_PLACE_NOUNS = new Set([
  'область',
  'край',
  'регион',
  'республика',
  'правительство',
  'страна',
  'государство',
]);

interface PersonMatch {
  readonly end: number;
  readonly name: string;
  readonly surnameKey: string;
}

function looksLikeSurname(s: SentenceScanner, i: number): boolean {
  const t = s.tok(i);
  if (!isCapital(t) || isAllCaps(t)) return false;
  if (s.hasLemma(i, PERSON_TITLES)) return false;
  const g = s.res.gazetteer.match(s.sentence.tokens, i);
  if (g && g.kind === 'name') return false;
  return true;
}

/** "Имя [Отчество] Фамилия" starting at token i. */
export function matchFullName(s: SentenceScanner, i: number): PersonMatch | undefined {
  const t = s.tok(i);
  if (!isCapital(t) || isAllCaps(t) || s.isUsed(i)) return undefined;
  if (t.text.length < 2) return undefined;
  const name = s.parse(i).find((p) => p.tags.has('Name'));
  if (!name) return undefined;
  // "провинций Мазандаран и Гилян": names of places after a place noun, not people.
  const placeNoun = (k: number) => CITY_NOUNS.has(s.lemma(k)) || REGION_NOUNS.has(s.lemma(k));
  if (placeNoun(i - 1) || (s.tok(i - 1)?.text === 'и' && isCapital(s.tok(i - 2)) && placeNoun(i - 3))) return undefined;
  let k = i + 1;
  const middle: string[] = [];
  if (isCapital(s.tok(k)) && s.parse(k).some((p) => p.tags.has('Patr'))) k++;
  else if (isCapital(s.tok(k)) && s.parse(k).some((p) => p.tags.has('Name')) && looksLikeSurname(s, k + 1)) {
    middle.push(s.tok(k)?.text ?? '');
    k++;
  }
  if (!looksLikeSurname(s, k) || s.isUsed(k)) return undefined;
  const surname = s.tok(k)?.text ?? '';
  let titleCase: string | undefined;
  for (let b = i - 1; b >= 0 && b >= i - 4; b--) {
    if (s.hasLemma(b, PERSON_TITLES)) {
      titleCase = s.parse(b).find((p) => p.pos === 'NOUN')?.case;
      break;
    }
  }
  const full = personName(s.res.morph, t.text, surname, titleCase);
  const [firstForm, surForm] = [full.slice(0, full.indexOf(' ')), full.slice(full.indexOf(' ') + 1)];
  const middleForms = middle.map((m) => {
    const p = s.res.morph.parse(m).find((x) => x.tags.has('Name'));
    const f = p?.inflect({ CAse: 'nomn', NMbr: 'sing' });
    return f ? matchCase(m, f) : m;
  });
  return {
    end: k + 1,
    name: [firstForm, ...middleForms, surForm].join(' '),
    surnameKey: foldWord(surForm),
  };
}

/** Registers every full name in the article, so surname-only mentions anywhere can find them. */
export function collectPersons(scan: Scan, sentences: readonly Sentence[], blocked: readonly [number, number]): void {
  for (const sentence of sentences) {
    const s = new SentenceScanner(scan, sentence, blocked);
    for (let i = 0; i < sentence.tokens.length; i++) {
      const m = matchFullName(s, i);
      if (!m) continue;
      if (!scan.persons.has(m.surnameKey)) {
        const d = draftFor(scan, 'Person', m.name);
        d.surnameKey = m.surnameKey;
        scan.persons.set(m.surnameKey, d);
      }
      i = m.end - 1;
    }
  }
}

export function surnameKeys(s: SentenceScanner, i: number): string[] {
  const t = s.tok(i);
  if (!t) return [];
  return [
    foldWord(t.text),
    foldWord(surnameNominative(s.res.morph, t.text)),
    ...s.res.morph.lemmas(t.text).map(foldWord),
  ];
}

/** A title right before a person ("губернатор Калужской области Владислав Шапша"): role, and what it heads. */
function readTitle(s: SentenceScanner, personFirst: number, person: EntityDraft): void {
  const before = s.mentions.filter((m) => m.end <= personFirst && m.end >= personFirst - 8);
  for (let k = personFirst - 1; k >= Math.max(0, personFirst - 9); k--) {
    const t = s.tok(k);
    if (!t) break;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '«' && t.text !== '»' && t.text !== '"') break;
    if (!s.hasLemma(k, HEAD_TITLES) && !s.hasLemma(k, NON_HEAD_TITLES)) continue;
    const nonHead =
      s.hasLemma(k, NON_HEAD_TITLES) ||
      (k > 0 && s.hasLemma(k - 1, NON_HEAD_TITLES)) ||
      (k > 1 && s.hasLemma(k - 2, NON_HEAD_TITLES) && s.isPos(k - 1, 'ADJF')) ||
      /^(зам|вице)/u.test(t.text.toLowerCase());
    // "глава белорусского правительства" heads Беларусь; "глава Псковского района" heads no entity here.
    const modifiers = before.filter(
      (m) => m.first > k && (m.kind !== 'adjective' || TITLE_PLACE_NOUNS.has(m.governs ?? '')),
    );
    const adjBefore = before.find((m) => m.kind === 'adjective' && m.end === k);
    const titleLemma = s.lemma(k);
    let headed = modifiers.find((m) => m.kind !== 'adjective' || m.first > k)?.entity ?? adjBefore?.entity;
    for (const m of modifiers) m.titleOf = person;
    if (adjBefore) adjBefore.titleOf = person;
    person.title ??= titleLemma;
    person.role ??= s.text(adjBefore ? adjBefore.first : k, personFirst);
    if (nonHead) return;
    // "министр сельского хозяйства Башкирии Ильшат Фазрахманов" heads the ministry, not the region.
    if (titleLemma === 'министр' && personFirst > k + 1) {
      const ministry = s.draft('Organization', `Министерство ${s.text(k + 1, personFirst)}`);
      s.add(ministry, k + 1, personFirst, 'name', { consume: false }).titleOf = person;
      headed = ministry;
    }
    if (!headed && titleLemma === 'губернатор') headed = s.recent((e) => e.type === 'Region');
    // "Наш президент": the speaker's country, which the text does not name here.
    const ours = k > 0 && /^наш/u.test(s.tok(k - 1)?.text.toLowerCase() ?? '');
    if (!headed && !ours && (titleLemma === 'президент' || titleLemma === 'премьер-министр')) {
      headed = s.recent((e) => e.type === 'Country');
    }
    if (!headed) return;
    if (headed.type === 'Person' || headed.type === 'Project') return;
    person.headOf ??= headed;
    s.relation('HEADS', person, headed, 0.85, { role: person.role ?? titleLemma });
    return;
  }
}

export function scanPerson(s: SentenceScanner, i: number): number | undefined {
  const full = matchFullName(s, i);
  if (full) {
    const d = s.persons.get(full.surnameKey) ?? s.draft('Person', full.name);
    s.add(d, i, full.end, 'name');
    readTitle(s, i, d);
    return full.end;
  }
  const t = s.tok(i);
  if (!isCapital(t) || isAllCaps(t) || s.isUsed(i)) return undefined;
  for (const key of surnameKeys(s, i)) {
    const d = s.persons.get(key);
    if (d) {
      s.add(d, i, i + 1, 'surname');
      readTitle(s, i, d);
      return i + 1;
    }
  }
  const first = s.parse(i)[0];
  if (first?.tags.has('Surn') && first.score >= 0.3 && !s.res.gazetteer.match(s.sentence.tokens, i)) {
    const name = surnameNominative(s.res.morph, t.text);
    const key = foldWord(name);
    const d = s.persons.get(key) ?? s.draft('Person', name);
    d.surnameKey = key;
    s.persons.set(key, d);
    s.add(d, i, i + 1, 'surname');
    readTitle(s, i, d);
    return i + 1;
  }
  return undefined;
}
