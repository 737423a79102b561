/**
 * The file format between `coopgraph extract --jsonl` and `coopgraph ingest --extracted`:
 * one JSON object per line, an ExtractionResult whose `article` is the whole article
 * (text included). It lets a large archive be extracted on many machines (any batch
 * system can run the first command on shards) and loaded by one. I/O: reads the files.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.ts';
import { type Article, ArticleSchema, type ExtractionResult, ExtractionResultSchema } from '../schema/index.ts';
import type { CollectedInputs, InputSource } from './collect-inputs.ts';

/** An article with its extraction, as one line holds it. */
export interface ExtractedArticle {
  article: Article;
  extraction: ExtractionResult;
}

/** The line of an extracted article: the extraction, with the whole article in place of its id and title. */
export function formatExtractedLine({ article, extraction }: ExtractedArticle): string {
  return `${JSON.stringify({ ...extraction, article })}\n`;
}

/** Reads one line back; throws InputError naming the file and line when it is not one. */
export function parseExtractedLine(text: string, where: string): ExtractedArticle {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(where, 'not a JSON line of coopgraph extract --jsonl');
  }
  const article = ArticleSchema.safeParse((value as { article?: unknown } | null)?.article);
  const extraction = ExtractionResultSchema.safeParse(value);
  if (!article.success) throw new InputError(where, `bad article: ${article.error.issues[0]?.message ?? 'invalid'}`);
  if (!extraction.success) {
    const issue = extraction.error.issues[0];
    throw new InputError(where, `bad extraction at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  return { article: article.data, extraction: extraction.data };
}

/** The non-empty lines of the files, each named `FILE:LINE`, in order. */
async function* linesOf(files: readonly string[]): AsyncGenerator<{ where: string; text: string }> {
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
    let n = 0;
    for await (const text of lines) {
      n++;
      if (text.trim()) yield { where: `${file}:${n}`, text };
    }
  }
}

/**
 * Inputs for `ingest` from extracted files: one source per non-empty line (named
 * `FILE:LINE`), and a reader that streams the lines in that order, so a file of any
 * size is held a batch at a time. The files are read once to count their lines.
 */
export async function extractedInputs(files: readonly string[]): Promise<{
  inputs: CollectedInputs;
  readInput: (source: InputSource) => Promise<ExtractedArticle>;
}> {
  const sources: InputSource[] = [];
  const missing: CollectedInputs['missing'] = [];
  const readable: string[] = [];
  for (const file of files) {
    try {
      for await (const { where } of linesOf([file])) sources.push({ kind: 'file', path: where });
      readable.push(file);
    } catch {
      missing.push({ source: file, reason: 'cannot read the file' });
    }
  }
  const lines = linesOf(readable);
  return {
    inputs: { sources, missing },
    async readInput(source) {
      const next = await lines.next();
      if (next.done) throw new InputError(source.kind === 'file' ? source.path : '?', 'the file changed while loading');
      return parseExtractedLine(next.value.text, next.value.where);
    },
  };
}
