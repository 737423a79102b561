/**
 * The YAML front matter of a Markdown article (`title`, `url`, `date`, `source`), checked where
 * the file enters: a field with a bad value (a date that is no real day, a title that is a
 * list) is an error naming the field, never dropped in silence. Other keys (tags, notes) are
 * allowed and not read; an empty value (`date:`) counts as absent.
 */
import { z } from 'zod';
import { IsoDate } from './article.ts';

/** A YAML scalar read as text: `title: 2024` is the title "2024". */
const YamlText = z.union([z.string(), z.number().transform(String)], { error: 'expected text' });

/** A date as YAML gives it: text, or a timestamp when a YAML 1.1 parser made one. */
const YamlDate = z
  .union([z.string().trim(), z.date().transform((d) => d.toISOString().slice(0, 10))], {
    error: 'expected a date as YYYY-MM-DD',
  })
  .pipe(IsoDate);

/**
 * Words by which an article says it has no known date (the evaluation's articles write
 * `date: unknown`): the same as leaving the field out, not a mistake.
 */
const NO_DATE = /^(unknown|n\/a|none|null|-|—|неизвестно)?$/iu;
const OptionalDate = z.preprocess(
  (value) => (typeof value === 'string' && NO_DATE.test(value.trim()) ? undefined : value),
  YamlDate.nullish(),
);

export const FrontMatterSchema = z
  .looseObject({
    title: YamlText.nullish(),
    url: YamlText.nullish(),
    date: OptionalDate,
    source: YamlText.nullish(),
  })
  .transform(({ title, url, date, source }) => ({
    ...(title != null ? { title } : {}),
    ...(url != null ? { url } : {}),
    ...(date != null ? { date } : {}),
    ...(source != null ? { source } : {}),
  }));
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/**
 * The front matter's fields, or one line saying which field is wrong, what it holds and what to
 * do (the reader adds the file name), e.g.
 * `front matter "date": "2024-13-45" is not accepted (expected a real date as YYYY-MM-DD); correct or remove it`.
 */
export function parseFrontMatter(fields: unknown): { frontMatter: FrontMatter } | { problem: string } {
  const parsed = FrontMatterSchema.safeParse(fields, { reportInput: true });
  if (parsed.success) return { frontMatter: parsed.data };
  const issue = parsed.error.issues[0];
  const key = issue?.path[0];
  if (typeof key !== 'string') return { problem: `front matter: ${issue?.message ?? 'not a YAML mapping'}` };
  const shown = issue?.input instanceof Date ? issue.input.toISOString() : JSON.stringify(issue?.input);
  return { problem: `front matter "${key}": ${shown} is not accepted (${issue?.message}); correct or remove it` };
}
