import { beforeAll, describe, expect, it } from 'vitest';
import { CUT_MARKER, evidenceText, MAX_EVIDENCE_CHARS } from '../../src/extract/evidence-window.ts';
import { extract } from '../../src/extract/extract.ts';
import { parseArticle } from '../../src/extract/parse-article.ts';
import type { ExtractionResources } from '../../src/extract/types.ts';
import { evidenceLimit } from '../../src/io/extraction-resources.ts';
import { resources } from './resources.ts';

/** A "sentence" of the given words with no punctuation, and where each word starts. */
function runOn(words: string[]) {
  const text = words.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const word of words) {
    starts.push(at);
    at += word.length + 1;
  }
  return { sentence: { start: 0, end: text.length, text }, starts };
}

const mention = (start: number, word: string) => ({ mentions: [{ start, end: start + word.length }] });

describe('evidenceText', () => {
  it('keeps a sentence up to the limit whole', () => {
    const sentence = { start: 5, end: 20, text: 'МАЗ поставляет.' };
    expect(evidenceText(sentence, [mention(5, 'МАЗ')], 0)).toBe('МАЗ поставляет.');
  });

  it('cuts a run-on sentence to the words around both entities, marked on each cut side', () => {
    const words = Array.from({ length: 2000 }, (_, i) => (i === 1000 ? 'МАЗ' : i === 1010 ? 'Беларусь' : `слово${i}`));
    const { sentence, starts } = runOn(words);
    const evidence = evidenceText(sentence, [
      mention(starts[1000] as number, 'МАЗ'),
      mention(starts[1010] as number, 'Беларусь'),
    ]);
    expect(evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS + 80);
    expect(evidence.startsWith(`${CUT_MARKER} слово`)).toBe(true);
    expect(evidence.endsWith(` ${CUT_MARKER}`)).toBe(true);
    expect(evidence).toContain('МАЗ слово1001');
    expect(evidence).toContain('слово1009 Беларусь');
  });

  it('keeps the words around each entity when they are further apart than the limit', () => {
    const words = Array.from({ length: 3000 }, (_, i) => (i === 100 ? 'МАЗ' : i === 2500 ? 'Беларусь' : `слово${i}`));
    const { sentence, starts } = runOn(words);
    const evidence = evidenceText(sentence, [
      mention(starts[100] as number, 'МАЗ'),
      mention(starts[2500] as number, 'Беларусь'),
    ]);
    expect(evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS + 120);
    expect(evidence).toMatch(/МАЗ .* … .*Беларусь/);
    expect(evidence).not.toContain('слово1500');
  });
});

describe('extract on a one-line article', () => {
  let res: ExtractionResources;
  beforeAll(async () => {
    res = await resources();
  });

  it('stores no 100 KB evidence sentence: evidence stays near the limit and names the parties', () => {
    const filler = Array.from({ length: 12_000 }, (_, i) => `слово${i}`).join(' ');
    const text = `${filler} Минский автомобильный завод поставляет автобусы в Калужскую область ${filler}`;
    const result = extract(parseArticle(`Заголовок статьи\n${text}`, 'text'), res);
    const supplies = result.relations.filter((r) => r.type === 'SUPPLIES');
    expect(supplies.length).toBeGreaterThan(0);
    for (const relation of result.relations.filter((r) => r.origin === 'text')) {
      expect(relation.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS + 120);
    }
    expect(supplies[0]?.evidence).toContain('автобусы в Калужскую область');
    expect(supplies[0]?.evidence.startsWith(CUT_MARKER)).toBe(true);
  });

  it('takes its limit from the resources (COOPGRAPH_MAX_EVIDENCE_CHARS)', () => {
    const filler = Array.from({ length: 300 }, (_, i) => `слово${i}`).join(' ');
    const text = `${filler} Минский автомобильный завод поставляет автобусы в Калужскую область ${filler}`;
    const article = parseArticle(`Заголовок статьи\n${text}`, 'text');
    const whole = extract(article, res).relations.find((r) => r.type === 'SUPPLIES');
    const cut = extract(article, { ...res, maxEvidenceChars: 200 }).relations.find((r) => r.type === 'SUPPLIES');
    expect(whole?.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS + 120);
    expect(cut?.evidence.length).toBeLessThanOrEqual(200 + 120);
    expect(cut?.evidence).toContain('автобусы в Калужскую область');
    expect(evidenceLimit({ COOPGRAPH_MAX_EVIDENCE_CHARS: '300' })).toBe(300);
    expect(evidenceLimit({})).toBeUndefined();
    expect(() => evidenceLimit({ COOPGRAPH_MAX_EVIDENCE_CHARS: 'lots' })).toThrow(/COOPGRAPH_MAX_EVIDENCE_CHARS/);
  });
});
