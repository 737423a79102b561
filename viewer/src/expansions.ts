/**
 * What each "Показать соседей" brought into view, so "Свернуть" can take it out
 * again. A node stays while something still needs it: the first view
 * (overview), another expand that is not collapsed, a search pick, or a
 * collapse of its own (the node the user collapsed stays in view). Relations
 * go with their nodes: one between two nodes that both stay keeps being drawn.
 * Pure bookkeeping over keys; the page drops what `collapse` returns.
 */

export interface ExpansionLedger {
  /** Notes an expand of `centre` that drew these nodes (a second expand of it adds to the first). */
  record(centre: string, nodes: Iterable<string>): void;
  /** Keeps a node in view whatever is collapsed later (a search pick). */
  pin(key: string): void;
  isExpanded(centre: string): boolean;
  /** Forgets the expand of `centre` and lists the nodes only it needed: the ones to drop. */
  collapse(centre: string): string[];
}

/** A ledger over the first view's nodes, which no collapse removes. */
export function createExpansionLedger(baseNodes: Iterable<string>): ExpansionLedger {
  const pinned = new Set(baseNodes);
  const claims = new Map<string, Set<string>>();
  const neededElsewhere = (key: string): boolean => {
    for (const claim of claims.values()) if (claim.has(key)) return true;
    return false;
  };
  return {
    record(centre, nodes) {
      const claim = claims.get(centre) ?? new Set([centre]);
      for (const key of nodes) claim.add(key);
      claims.set(centre, claim);
    },
    pin(key) {
      pinned.add(key);
    },
    isExpanded: (centre) => claims.has(centre),
    collapse(centre) {
      const claim = claims.get(centre);
      if (!claim) return [];
      claims.delete(centre);
      pinned.add(centre);
      return [...claim].filter((key) => !pinned.has(key) && !neededElsewhere(key));
    },
  };
}
