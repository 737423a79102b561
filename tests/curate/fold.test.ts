/** The curation log, pure: parsing with line numbers, validation, and folding into the decisions in force. */
import { describe, expect, it } from 'vitest';
import {
  activeDecisions,
  CurationError,
  foldCuration,
  parseCurationLog,
  validateCurationLog,
} from '../../src/curate/index.ts';
import type { CurationDecision } from '../../src/schema/curation.ts';

let n = 0;
function d(fields: Record<string, unknown>): CurationDecision {
  n += 1;
  return {
    id: `c-${n}`,
    author: 'anna',
    at: `2026-01-01T00:00:${String(n % 60).padStart(2, '0')}Z`,
    reason: '',
    ...fields,
  } as unknown as CurationDecision;
}

const merge = (from: string, into: string) =>
  d({ op: 'merge', from, into, intoName: into, intoType: 'Enterprise', fromNames: [] });

const split = (entity: string, alias: string, into: string) =>
  d({ op: 'split', entity, alias, into, type: 'Enterprise' });

describe('parseCurationLog', () => {
  it('reads JSON lines, skipping blank ones, and fills defaults', () => {
    const text = `${JSON.stringify({ op: 'rename', id: 'c-aa1', author: 'a', at: '2026-01-01T10:00:00Z', entity: 'region:x', name: 'X' })}\n\n`;
    const [only] = parseCurationLog(text);
    expect(only).toMatchObject({ op: 'rename', reason: '' });
  });

  it('names the line of a bad decision', () => {
    const good = JSON.stringify({
      op: 'retype',
      id: 'c-aa1',
      author: 'a',
      at: '2026-01-01T10:00:00Z',
      entity: 'region:x',
      type: 'City',
    });
    const bad = JSON.stringify({
      op: 'retype',
      id: 'c-aa2',
      author: 'a',
      at: '2026-01-01T10:00:00Z',
      entity: 'region:x',
      type: 'Planet',
    });
    expect(() => parseCurationLog(`${good}\n${bad}\n`, 'log.jsonl')).toThrow(/log\.jsonl:2: type/);
    expect(() => parseCurationLog('{oops', 'log.jsonl')).toThrow(CurationError);
  });

  it('refuses ids that are not stable entity ids', () => {
    const line = JSON.stringify({
      op: 'rename',
      id: 'c-aa1',
      author: 'a',
      at: '2026-01-01T10:00:00Z',
      entity: 'Гомсельмаш',
      name: 'X',
    });
    expect(() => parseCurationLog(line)).toThrow(/entity/);
  });
});

describe('validateCurationLog', () => {
  it('refuses repeated ids, unknown undo targets and merge cycles; a merge can be undone', () => {
    const a = d({ op: 'rename', entity: 'region:x', name: 'X' });
    expect(() => validateCurationLog([a, { ...a }])).toThrow(/twice/);
    expect(() => validateCurationLog([d({ op: 'undo', target: 'c-nope' })])).toThrow(/no earlier/);
    expect(() =>
      validateCurationLog([merge('enterprise:a', 'enterprise:b'), merge('enterprise:b', 'enterprise:a')]),
    ).toThrow(/cycle/);
    const m = merge('enterprise:a', 'enterprise:b');
    expect(() => validateCurationLog([m, d({ op: 'undo', target: m.id })])).not.toThrow();
    expect(activeDecisions([m, d({ op: 'undo', target: m.id })])).toEqual([]);
  });

  it('refuses a split that a merge would fold back into the entity it leaves', () => {
    const s = split('enterprise:c', 'Дельтамаш', 'enterprise:deltamash');
    expect(() => validateCurationLog([s])).not.toThrow();
    expect(() => validateCurationLog([s, merge('enterprise:deltamash', 'enterprise:c')])).toThrow(/undo c-\d+/);
    const m = merge('enterprise:a', 'enterprise:b');
    expect(() => validateCurationLog([m, split('enterprise:b', 'Альфа', 'enterprise:a')])).toThrow(/merged back/);
  });

  it('refuses undoing twice', () => {
    const a = d({ op: 'rename', entity: 'region:x', name: 'X' });
    const u = d({ op: 'undo', target: a.id });
    expect(() => validateCurationLog([a, u, d({ op: 'undo', target: a.id })])).toThrow(/already undone/);
    expect(() => validateCurationLog([a, u, d({ op: 'undo', target: u.id })])).not.toThrow();
  });
});

describe('activeDecisions', () => {
  it('takes undone decisions out and an undo of an undo puts them back', () => {
    const a = d({ op: 'rename', entity: 'region:x', name: 'X' });
    const u = d({ op: 'undo', target: a.id });
    expect(activeDecisions([a, u])).toEqual([]);
    expect(activeDecisions([a, u, d({ op: 'undo', target: u.id })])).toEqual([a]);
  });
});

describe('foldCuration', () => {
  it('follows merges for later decisions and orders symmetric ends', () => {
    const log = [
      merge('enterprise:a', 'enterprise:b'),
      merge('enterprise:b', 'enterprise:c'),
      d({ op: 'reject', relation: { type: 'SUPPLIES', source: 'enterprise:a', target: 'region:r' } }),
      d({ op: 'add', relation: { type: 'COOPERATES_WITH', source: 'region:r', target: 'enterprise:a' }, note: 'n' }),
    ];
    const folded = foldCuration(log);
    expect(folded.merges.map((m) => [m.from, m.into])).toEqual([
      ['enterprise:a', 'enterprise:c'],
      ['enterprise:b', 'enterprise:c'],
    ]);
    expect(folded.rejections[0]?.relation).toEqual({ type: 'SUPPLIES', source: 'enterprise:c', target: 'region:r' });
    expect(folded.additions[0]?.relation).toEqual({
      type: 'COOPERATES_WITH',
      source: 'enterprise:c',
      target: 'region:r',
    });
  });

  it('follows merges for both ends of a split', () => {
    const folded = foldCuration([
      merge('enterprise:a', 'enterprise:b'),
      split('enterprise:a', 'Гамма', 'enterprise:gamma'),
      merge('enterprise:gamma', 'enterprise:g'),
    ]);
    expect(folded.splits.map((x) => [x.entity, x.into])).toEqual([['enterprise:b', 'enterprise:g']]);
  });

  it('keeps the latest rename of an entity and drops undone ones', () => {
    const first = d({ op: 'rename', entity: 'region:x', name: 'First' });
    const second = d({ op: 'rename', entity: 'region:x', name: 'Second' });
    expect(foldCuration([first, second]).renames.map((r) => r.name)).toEqual(['Second']);
    const undo = d({ op: 'undo', target: second.id });
    const folded = foldCuration([first, second, undo]);
    expect(folded.renames.map((r) => r.name)).toEqual(['First']);
    expect(folded.activeIds).toEqual([first.id]);
  });
});
