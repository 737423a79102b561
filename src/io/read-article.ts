/**
 * Reads an article file from disk and checks it is usable (not empty, not
 * binary, not over-size) before the pure parser turns it into an `Article`.
 */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.ts';
import { ArticleFormatError, formatOf, parseArticle } from '../extract/parse-article.ts';
import type { Article } from '../schema/article.ts';

/** Larger files are not news articles; refusing them keeps memory and time bounded. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/**
 * Reads and parses one article (.md with front matter, .txt or .html).
 * @throws InputError naming the file when it cannot be used.
 */
export async function readArticle(file: string): Promise<Article> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new InputError(file, 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, 'cannot read the file (does it exist?)', { cause: error });
  }
  if (size === 0) throw new InputError(file, 'the file is empty');
  if (size > MAX_ARTICLE_BYTES) {
    throw new InputError(file, `the file is too large (${size} bytes; articles are at most ${MAX_ARTICLE_BYTES})`);
  }
  const bytes = await readFile(file);
  if (bytes.includes(0)) throw new InputError(file, 'the file is binary, not text');
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new InputError(file, 'the file is not valid UTF-8 text', { cause: error });
  }
  const format = formatOf(file) ?? (/^\s*</.test(content) ? 'html' : content.startsWith('---') ? 'markdown' : 'text');
  try {
    return parseArticle(content.replace(/^\uFEFF/, ''), format);
  } catch (error) {
    if (error instanceof ArticleFormatError) throw new InputError(file, error.message, { cause: error });
    throw error;
  }
}
