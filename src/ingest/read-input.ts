/**
 * Reads one input into an `Article`: files through src/io/read-article.ts, standard
 * input with the same checks (not empty, not binary, UTF-8, Russian text).
 * I/O: reads the file or the stream.
 */
import { InputError } from '../errors.ts';
import { ArticleFormatError, parseArticle } from '../extract/parse-article.ts';
import { MAX_ARTICLE_BYTES, readArticle } from '../io/read-article.ts';
import type { Article } from '../schema/index.ts';
import { type InputSource, STDIN_SOURCE } from './collect-inputs.ts';

/** Reads all of a stream (standard input), refusing more than an article's maximum size. */
async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_ARTICLE_BYTES) {
      throw new InputError(STDIN_SOURCE, `the input is too large (articles are at most ${MAX_ARTICLE_BYTES} bytes)`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Parses the bytes of a piped article; front matter makes it Markdown, a leading tag HTML, anything else text. */
export function articleFromBytes(name: string, bytes: Uint8Array): Article {
  if (bytes.length === 0) throw new InputError(name, 'the input is empty');
  if (bytes.includes(0)) throw new InputError(name, 'the input is binary, not text');
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(name, 'the input is not valid UTF-8 text', { cause: error });
  }
  const format = /^\s*</.test(content) ? 'html' : content.startsWith('---') ? 'markdown' : 'text';
  try {
    return parseArticle(content, format);
  } catch (error) {
    if (error instanceof ArticleFormatError) throw new InputError(name, error.message, { cause: error });
    throw error;
  }
}

/** Reads one input; throws InputError naming it when it cannot be used. */
export async function readInput(
  source: InputSource,
  stdin: AsyncIterable<Buffer | string> = process.stdin,
): Promise<Article> {
  if (source.kind === 'file') return readArticle(source.path);
  // A page must be fetched first (src/web); reading it as stdin would load the wrong text.
  if (source.kind === 'url') throw new InputError(source.url, 'a web address is read by the web reader, not as a file');
  return articleFromBytes(STDIN_SOURCE, await readAll(stdin));
}
