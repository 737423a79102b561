/**
 * Shared helpers of the phenomenon tests: run the extractor on an invented
 * text and read its output as plain strings, so each test states the entities
 * and relations a reader would expect.
 */
import { extract } from '../../../src/extract/extract.ts';
import { parseArticle } from '../../../src/extract/parse-article.ts';
import type { ExtractionResult } from '../../../src/schema/extraction.ts';
import { resources } from '../resources.ts';

const SYMMETRIC = new Set(['CO_PRODUCES', 'NEGOTIATES', 'TRADES_WITH', 'COOPERATES_WITH']);

/** Extracts an invented article (the first line is its title). */
export async function run(text: string, title = 'Новости сотрудничества'): Promise<ExtractionResult> {
  return extract(parseArticle(`${title}\n${text}`, 'text'), await resources());
}

/** Entity names, optionally of one type. */
export function names(result: ExtractionResult, type?: string): string[] {
  return result.entities.filter((e) => !type || e.type === type).map((e) => e.name);
}

/** Text relations as "TYPE source -> target" by entity name, symmetric ends sorted. */
export function rels(result: ExtractionResult, type?: string): string[] {
  const name = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.relations
    .filter((r) => r.origin === 'text' && (!type || r.type === type))
    .map((r) => {
      const ends = [name.get(r.source) ?? r.source, name.get(r.target) ?? r.target];
      if (SYMMETRIC.has(r.type)) ends.sort();
      return `${r.type} ${ends[0]} -> ${ends[1]}`;
    });
}

/** The attributes of the first text relation of a type between two named entities. */
export function attributesOf(result: ExtractionResult, type: string, source: string, target: string) {
  const byName = new Map(result.entities.map((e) => [e.name, e.id]));
  return result.relations.find(
    (r) => r.type === type && r.source === byName.get(source) && r.target === byName.get(target),
  )?.attributes;
}
