/**
 * A governor named without a region ("встреча с губернатором Александром
 * Карлиным") governs the Russian region the article is about, which news often
 * names only later ("…в Алтайском крае решают задачи…"). The reading pass only
 * looks back; this article-level pass takes the region the article mentions
 * most, when one stands out. Belarusian, Kazakh, Uzbek and Turkmen regions have no governors. Pure.
 */
import { gazetteerPlaceChain } from './gazetteer.ts';
import { NO_GOVERNOR } from './people.ts';
import type { ArticleAnalysis, EntityDraft, ExtractionResources } from './types.ts';

/**
 * The region of the article with the most mentions, if no other has as many; regions of countries
 * without governors (Belarusian, Kazakh, Uzbek, Turkmen) excluded.
 */
function mainRegion(a: ArticleAnalysis, res: ExtractionResources): EntityDraft | undefined {
  const counts = new Map<EntityDraft, number>();
  for (const list of a.mentions)
    for (const m of list) {
      if (m.entity.type !== 'Region') continue;
      if (gazetteerPlaceChain(res.gazetteer, m.entity.ref?.id).some((id) => NO_GOVERNOR.has(id))) continue;
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  const [top, next] = ranked;
  return top && (!next || top[1] > next[1]) ? top[0] : undefined;
}

/** HEADS for governors whose region the reading pass could not find before them. */
export function resolveGovernors(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const governors = [...a.entities.values()].filter(
    (e) => e.type === 'Person' && e.title === 'губернатор' && !e.headOf,
  );
  if (governors.length !== 1) return a;
  const region = mainRegion(a, res);
  const governor = governors[0];
  if (!region || !governor) return a;
  governor.headOf = region;
  const sentence = a.mentions.findIndex((list) => list.some((m) => m.entity === governor));
  return {
    ...a,
    found: [
      ...a.found,
      {
        type: 'HEADS',
        source: governor,
        target: region,
        sentence: Math.max(0, sentence),
        confidence: 0.6,
        attributes: { role: governor.role ?? 'губернатор' },
      },
    ],
  };
}
