/**
 * Turns a fetched page into an `Article`: decodes its charset, finds the main text with
 * the same Readability reading as a saved .html file, and takes url, title and date from
 * the page's metadata, falling back (with a note) to what the feed item said or to the
 * day it was fetched. Pages that are not Russian news text are refused here, so they are
 * reported rather than stored.
 * Pure: the caller fetched the page.
 */
import { InputError } from '../errors.ts';
import { ArticleFormatError, articleId, parseArticle } from '../extract/parse-article.ts';
import type { Article } from '../schema/index.ts';
import { decodeBody } from './charset.ts';
import type { FetchedResponse } from './fetch-page.ts';
import { readPageMetadata } from './page-metadata.ts';

/** Shorter main texts are teasers, paywalls or index pages, not articles worth extracting. */
export const MIN_PAGE_TEXT_CHARS = 200;

/** What is known about a page before fetching it (from its feed item). */
export interface PageHints {
  title?: string;
  /** YYYY-MM-DD. */
  date?: string;
}

export interface PageArticle {
  article: Article;
  /** Remarks on fallbacks taken (no date in the page …), shown to the user. */
  notes: string[];
}

const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/**
 * Reads a fetched page. `asked` is the URL as given (failures are reported under it);
 * `today` (YYYY-MM-DD) is the last-resort date.
 *
 * @throws InputError when the page is not a usable Russian article.
 */
export function articleFromPage(
  response: FetchedResponse,
  asked: string,
  hints: PageHints,
  today: string,
): PageArticle {
  if (response.contentType && !PAGE_TYPES.test(response.contentType.trim())) {
    throw new InputError(asked, `not a web page (content type ${response.contentType.split(';')[0]})`);
  }
  const { text: html } = decodeBody(response.body, response.contentType);
  let parsed: Article;
  try {
    parsed = parseArticle(html, 'html');
  } catch (error) {
    if (error instanceof ArticleFormatError) throw new InputError(asked, error.message, { cause: error });
    throw error;
  }
  if (parsed.text.length < MIN_PAGE_TEXT_CHARS) {
    throw new InputError(
      asked,
      `the page's main text is too short for an article (${parsed.text.length} characters, at least ${MIN_PAGE_TEXT_CHARS})`,
    );
  }
  const meta = readPageMetadata(html, response.url);
  const notes: string[] = [];
  let date = meta.date;
  if (!date && hints.date) {
    date = hints.date;
    notes.push(`${asked}: no publication date in the page; used the feed item's date ${date}`);
  } else if (!date) {
    date = today;
    notes.push(`${asked}: no publication date in the page; used the fetch date ${date}`);
  }
  const url = meta.canonicalUrl ?? response.url;
  const source = meta.siteName ?? parsed.source ?? new URL(response.url).hostname;
  return {
    article: {
      ...parsed,
      id: articleId(url, parsed.text),
      url,
      title: meta.title ?? hints.title ?? parsed.title,
      date,
      source,
    },
    notes,
  };
}
