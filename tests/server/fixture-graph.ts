/** A small hand-built graph (seed-article entities) shared by the server tests. */
import { MultiGraph } from 'graphology';
import type { ArticleRef } from '../../src/schema/index.ts';

export const ARTICLE_A: ArticleRef = {
  id: 'a'.repeat(16),
  title: 'Головченко и Шапша',
  date: '2023-04-04',
  source: 'Sputnik',
};
export const ARTICLE_B: ArticleRef = { id: 'b'.repeat(16), title: 'Калуга и Минск', date: '2024-02-01' };

export function fixtureGraph(): MultiGraph {
  const graph = new MultiGraph();
  graph.addNode('country:belarus', {
    type: 'Country',
    name: 'Беларусь',
    aliases: ['Республика Беларусь'],
    nameEn: 'Belarus',
  });
  graph.addNode('region:kaluga-oblast', {
    type: 'Region',
    name: 'Калужская область',
    aliases: ['Калужская обл.', 'Калужщина'],
    nameEn: 'Kaluga Oblast',
  });
  graph.addNode('person:vladislav-shapsha', {
    type: 'Person',
    name: 'Владислав Шапша',
    aliases: ['Шапша'],
    role: 'губернатор',
  });
  graph.addNode('enterprise:belaz', { type: 'Enterprise', name: 'БелАЗ', aliases: ['ОАО «БелАЗ»'] });
  graph.addNode('city:zhodino', { type: 'City', name: 'Жодино', aliases: [] });
  graph.addNode('odd:thing', { type: 'Unknown', name: 'not an entity' });
  graph.addEdgeWithKey('e1', 'person:vladislav-shapsha', 'region:kaluga-oblast', {
    type: 'HEADS',
    evidence: ['губернатор Калужской области Владислав Шапша'],
    articleIds: [ARTICLE_A.id],
  });
  graph.addEdgeWithKey('e2', 'country:belarus', 'region:kaluga-oblast', {
    type: 'TRADES_WITH',
    evidence: ['товарооборот больше 600 миллионов долларов'],
    articleIds: [ARTICLE_A.id, ARTICLE_B.id],
    value: 600000000,
    currency: 'USD',
  });
  graph.addEdgeWithKey('e3', 'country:belarus', 'region:kaluga-oblast', {
    type: 'COOPERATES_WITH',
    evidence: ['план сотрудничества'],
    articleIds: [ARTICLE_B.id],
    modality: 'plan',
  });
  graph.addEdgeWithKey('e4', 'enterprise:belaz', 'city:zhodino', { type: 'LOCATED_IN', evidence: [], articleIds: [] });
  return graph;
}

export const FIXTURE_ARTICLES = new Map([ARTICLE_A, ARTICLE_B].map((a) => [a.id, a]));
