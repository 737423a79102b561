import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.ts';
import { evidenceLimit } from '../../src/io/extraction-resources.ts';

describe('evidenceLimit (COOPGRAPH_MAX_EVIDENCE_CHARS)', () => {
  it('reads a whole number of at least 100; unset or blank keeps the default', () => {
    expect(evidenceLimit({ COOPGRAPH_MAX_EVIDENCE_CHARS: '100' })).toBe(100);
    expect(evidenceLimit({ COOPGRAPH_MAX_EVIDENCE_CHARS: ' 2500 ' })).toBe(2500);
    expect(evidenceLimit({})).toBeUndefined();
    expect(evidenceLimit({ COOPGRAPH_MAX_EVIDENCE_CHARS: '' })).toBeUndefined();
  });

  it.each([['lots'], ['99'], ['150.5'], ['-200'], ['1e3']])(
    'refuses "%s" naming the variable and the value',
    (value) => {
      expect(() => evidenceLimit({ COOPGRAPH_MAX_EVIDENCE_CHARS: value })).toThrow(ConfigError);
      expect(() => evidenceLimit({ COOPGRAPH_MAX_EVIDENCE_CHARS: value })).toThrow(
        `COOPGRAPH_MAX_EVIDENCE_CHARS="${value}": expected a whole number at least 100`,
      );
    },
  );
});
