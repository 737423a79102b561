/**
 * Project relations: who takes part in a project a sentence names
 * (PARTICIPATES_IN) and where it is (LOCATED_IN).
 */

import {
  type AddRelation,
  afterTitle,
  inEventName,
  locatedHere,
  PARTICIPANT_NOUNS,
  PARTY_TYPES,
  PLACE_TYPES,
  ROUTE_HEADS,
  type SentenceView,
  withinOther,
} from './sentence-view.ts';
import type { ExtractionResources, FoundRelation, MentionRef } from './types.ts';

/** Adds the participants and the place of every project mentioned in the sentence. */
export function projectRelations(
  v: SentenceView,
  res: ExtractionResources,
  out: readonly FoundRelation[],
  add: AddRelation,
  modality: string,
): void {
  // Projects: who takes part, and where they are.
  for (const m of v.mentions) {
    if (m.entity.type !== 'Project' || m.kind === 'adjective') continue;
    const isPlace = (o: MentionRef) => PLACE_TYPES.has(o.entity.type) && o.kind !== 'adjective' && !o.titleOf;
    const inside = v.mentions.find((o) => isPlace(o) && o.first > m.first && o.end <= m.end);
    const near = v.mentions.find(
      (o) =>
        isPlace(o) &&
        (o.prep === 'в' || o.prep === 'на') &&
        Math.min(Math.abs(o.first - m.end), Math.abs(m.first - o.end)) <= 6,
    );
    const place = inside ?? near;
    // A route connects places; it is not located in one.
    if (place && !ROUTE_HEADS.has(m.entity.head ?? '')) add('LOCATED_IN', m.entity, place.entity, v, 0.6);
    for (const o of v.mentions) {
      if (o === m || o.entity === place?.entity || o.titleOf || o.entity.type === 'Project') continue;
      if (inEventName(o, v) || afterTitle(o, v, res) || withinOther(o, v)) continue;
      // "смоленская компания «Кентавр»": the adjective places the company; the company takes part.
      if (o.kind === 'adjective' && locatedHere(o.entity, v, out)) continue;
      if (!PARTY_TYPES.has(o.entity.type) || o.entity.type === 'City') continue;
      if (o.first >= m.first && o.end <= m.end) continue;
      // Only a business of the place takes part ("для китайского и белорусского бизнеса"), not "российская сторона".
      if (o.kind === 'adjective' && !(o.governs && PARTICIPANT_NOUNS.has(o.governs))) continue;
      add('PARTICIPATES_IN', o.entity, m.entity, v, 0.55, { modality });
    }
  }
}
