/** `entity show` says when people curated an entity: by whom, when and why. */
import { describe, expect, it } from 'vitest';
import { formatEntity } from '../../src/cli/commands/entity.ts';

describe('formatEntity', () => {
  it('shows the curation provenance of an entity', () => {
    const lines = formatEntity({
      id: 'enterprise:gomselmash',
      attributes: {
        type: 'Enterprise',
        name: 'Гомсельмаш',
        aliases: ['Гомсельмаш ОАО'],
        curatedBy: 'anna',
        curatedAt: '2026-01-02T10:00:00.000Z',
        curationReason: 'same plant',
      },
      relations: {},
    });
    expect(lines).toContain('  curated by anna at 2026-01-02T10:00:00.000Z: same plant');
  });
});
