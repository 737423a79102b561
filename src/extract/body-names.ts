/**
 * A ministry known only from a title without its place ("министр промышленности Александр
 * Рогожник" gives "Министерство промышленности") is the ministry the article names in full
 * elsewhere ("Министерство промышленности Беларуси"): a title drops the place the reader
 * already knows, as a surname drops the first name. Pure: returns a new analysis.
 */
import type { ArticleAnalysis, EntityDraft } from './types.ts';

/** Bodies whose short name a title gives without its place. */
const SHORTENED_BODIES = /^Министерство\s/u;

/** Folds each short ministry name into the one fuller name of the article that extends it. */
export function resolveBodyNames(a: ArticleAnalysis): ArticleAnalysis {
  const bodies = [...a.entities.values()].filter((e) => e.type === 'Organization');
  const into = new Map<EntityDraft, EntityDraft>();
  for (const short of bodies) {
    if (!SHORTENED_BODIES.test(short.name)) continue;
    // Only a place added ("… Беларуси"), not more of the name ("… промышленности и торговли").
    const fuller = bodies.filter(
      (f) => f !== short && f.name.startsWith(`${short.name} `) && /^\p{Lu}/u.test(f.name.slice(short.name.length + 1)),
    );
    if (fuller.length === 1 && fuller[0]) into.set(short, fuller[0]);
  }
  if (into.size === 0) return a;
  const to = (e: EntityDraft): EntityDraft => into.get(e) ?? e;
  for (const [short, full] of into) {
    for (const alias of [short.name, ...short.aliases]) if (alias !== full.name) full.aliases.add(alias);
    full.mentions.push(...short.mentions);
    full.mentions.sort((x, y) => x.start - y.start);
    full.named ||= short.named;
  }
  for (const e of a.entities.values()) {
    if (e.headOf) e.headOf = to(e.headOf);
    if (e.place) e.place = to(e.place);
  }
  const entities = new Map([...a.entities].filter(([, e]) => !into.has(e)));
  const mentions = a.mentions.map((list) => list.map((m) => (into.has(m.entity) ? { ...m, entity: to(m.entity) } : m)));
  const found = a.found.map((r) => ({ ...r, source: to(r.source), target: to(r.target) }));
  return { ...a, entities, mentions, found };
}
