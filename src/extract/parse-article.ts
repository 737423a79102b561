/**
 * Turns the content of an article file into an `Article`: YAML front matter
 * (.md), plain text (.txt) or a saved web page (.html, main text found by
 * Readability). Pure: the caller reads the file (src/io/read-article.ts).
 * Blocks after the story (links to other stories, subscription prompts) are cut.
 */
import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { type Article, IsoDate } from '../schema/article.ts';
import { type FrontMatter, parseFrontMatter } from '../schema/front-matter.ts';

export type ArticleFormat = 'markdown' | 'text' | 'html';

/** Thrown for content that is not a usable article; the reader adds the file name. */
export class ArticleFormatError extends Error {}

/** Lines that start the non-article tail of a news page. */
const TRAILER_RE =
  /^\s*(Также на\b|Читайте также|Читайте нас|Смотрите также|См\. также|Самые интересные|Подписывайтесь|Подпишитесь|Следите за нами|Больше новостей|Ещё больше новостей|Еще больше новостей|Новости по теме|Другие новости|Материалы по теме|Поделиться)/iu;

/** Sentences inside a paragraph that are subscription prompts, not story. */
const PROMPT_RE = /(Самые интересные[^.!?\n]*|Подписывайтесь[^.!?\n]*|Следите за нами[^.!?\n]*)([.!?]|$)/gu;

/**
 * Removes trailing blocks that are not the article: the first trailer line and everything after it.
 * @example removeTrailingBlocks('Текст.\nТакже на Sputnik:\nДругая новость') // 'Текст.'
 */
export function removeTrailingBlocks(text: string): string {
  const lines = text.split('\n');
  const cut = lines.findIndex((line, i) => i > 0 && TRAILER_RE.test(line));
  const kept = cut >= 0 ? lines.slice(0, cut) : lines;
  return kept
    .map((line) => line.replace(PROMPT_RE, '').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Content hash of URL and text, so re-reading an article gives the same id. */
export function articleId(url: string | undefined, text: string): string {
  return createHash('sha256')
    .update(`${url ?? ''}\n${text}`)
    .digest('hex');
}

/** Share of Cyrillic among letters; below this the text is not taken for Russian. */
const MIN_CYRILLIC_SHARE = 0.5;

function checkText(text: string): void {
  if (text.trim().length === 0) throw new ArticleFormatError('the article has no text');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = text.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  if (letters === 0 || cyrillic / letters < MIN_CYRILLIC_SHARE) {
    throw new ArticleFormatError('the text is not in Russian (too few Cyrillic letters)');
  }
}

/**
 * A copy of a short field that does not keep the whole file alive. V8 may keep a
 * substring as a view into its parent, and a long ingest keeps the title and URL of
 * every article it loaded (4 KB per article at 10,000 articles, before this copy).
 */
function ownCopy(value: string): string {
  return value.length < 13 ? value : value.split('').join('');
}

function finish(meta: FrontMatter, body: string): Article {
  const text = removeTrailingBlocks(body.replace(/\r\n?/g, '\n'));
  checkText(text);
  const firstLine = text.split('\n', 1)[0] ?? '';
  const url = meta.url && meta.url !== 'unknown' ? ownCopy(meta.url) : undefined;
  const date = meta.date && IsoDate.safeParse(meta.date).success ? ownCopy(meta.date) : undefined;
  return {
    id: articleId(url, text),
    title: ownCopy(meta.title?.trim() || firstLine.slice(0, 200)),
    ...(url ? { url } : {}),
    ...(date ? { date } : {}),
    ...(meta.source ? { source: ownCopy(meta.source) } : {}),
    language: 'ru',
    text,
  };
}

function parseMarkdown(content: string): Article {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(content);
  if (!m) {
    if (content.startsWith('---')) throw new ArticleFormatError('front matter is not closed by a "---" line');
    return finish({}, content);
  }
  let meta: unknown;
  try {
    meta = parseYaml(m[1] ?? '');
  } catch (error) {
    throw new ArticleFormatError(`malformed YAML front matter: ${(error as Error).message.split('\n')[0]}`);
  }
  if (meta !== null && (typeof meta !== 'object' || Array.isArray(meta))) {
    throw new ArticleFormatError('front matter must be a YAML mapping (key: value lines)');
  }
  const read = parseFrontMatter(meta ?? {});
  if ('problem' in read) throw new ArticleFormatError(read.problem);
  return finish(read.frontMatter, content.slice(m[0].length));
}

function parseHtml(content: string): Article {
  const { document } = parseHTML(content);
  for (const el of document.querySelectorAll('script, style, noscript, nav, header, footer, aside, form')) el.remove();
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const ogUrl = document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  const published =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ?? undefined;
  const article = new Readability(document as unknown as Document).parse();
  const title = article?.title ?? document.querySelector('title')?.textContent;
  const url = canonical ?? ogUrl;
  const source = article?.siteName;
  const raw = article?.textContent ?? document.body?.textContent ?? '';
  const paragraphs = raw
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  return finish(
    {
      ...(title ? { title } : {}),
      ...(url ? { url } : {}),
      ...(published ? { date: published.slice(0, 10) } : {}),
      ...(source ? { source } : {}),
    },
    paragraphs.join('\n'),
  );
}

/** Picks the format from the file name's extension. */
export function formatOf(fileName: string): ArticleFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt') return 'text';
  if (ext === 'html' || ext === 'htm') return 'html';
  return undefined;
}

/**
 * Parses article content in the given format.
 * @example parseArticle('---\ntitle: T\n---\nТекст статьи', 'markdown').title // 'T'
 */
export function parseArticle(content: string, format: ArticleFormat): Article {
  if (format === 'markdown') return parseMarkdown(content);
  if (format === 'html') return parseHtml(content);
  return finish({}, content);
}
