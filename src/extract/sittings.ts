/**
 * Sittings of joint bodies: "заседание рабочей группы Беларуси и Пензенской области",
 * "совещание совместной комиссии по сотрудничеству Гродненской области и Омской области".
 * The sitting is talks between the parties the body is of (NEGOTIATES), and a standing
 * joint body is itself cooperation between them (COOPERATES_WITH). The parties are the
 * genitive list that follows the body's noun, directly or after its "по …" topic.
 */
import { coordinated } from './clauses.ts';
import { insideOrganization, lemmaAt, PARTY_TYPES, pairs, type SentenceView } from './sentence-view.ts';
import type { EntityDraft, ExtractionResources } from './types.ts';

/** Nouns of a sitting: an occasion on which a body meets. */
const SITTINGS = new Set(['заседание', 'совещание', 'сессия', 'встреча']);
/** Nouns of a standing body made of two sides. */
const JOINT_BODIES = new Set(['группа', 'комиссия', 'совет', 'комитет']);
/** Words that may stand between the body's noun and its parties: its topic ("по сотрудничеству"). */
const TOPIC_GAP = 4;
/** Words by which the sitting is only proposed ("выступил с инициативой провести заседание"). */
const PROPOSALS = new Set(['предложить', 'предлагать', 'инициатива', 'предложение', 'идея']);

/** The sides of a joint body, and whether the sentence only proposes that it sit. */
export interface Sitting {
  readonly pairs: [EntityDraft, EntityDraft][];
  readonly proposed: boolean;
}

/**
 * The pairs of sides of a joint body's sitting in the sentence: each pair of the coordinated
 * parties after the body's noun, when a noun of sitting comes right before that body. A
 * proposed sitting is no talks yet, but the body it names is still the sides' cooperation.
 */
export function sittingSides(v: SentenceView, res: ExtractionResources): Sitting | undefined {
  for (let s = 0; s < v.tokens.length; s++) {
    if (!lemmaAt(v, s, SITTINGS, res)) continue;
    // "заседание [совместной межрегиональной] рабочей группы": the body within a few words.
    const body = [1, 2, 3, 4].map((d) => s + d).find((k) => lemmaAt(v, k, JOINT_BODIES, res));
    if (body === undefined) continue;
    const first = v.mentions.find(
      (m) =>
        m.first > body &&
        m.first <= body + 1 + TOPIC_GAP &&
        m.kind === 'name' &&
        PARTY_TYPES.has(m.entity.type) &&
        (m.prep === undefined || m.prep === 'между'),
    );
    if (!first) continue;
    // "правительства Брянской области": the region inside a side's name is no side of its own.
    const sides = coordinated(first, v.mentions, v.tokens, res.morph)
      .filter((m) => m.kind === 'name' && PARTY_TYPES.has(m.entity.type) && !insideOrganization(m, v))
      .map((m) => m.entity);
    const out = pairs(sides, res);
    if (out.length === 0) continue;
    const proposed = v.tokens.some((_, k) => k < s && lemmaAt(v, k, PROPOSALS, res));
    return { pairs: out, proposed };
  }
  return undefined;
}
