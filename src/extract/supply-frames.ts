/**
 * SUPPLIES: the supplier and the recipient of a delivery from prepositions and
 * word order around the trigger.
 */

import {
  AGENT_NOUNS,
  isInside,
  PARTY_TYPES,
  PLACE_TYPES,
  PREPOSITION_WORDS,
  type SentenceView,
  unique,
} from './sentence-view.ts';
import type { EntityDraft, ExtractionResources } from './types.ts';

/** Emits supplier → recipient pairs for a sentence that has a supply trigger. */
export function supplies(
  v: SentenceView,
  res: ExtractionResources,
  emit: (s: EntityDraft, t: EntityDraft, c: number) => void,
): void {
  const trigger = v.tokens.findIndex(
    (t, i) =>
      i >= 0 && /^(постав|экспорт|импорт|закуп|приобр|доставл|отправ|комплектующ|детал)/u.test(t.text.toLowerCase()),
  );
  if (trigger < 0) return;
  const ms = v.mentions.filter((m) => PARTY_TYPES.has(m.entity.type) && !m.titleOf);
  // The recipient: "в …"/"для …", after the trigger if there is one there, else anywhere.
  const recipients = ms.filter((m) => (m.prep === 'в' || m.prep === 'для') && m.kind !== 'adjective');
  const firstTarget = recipients.find((m) => m.first > trigger) ?? recipients[0];
  const targets: EntityDraft[] = firstTarget ? [firstTarget.entity] : [];
  // A list after "для"/"в" ("для заводов БелАЗ и МАЗ") shares its preposition.
  if (firstTarget) {
    let end = firstTarget.end;
    for (const m of ms) {
      if (m.first <= end) continue;
      const gap = v.tokens.slice(end, m.first).map((t) => t.text);
      if (
        gap.length <= 2 &&
        gap.every((g) => [',', 'и'].includes(g) || (/^[\p{Ll}]+$/u.test(g) && !PREPOSITION_WORDS.has(g))) &&
        m.kind !== 'adjective'
      ) {
        targets.push(m.entity);
        end = m.end;
      } else break;
    }
  }
  let sources = unique(ms.filter((m) => m.prep === 'из').map((m) => m.entity));
  if (sources.length > 0) {
    const firstSource = ms.find((m) => m.prep === 'из');
    if (firstSource) {
      let end = firstSource.end;
      for (const m of ms) {
        if (m.first <= end) continue;
        const gap = v.tokens.slice(end, m.first).map((t) => t.text);
        if (gap.length <= 1 && gap.every((g) => [',', 'и'].includes(g))) {
          sources.push(m.entity);
          end = m.end;
        } else break;
      }
    }
  }
  if (sources.length === 0) {
    const subject = ms.find(
      (m) => m.first < trigger && !m.prep && m.kind !== 'adjective' && !targets.includes(m.entity),
    );
    const origin = ms.find(
      (m) => m.kind === 'adjective' && !targets.includes(m.entity) && m.first > trigger - 2 && m.first <= trigger + 3,
    );
    const agentAdj = ms.find(
      (m) => m.kind === 'adjective' && m.governs !== undefined && AGENT_NOUNS.has(m.governs) && m.first < trigger,
    );
    const pick = subject ?? agentAdj ?? origin;
    if (pick) sources = [pick.entity];
  }
  let finalTargets = unique(targets);
  if (finalTargets.length === 0) {
    const after = ms.filter(
      (m) =>
        m.first > trigger && m.kind !== 'adjective' && !sources.includes(m.entity) && PLACE_TYPES.has(m.entity.type),
    );
    const last = after[after.length - 1];
    if (last) finalTargets = [last.entity];
  }
  for (const s of unique(sources)) {
    for (const t of finalTargets) {
      if (s !== t && !isInside(s, t, res) && !isInside(t, s, res)) emit(s, t, 0.6);
    }
  }
}
