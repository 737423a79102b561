/** A small serialised graph in the API's format, shared by the viewer tests. */
import { type GraphExport, GraphExportSchema } from '../../src/schema/index.ts';

export function fixtureExport(): GraphExport {
  return GraphExportSchema.parse({
    attributes: { schemaVersion: 1, generatedAt: '2025-01-01T00:00:00.000Z' },
    nodes: [
      { key: 'country:belarus', attributes: { type: 'Country', name: 'Беларусь', aliases: ['РБ'], nameEn: 'Belarus' } },
      {
        key: 'region:kaluga-oblast',
        attributes: { type: 'Region', name: 'Калужская область', aliases: ['Калужщина'] },
      },
      { key: 'person:shapsha', attributes: { type: 'Person', name: 'Владислав Шапша', aliases: ['Шапша'] } },
      { key: 'enterprise:polyot', attributes: { type: 'Enterprise', name: 'Полёт', aliases: [] } },
    ],
    edges: [
      {
        key: 'heads',
        source: 'person:shapsha',
        target: 'region:kaluga-oblast',
        attributes: { type: 'HEADS', evidence: ['губернатор'], articleIds: ['a1'], firstSeen: '2023-04-04' },
      },
      {
        key: 'trade',
        source: 'country:belarus',
        target: 'region:kaluga-oblast',
        undirected: true,
        attributes: { type: 'TRADES_WITH', evidence: ['товарооборот'], articleIds: ['a1'], firstSeen: '2023-04-04' },
      },
      {
        key: 'coop-plan',
        source: 'country:belarus',
        target: 'region:kaluga-oblast',
        undirected: true,
        attributes: { type: 'COOPERATES_WITH', modality: 'plan', articleIds: ['a2'], firstSeen: '2024-02-01' },
      },
      {
        key: 'supplies',
        source: 'enterprise:polyot',
        target: 'country:belarus',
        attributes: { type: 'SUPPLIES', articleIds: ['a2'], firstSeen: '2024-02-01' },
      },
    ],
  });
}
