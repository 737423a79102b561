/**
 * A small exported graph whose values are hard to carry: evidence with commas, both kinds
 * of quotes, `;`, `|`, `<>&`, a backslash, brackets and Cyrillic; a symmetric and a
 * directed relation between the same pair; numbers, booleans and layout positions.
 */
import type { GraphExport } from '../../src/schema/index.ts';

export const TRICKY_EVIDENCE = [
  'Головченко встретился с "губернатором", и обсудили <торговлю> & кооперацию; всё — «по-честному».',
  "Сказал: 'да, конечно', а потом [в скобках], {фигурных} | с чертой \\ и обратной косой.",
];

export const fixtureGraph: GraphExport = {
  attributes: { schemaVersion: 1, generatedAt: '2026-01-01T00:00:00.000Z' },
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  nodes: [
    {
      key: 'person:roman-golovchenko',
      attributes: {
        type: 'Person',
        name: 'Роман Головченко',
        aliases: ['Головченко', 'Головченко, Роман'],
        x: 1.5,
        y: -2,
      },
    },
    {
      key: 'region:kaluga-oblast',
      attributes: { type: 'Region', name: 'Калужская область', aliases: [], nameEn: 'Kaluga Oblast', x: 0, y: 3.25 },
    },
    {
      key: 'enterprise:too-qazaqmys',
      attributes: { type: 'Enterprise', name: 'ТОО «Қазақмыс»', aliases: ['"Қазақмыс", ТОО', 'a;b'], x: 4, y: 4 },
    },
  ],
  edges: [
    {
      key: 'NEGOTIATES:person:roman-golovchenko->region:kaluga-oblast',
      source: 'person:roman-golovchenko',
      target: 'region:kaluga-oblast',
      undirected: true,
      attributes: {
        type: 'NEGOTIATES',
        evidence: TRICKY_EVIDENCE,
        articleIds: ['0123456789abcdef'],
        firstSeen: '2023-04-04',
        lastSeen: '2023-04-04',
        modality: 'fact',
        confidence: 0.9,
        verified: true,
      },
    },
    {
      key: 'SUPPLIES:enterprise:too-qazaqmys->region:kaluga-oblast',
      source: 'enterprise:too-qazaqmys',
      target: 'region:kaluga-oblast',
      attributes: {
        type: 'SUPPLIES',
        evidence: ['Қазақмыс поставит 330 тонн меди, сообщили в компании.', 'Вторая фраза.'],
        articleIds: ['0123456789abcdef', 'fedcba9876543210'],
        firstSeen: '2023-04-04',
        lastSeen: '2024-02-29',
        modality: 'plan',
        product: 'медь',
        quantity: 330,
        value: 1.5,
        confidence: 1,
        verified: false,
      },
    },
    {
      key: 'COOPERATES_WITH:enterprise:too-qazaqmys->region:kaluga-oblast',
      source: 'enterprise:too-qazaqmys',
      target: 'region:kaluga-oblast',
      undirected: true,
      attributes: {
        type: 'COOPERATES_WITH',
        evidence: [],
        articleIds: ['fedcba9876543210'],
        modality: 'intention',
      },
    },
  ],
};
