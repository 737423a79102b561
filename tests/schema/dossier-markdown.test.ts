/** The dossier's Markdown export and its trade chart's numbers (pure, shared with the viewer). */
import { describe, expect, it } from 'vitest';
import type { EntityDossier, PairDossier } from '../../src/schema/dossier.ts';
import {
  entityDossierMarkdown,
  escapeMarkdown,
  pairDossierMarkdown,
  tradeSeries,
} from '../../src/schema/dossier-markdown.ts';
import { RELATION_TYPE_LABELS } from '../../src/schema/index.ts';

const belarus = { id: 'country:belarus', type: 'Country' as const, name: 'Беларусь' };
const dossier: EntityDossier = {
  entity: { id: 'region:kaluga', type: 'Region', name: 'Калужская область', aliases: ['Калуга*'] },
  groups: [
    {
      type: 'TRADES_WITH',
      count: 3,
      articleCount: 7,
      firstSeen: '2022-01-01',
      lastSeen: '2024-01-01',
      partners: [
        {
          ...belarus,
          direction: 'out',
          articleCount: 5,
          firstSeen: '2022-01-01',
          lastSeen: '2024-01-01',
          modality: 'fact',
        },
      ],
    },
  ],
  trade: [
    { year: 2022, articles: 2, values: [{ partner: belarus, value: 100, currency: 'USD' }] },
    { year: 2023, articles: 1, values: [{ partner: belarus, value: 9, currency: 'EUR' }] },
    { year: 2024, articles: 4, values: [{ partner: belarus, value: 150, currency: 'USD' }] },
  ],
  projects: [{ id: 'project:p', type: 'Project', name: 'Технопарк', relation: 'PARTICIPATES_IN' }],
  heads: [{ id: 'person:g', type: 'Person', name: 'Губернатор', relation: 'HEADS', firstSeen: '2023-05-02' }],
  evidence: [
    {
      articleId: 'abc12345',
      title: 'Товарооборот [рост]',
      url: 'https://example.org/a b',
      date: '2024-01-01',
      relation: 'TRADES_WITH',
      other: belarus,
      sentences: ['Товарооборот вырос на 5 %.'],
    },
  ],
};

describe('tradeSeries', () => {
  it('sums the values in the most used currency per year, never adding currencies up', () => {
    expect(tradeSeries(dossier.trade)).toEqual({
      unit: 'USD',
      bars: [
        { year: 2022, amount: 100 },
        { year: 2024, amount: 150 },
      ],
    });
  });

  it('falls back to articles per year when no value is stated', () => {
    const series = tradeSeries(dossier.trade.map((y) => ({ ...y, values: [] })));
    expect(series).toEqual({
      unit: 'статей',
      bars: [
        { year: 2022, amount: 2 },
        { year: 2023, amount: 1 },
        { year: 2024, amount: 4 },
      ],
    });
  });
});

describe('entityDossierMarkdown', () => {
  const markdown = entityDossierMarkdown(dossier);

  it('has the partners grouped by type with counts and dates, the trade table, projects and heads', () => {
    expect(markdown.startsWith('# Калужская область\n')).toBe(true);
    expect(markdown).toContain('Также: Калуга\\*');
    expect(markdown).toContain(`### ${RELATION_TYPE_LABELS.TRADES_WITH.ru}: 3 (2022-01-01 — 2024-01-01)`);
    expect(markdown).toContain('- → Беларусь — статей: 5, 2022-01-01 — 2024-01-01');
    expect(markdown).toContain('- … и ещё 2');
    expect(markdown).toContain('| Год | USD |\n|---|---|\n| 2022 | 100 |\n| 2024 | 150 |');
    expect(markdown).toContain('## Проекты\n\n- Технопарк');
    expect(markdown).toContain('## Руководители\n\n- Губернатор — 2023-05-02');
  });

  it('quotes the evidence with a link to its article, escaping markup from the article', () => {
    expect(markdown).toContain('> Товарооборот вырос на 5 %.');
    expect(markdown).toContain('— [Товарооборот \\[рост\\]](<https://example.org/a%20b>), 2024-01-01');
    expect(markdown.endsWith('\n')).toBe(true);
  });
});

describe('pairDossierMarkdown', () => {
  const pair: PairDossier = {
    a: { ...dossier.entity },
    b: { ...belarus, aliases: [] },
    relations: [
      {
        key: 'TRADES_WITH:country:belarus->region:kaluga',
        type: 'TRADES_WITH',
        source: 'country:belarus',
        target: 'region:kaluga',
        modality: 'fact',
        articleCount: 2,
        firstSeen: '2022-01-01',
        lastSeen: '2024-01-01',
        value: 150,
        currency: 'USD',
        evidence: [{ articleId: 'abc12345', title: 'Итоги', date: '2024-01-01', sentences: ['Рост на 5 %.'] }],
      },
    ],
  };

  it('lists each relation with its facts, dates and evidence', () => {
    const markdown = pairDossierMarkdown(pair);
    expect(markdown).toContain('# Калужская область и Беларусь');
    expect(markdown).toContain(': Беларусь → Калужская область');
    expect(markdown).toContain('150 USD · статей: 2 · 2022-01-01 — 2024-01-01');
    expect(markdown).toContain('> Рост на 5 %.\n— Итоги, 2024-01-01');
  });

  it('says so when the two are not linked', () => {
    expect(pairDossierMarkdown({ ...pair, relations: [] })).toContain('Прямых связей нет.');
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup characters and folds line breaks', () => {
    expect(escapeMarkdown('a*b_c [d]\n|e|')).toBe('a\\*b\\_c \\[d\\] \\|e\\|');
  });
});
