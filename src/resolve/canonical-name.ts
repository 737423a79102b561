/**
 * The canonical-name rule shared by resolution (which name an article's entity goes by
 * and which name its id is made from) and the store (which name an entity keeps when
 * several articles name it): a total order on names, so the choice depends on the set of
 * names given, never on the order they arrived in.
 */

/**
 * Whether `a` is a fuller name than `b`: more words, then more characters, then the
 * lexicographically smaller.
 *
 * @example isFullerName('Минский автомобильный завод', 'МАЗ') // true
 */
export function isFullerName(a: string, b: string): boolean {
  const wa = a.split(' ').length;
  const wb = b.split(' ').length;
  if (wa !== wb) return wa > wb;
  if (a.length !== b.length) return a.length > b.length;
  return a < b;
}

/** The fullest of some names (see `isFullerName`). */
export function fullestName(names: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const name of names) if (best === undefined || isFullerName(name, best)) best = name;
  return best;
}
