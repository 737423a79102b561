/**
 * Leadership given by apposition after a person's name: "Пётр Лапич, председатель
 * Гродненского облисполкома, …", "Олег Петров — генеральный директор ОАО «Альфа»".
 * The title word heads a noun phrase whose first named dependent is what the person
 * leads. Deputies and envoys ("заместитель", "посол") head nothing.
 */
import { HEAD_TITLES, NON_HEAD_TITLES } from './lexicon.ts';
import { type AddRelation, CONFIDENCE, PARTY_TYPES, type SentenceView } from './sentence-view.ts';
import type { ExtractionResources } from './types.ts';

const APPOSITION_MARKS = new Set([',', '—', '–', '-']);

/** Emits HEADS person → body for each "Name, title Body" in the sentence. */
export function headsByApposition(v: SentenceView, res: ExtractionResources, add: AddRelation): void {
  const lemmasAt = (k: number) => res.morph.lemmas(v.tokens[k]?.text ?? '');
  for (const person of v.mentions) {
    if (person.entity.type !== 'Person' || person.kind !== 'name') continue;
    if (!APPOSITION_MARKS.has(v.tokens[person.end]?.text ?? '')) continue;
    const title = person.end + 1;
    if (!lemmasAt(title).some((l) => HEAD_TITLES.has(l))) continue;
    // "генеральный директор": an adjective title takes the noun after it.
    const titleEnd = lemmasAt(title + 1).some((l) => HEAD_TITLES.has(l)) ? title + 2 : title + 1;
    if ([title, titleEnd - 1].some((k) => lemmasAt(k).some((l) => NON_HEAD_TITLES.has(l)))) continue;
    if (/^(зам|вице)/u.test(v.tokens[title]?.text.toLowerCase() ?? '')) continue;
    // The first named party of the title's noun phrase, before any clause boundary: only lower-case
    // words of its genitive chain (or a legal form) stand between ("председатель правления ивановской текстильной
    // компании «X»").
    const headed = v.mentions.find(
      (m) =>
        m.first >= titleEnd &&
        m.first <= titleEnd + 6 &&
        m.kind === 'name' &&
        PARTY_TYPES.has(m.entity.type) &&
        v.tokens.slice(titleEnd, m.first).every((t) => /^(\p{Ll}[\p{Ll}-]*|\p{Lu}{2,})$/u.test(t.text)),
    );
    if (!headed) continue;
    // "Иван Петров, генеральный директор Корпорации развития Олег Сидоров": a name right after
    // the body holds the title; the comma joined two people of a list, not a person and a title.
    if (v.mentions.some((m) => m.entity.type === 'Person' && m.first === headed.end)) continue;
    const role = v.tokens
      .slice(title, headed.end)
      .map((t) => t.text)
      .join(' ')
      .replace(/\s+([»"])/gu, '$1')
      .replace(/([«"])\s+/gu, '$1');
    add('HEADS', person.entity, headed.entity, v, CONFIDENCE.apposition, { role });
  }
}
