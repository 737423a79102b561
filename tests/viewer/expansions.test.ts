/** What "Свернуть" takes out: only the nodes the collapsed expand alone drew. */
import { describe, expect, it } from 'vitest';
import { createExpansionLedger } from '../../viewer/src/expansions.ts';

describe('createExpansionLedger', () => {
  it('drops what only the collapsed expand drew, keeping the first view and the centre', () => {
    const ledger = createExpansionLedger(['a', 'b']);
    expect(ledger.isExpanded('a')).toBe(false);
    ledger.record('a', ['a', 'b', 'x', 'y']);
    expect(ledger.isExpanded('a')).toBe(true);
    expect(ledger.collapse('a')).toEqual(['x', 'y']);
    expect(ledger.isExpanded('a')).toBe(false);
    // A second collapse has nothing left to take.
    expect(ledger.collapse('a')).toEqual([]);
  });

  it('keeps what another expand or a search pick still needs, and the collapsed node itself', () => {
    const ledger = createExpansionLedger(['o']);
    // `a` was not drawn before its own expand (opened from a link).
    ledger.record('a', ['a', 'x', 'y', 'z']);
    ledger.record('x', ['x', 'a', 'w']);
    ledger.pin('z');
    expect(ledger.collapse('a')).toEqual(['y']);
    // `a` stays after its collapse: collapsing `x` then takes back only its own neighbour.
    expect(ledger.collapse('x')).toEqual(['w']);
  });

  it('adds a second expand of the same node to the first', () => {
    const ledger = createExpansionLedger([]);
    ledger.record('a', ['x']);
    ledger.record('a', ['y']);
    expect(ledger.collapse('a')).toEqual(['x', 'y']);
  });
});
