/**
 * Sittings of joint bodies: "заседание рабочей группы Беларуси и Пензенской области",
 * "совещание совместной комиссии по сотрудничеству Гродненской области и Омской области".
 * The sitting is talks between the parties the body is of (NEGOTIATES), and a standing
 * joint body is itself cooperation between them (COOPERATES_WITH). The parties are the
 * genitive list that follows the body's noun, directly or after its "по …" topic.
 */
import { coordinated } from './clauses.ts';
import { insideOrganization, lemmaAt, PARTY_TYPES, pairs, type SentenceView, unique } from './sentence-view.ts';
import type { EntityDraft, ExtractionResources } from './types.ts';

/** Nouns of a sitting: an occasion on which a body meets. */
const SITTINGS = new Set(['заседание', 'совещание', 'сессия', 'встреча']);
/** Nouns of a standing body made of two sides. */
const JOINT_BODIES = new Set(['группа', 'комиссия', 'совет', 'комитет']);
/** Words that may stand between the body's noun and its parties: its topic ("по сотрудничеству"). */
const TOPIC_GAP = 4;
/** Verbs whose object is a sitting the subject holds ("рабочая группа … провела заседание"). */
const HOLDING = new Set(['провести', 'проводить']);
/** Words by which the sitting is only proposed ("выступил с инициативой провести заседание"). */
const PROPOSALS = new Set(['предложить', 'предлагать', 'инициатива', 'предложение', 'идея']);

/** The sides of a joint body, and whether the sentence only proposes that it sit. */
export interface Sitting {
  readonly pairs: [EntityDraft, EntityDraft][];
  readonly proposed: boolean;
}

/**
 * The pairs of sides of a joint body's sitting in the sentence: each pair of the coordinated
 * parties after the body's noun, when a noun of sitting comes right before that body, or when
 * the body itself holds the sitting ("Рабочая группа X и Y провела заседание"). A proposed
 * sitting is no talks yet, but the body it names is still the sides' cooperation.
 */
export function sittingSides(v: SentenceView, res: ExtractionResources): Sitting | undefined {
  for (let s = 0; s < v.tokens.length; s++) {
    // "заседание [совместной межрегиональной] рабочей группы": the body within a few words after.
    const after = lemmaAt(v, s, SITTINGS, res)
      ? [1, 2, 3, 4].map((d) => s + d).find((k) => lemmaAt(v, k, JOINT_BODIES, res))
      : undefined;
    const body = after ?? (lemmaAt(v, s, JOINT_BODIES, res) && holdsSitting(v, s, res) ? s : undefined);
    if (body === undefined) continue;
    const out = pairs(bodySides(v, res, body), res);
    if (out.length === 0) continue;
    const proposed = v.tokens.some((_, k) => k < s && lemmaAt(v, k, PROPOSALS, res));
    return { pairs: out, proposed };
  }
  return undefined;
}

/**
 * The sides of the joint body whose noun is at `body`: the two places of a compound adjective on
 * it ("белорусско-татарстанской рабочей группы"), else the coordinated parties in the genitive
 * after it, directly or after its topic.
 */
function bodySides(v: SentenceView, res: ExtractionResources, body: number): EntityDraft[] {
  const compound = unique(
    v.mentions.filter((m) => m.compound && m.end <= body && m.first >= body - 3).map((m) => m.entity),
  );
  if (compound.length === 2) return compound;
  const first = v.mentions.find(
    (m) =>
      m.first > body &&
      m.first <= body + 1 + TOPIC_GAP &&
      (m.kind === 'name' || m.kind === 'generic') &&
      PARTY_TYPES.has(m.entity.type) &&
      (m.prep === undefined || m.prep === 'между'),
  );
  if (!first) return [];
  // "заседание комиссии двух стран": a plural generic stands for every side at its span.
  if (first.kind === 'generic')
    return unique(v.mentions.filter((m) => m.first === first.first && m.end === first.end).map((m) => m.entity));
  // "правительства Брянской области": the region inside a side's name is no side of its own.
  return coordinated(first, v.mentions, v.tokens, res.morph)
    .filter((m) => m.kind === 'name' && PARTY_TYPES.has(m.entity.type) && !insideOrganization(m, v))
    .map((m) => m.entity);
}

/**
 * The body at `body` is the subject that holds a sitting: a verb of holding after it, within
 * its clause, whose object a few words on is a noun of sitting ("провела [первое] заседание").
 */
function holdsSitting(v: SentenceView, body: number, res: ExtractionResources): boolean {
  for (let k = body + 1; k < v.tokens.length && k <= body + 14; k++) {
    const text = v.tokens[k]?.text ?? '';
    if (/^[.;:!?]$/u.test(text)) return false;
    if (!lemmaAt(v, k, HOLDING, res)) continue;
    return [1, 2, 3].some((d) => lemmaAt(v, k + d, SITTINGS, res));
  }
  return false;
}
