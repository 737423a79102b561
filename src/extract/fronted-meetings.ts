/**
 * A meeting put before the clause as an adverbial: "После встречи с губернатором X Иваном
 * Петровым посол Казахстана заявил…", "На переговорах с белорусской делегацией губернатор Y …",
 * "По итогам переговоров с делегацией Гомельской области губернатор Y подписал…". The «с» phrase
 * of the meeting noun names one side; the subject of the main clause, which follows it, is the
 * other: a person named there, else the place of an official the sentence does not name ("посол
 * Казахстана"); with «стороны» as the subject, the two sides it stands for.
 */
import { agentAdjective, PARTY_TYPES, type SentenceView, unnamedTitleAt } from './sentence-view.ts';
import type { EntityDraft, ExtractionResources, MentionRef } from './types.ts';

/** Prepositions that open an adverbial of time, place or outcome ("после", "на", "по итогам", "в ходе"). */
const OPENERS = [['после'], ['на'], ['по', 'итогам'], ['в', 'ходе'], ['во', 'время'], ['в', 'рамках']];
/** Nouns of a meeting whose partner follows with «с». */
const MEETING_NOUNS = new Set(['встреча', 'переговоры', 'беседа']);

/** The two sides of a fronted meeting, or undefined when the sentence has none. */
export function frontedMeeting(v: SentenceView, res: ExtractionResources): [EntityDraft, EntityDraft] | undefined {
  const words = v.tokens.map((t) => t.text.toLowerCase());
  const opener = OPENERS.find((o) => o.every((w, k) => words[k] === w));
  if (!opener) return undefined;
  const noun = opener.length;
  if (!res.morph.lemmas(v.tokens[noun]?.text ?? '').some((l) => MEETING_NOUNS.has(l))) return undefined;
  if (words[noun + 1] !== 'с' && words[noun + 1] !== 'со') return undefined;
  // The partner: a person named in the «с» phrase, else the first party there (a delegation's origin).
  const comma = words.indexOf(',', noun);
  const inPhrase = v.mentions.filter((m) => m.first > noun + 1 && (comma < 0 || m.end <= comma));
  // A person of the «с» phrase is in the instrumental ("Максимом Егоровым"); the subject after it is not.
  const instrumental = (m: MentionRef) => res.morph.parse(v.tokens[m.first]?.text ?? '').some((p) => p.case === 'ablt');
  // Else the first party there: a name, or the place adjective of those who act ("с белорусской
  // делегацией"); not what the title of the subject after it names ("… губернатор Омской области").
  const partner =
    inPhrase.find((m) => m.entity.type === 'Person' && m.kind === 'name' && instrumental(m)) ??
    inPhrase.find(
      (m) =>
        PARTY_TYPES.has(m.entity.type) &&
        !m.titleOf &&
        (m.kind === 'name' || (m.kind === 'adjective' && agentAdjective(m))),
    );
  if (!partner) return undefined;
  // The partner's phrase runs on to the person holding its title ("с губернатором X Иваном Петровым").
  const partnerEnd = Math.max(partner.end, ...inPhrase.filter((m) => m.titleOf === partner.entity).map((m) => m.end));
  const after = v.mentions.filter((m) => m.first >= partnerEnd && m.entity !== partner.entity && !m.prep);
  const subject =
    after.find((m) => m.entity.type === 'Person' && m.kind === 'name') ??
    after.find(
      (m) =>
        PARTY_TYPES.has(m.entity.type) && m.kind === 'name' && !m.titleOf && unnamedTitleAt(m, v, res) !== undefined,
    );
  if (subject) return [subject.entity, partner.entity];
  // "На переговорах с главой X Y стороны обсудили …": «стороны» as the subject are the parties of
  // the talks the sentence speaks of, the two it stands for.
  const generic = after.filter(
    (m) => m.kind === 'generic' && m.first === after.find((g) => g.kind === 'generic')?.first,
  );
  const [one, other] = generic;
  return generic.length === 2 && one && other ? [one.entity, other.entity] : undefined;
}
