/**
 * Suggestions for the search box, computed in the page as the user types:
 * names, English names and aliases folded once (case, ё/е), then each
 * keystroke is one pass of string comparisons, no network round trip.
 */
import { type EntityType, type GraphExport, normalizeSearchText } from '../../src/schema/index.ts';
import { matchRank } from '../../src/schema/search-match.ts';

export interface Suggestion {
  key: string;
  name: string;
  type: EntityType;
  /** The alias or English name that matched, when it was not the name. */
  matched?: string;
}

interface Entry {
  key: string;
  name: string;
  type: EntityType;
  /** Folded forms: [0] is the name, the rest English name and aliases. */
  forms: { folded: string; original: string }[];
  weight: number;
}

export interface SearchIndex {
  search(text: string, limit?: number): Suggestion[];
}

/**
 * Indexes the entities of a graph; `weight` (e.g. degree) orders equally good matches.
 * The names are folded on the first search, not when the page starts: the first frame need not wait for it.
 */
export function createSearchIndex(nodes: GraphExport['nodes'], weight: (key: string) => number): SearchIndex {
  let entries: Entry[] | undefined;
  const indexed = (): Entry[] =>
    nodes.map(({ key, attributes }) => {
      const names = [attributes.name, ...(attributes.nameEn ? [attributes.nameEn] : []), ...attributes.aliases];
      return {
        key,
        name: attributes.name,
        type: attributes.type,
        forms: names.map((original) => ({ folded: normalizeSearchText(original), original })),
        weight: weight(key),
      };
    });
  return {
    search(text, limit = 10) {
      const query = normalizeSearchText(text);
      if (!query) return [];
      entries ??= indexed();
      const found: { entry: Entry; score: number; matched: string | undefined }[] = [];
      for (const entry of entries) {
        let best = -1;
        let matched: string | undefined;
        entry.forms.forEach((form, i) => {
          const r = matchRank(form.folded, query);
          if (r === undefined) return;
          const score = r * 2 + (i === 0 ? 0 : 1);
          if (best < 0 || score < best) {
            best = score;
            matched = i === 0 ? undefined : form.original;
          }
        });
        if (best >= 0) found.push({ entry, score: best, matched });
      }
      found.sort(
        (a, b) =>
          a.score - b.score || b.entry.weight - a.entry.weight || a.entry.name.localeCompare(b.entry.name, 'ru'),
      );
      return found.slice(0, limit).map(({ entry, matched }) => ({
        key: entry.key,
        name: entry.name,
        type: entry.type,
        ...(matched ? { matched } : {}),
      }));
    },
  };
}
