/**
 * Leadership stated by a verb: "Олег Сидоров возглавляет компанию «Кедр»", with the object put
 * first ("Компанию «Кедр» возглавляет Олег Сидоров"), by an active participle ("возглавляющий
 * Гродненский облисполком Юрий Караев") or a passive one ("компания «Кедр», возглавляемая Олегом
 * Сидоровым"), and «руководить» with the instrumental. The person and what they lead are found by
 * case, not by their order: the leader is in the nominative (the instrumental for a passive
 * participle), the led in the accusative (the instrumental for «руководить»).
 */
import { clauseAt } from './clauses.ts';
import { HEAD_TITLES, NON_HEAD_TITLES } from './lexicon.ts';
import type { WordParse } from './morphology.ts';
import { CLOSE_QUOTES, OPEN_QUOTES } from './scanner.ts';
import {
  type AddRelation,
  CONFIDENCE,
  mentionCases,
  PARTY_TYPES,
  relativeAntecedent,
  type SentenceView,
  wordBeforeName,
} from './sentence-view.ts';
import type { ExtractionResources, MentionRef } from './types.ts';

/** Verbs of leading and the case of what they lead. */
const LEADING: ReadonlyMap<string, string> = new Map([
  ['возглавлять', 'accs'],
  ['возглавить', 'accs'],
  ['руководить', 'ablt'],
]);

/** Emits HEADS person → body for each verb or participle of leading whose arguments the clause names. */
export function headsByVerb(v: SentenceView, res: ExtractionResources, add: AddRelation): void {
  v.tokens.forEach((t, k) => {
    for (const p of res.morph.parse(t.text)) {
      const verb = p.pos === 'PRTF' ? p.infinitive : p.pos === 'VERB' ? p.lemma : undefined;
      const ledCase = LEADING.get(verb ?? '');
      if (!ledCase) continue;
      const [start, end] = clauseAt(v.clauses, k);
      const inClause = v.mentions.filter((m) => m.first >= start && m.end <= end && !m.prep && m.kind === 'name');
      // A passive participle ("возглавляемая Олегом Сидоровым") has the leader in the instrumental.
      const passive = p.pos === 'PRTF' && p.voice === 'pssv';
      // An active participle after a comma ("Иван Петров, возглавляющий завод, …") qualifies the person before it.
      const participant =
        p.pos === 'PRTF' && !passive && v.tokens[k - 1]?.text === ','
          ? v.mentions.find((m) => m.end === k - 1 && m.entity.type === 'Person')
          : undefined;
      const leader =
        participant ??
        inClause.find((m) => m.entity.type === 'Person' && mentionCases(m, v, res).has(passive ? 'ablt' : 'nomn')) ??
        (passive ? undefined : ledAntecedent(v, res, start));
      // The led: after the verb in its case, or (passive) the noun the participle follows.
      const nearest = passive
        ? v.mentions.findLast((m) => m.end <= k && m.kind === 'name' && PARTY_TYPES.has(m.entity.type))
        : undefined;
      const led = passive
        ? nearest && agrees(p, nearest, v, res)
          ? nearest
          : undefined
        : (inClause.find(
            (m) => m.entity.type !== 'Person' && PARTY_TYPES.has(m.entity.type) && mentionCases(m, v, res).has(ledCase),
          ) ??
          // "компания «Кедр», которую возглавляет Иван Петров": the relative pronoun in the led case.
          ledAntecedent(v, res, start, ledCase));
      // "Делегацию Витебского облисполкома возглавил заместитель председателя …": what is led is the
      // delegation; its body is the leader's only when a title of a head says so ("… губернатор").
      if (led && ofCommonNoun(led, v, res) && !HEAD_TITLES.has(leader?.entity.title ?? '')) return;
      if (leader && led && led.entity.type !== 'Person') {
        add('HEADS', leader.entity, led.entity, v, CONFIDENCE.frame);
        return;
      }
    }
  });
}

/** Verbs whose predicate in the instrumental says what the subject is ("является", "стал", "назначен"). */
const COPULAS = new Set(['являться', 'стать', 'становиться', 'назначить', 'назначать', 'избрать', 'работать']);

/**
 * Leadership as a predicate: "Юрий Караев является председателем Гродненского облисполкома",
 * "Главой облисполкома стал Юрий Караев", "работает директором завода «Кедр»". A head title in the
 * instrumental after a copula (or before it), with the office in the genitive right after the title,
 * is said of the person in the nominative of the clause.
 */
export function headsByCopula(v: SentenceView, res: ExtractionResources, add: AddRelation): void {
  v.tokens.forEach((t, k) => {
    const verb = res.morph
      .parse(t.text)
      .find((p) => (p.pos === 'VERB' || p.pos === 'PRTS' || p.pos === 'INFN') && COPULAS.has(p.infinitive ?? p.lemma));
    if (!verb) return;
    const [start, end] = clauseAt(v.clauses, k);
    for (let j = start; j < end; j++) {
      const title = res.morph.parse(v.tokens[j]?.text ?? '').find((p) => p.pos === 'NOUN' && p.case === 'ablt');
      if (!title || !HEAD_TITLES.has(title.lemma)) continue;
      // "заместителем председателя": a title of a deputy before it heads nothing.
      if (res.morph.lemmas(v.tokens[j - 1]?.text ?? '').some((l) => NON_HEAD_TITLES.has(l))) continue;
      const office = v.mentions.find(
        (m) =>
          m.first > j &&
          m.first <= j + 3 &&
          m.end <= end &&
          !m.prep &&
          m.kind === 'name' &&
          PARTY_TYPES.has(m.entity.type) &&
          mentionCases(m, v, res).has('gent'),
      );
      const person = v.mentions.find(
        (m) =>
          m.first >= start &&
          m.end <= end &&
          m.entity.type === 'Person' &&
          m.kind === 'name' &&
          !m.prep &&
          mentionCases(m, v, res).has('nomn'),
      );
      if (office && person && !person.entity.headOf) add('HEADS', person.entity, office.entity, v, CONFIDENCE.frame);
    }
  });
}

/**
 * A name in the genitive after a common noun depends on that noun ("делегацию облисполкома").
 * A quoted name takes the case of its own noun before the quotes ("делегацию компании «Кедр»"),
 * which is no governor of it ("возглавляет завод «Кедр»").
 */
function ofCommonNoun(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  const quoted = OPEN_QUOTES.has(v.tokens[m.first]?.text ?? '');
  const head = quoted ? wordBeforeName(m, v) : m.first;
  const genitive = quoted
    ? res.morph.parse(v.tokens[head]?.text ?? '').some((p) => p.pos === 'NOUN' && p.case === 'gent')
    : mentionCases(m, v, res).has('gent');
  const before = v.tokens[head - 1]?.text ?? '';
  return (
    genitive &&
    /^\p{L}/u.test(before) &&
    res.morph.parse(before)[0]?.pos === 'NOUN' &&
    !v.mentions.some((o) => o.first <= head - 1 && head - 1 < o.end)
  );
}

/**
 * "делегации облисполкома, возглавляемой заместителем …": a participle agrees in gender with the
 * noun it qualifies, so a name of another gender before it is not what is led. The name's head
 * noun is its last word, or for a quoted name the noun before the quotes.
 */
function agrees(participle: WordParse, m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (participle.number !== 'sing' || !participle.gender) return true;
  const last = v.tokens[m.end - 1]?.text ?? '';
  const head = CLOSE_QUOTES.has(last) ? (v.tokens[wordBeforeName(m, v)]?.text ?? '') : last;
  const nouns = res.morph.parse(head).filter((x) => x.pos === 'NOUN' && x.gender);
  return nouns.length === 0 || nouns.some((x) => x.gender === participle.gender);
}

/**
 * "… с Иваном Петровым, который возглавляет завод": a clause opened by «который» in the
 * nominative has as its subject the person named right before the comma.
 */
function ledAntecedent(
  v: SentenceView,
  res: ExtractionResources,
  start: number,
  relativeCase = 'nomn',
): MentionRef | undefined {
  const antecedent = relativeAntecedent(v, res, start, relativeCase);
  const wanted = relativeCase === 'nomn' ? antecedent?.entity.type === 'Person' : antecedent?.entity.type !== 'Person';
  return wanted ? antecedent : undefined;
}
