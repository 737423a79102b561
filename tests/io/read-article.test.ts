import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { articleId, parseArticle, removeTrailingBlocks } from '../../src/extract/parse-article.ts';
import { MAX_ARTICLE_BYTES, readArticle } from '../../src/io/read-article.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'articles');
const tmp = mkdtempSync(path.join(tmpdir(), 'coopgraph-read-'));

function tmpFile(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

describe('readArticle', () => {
  it('reads the seed article with its front matter and drops the trailing blocks', async () => {
    const article = await readArticle(path.join(fixtures, '000.md'));
    expect(article.title).toBe('Головченко и Шапша о сотрудничестве Беларуси и Калужской области');
    expect(article.date).toBe('2023-04-04');
    expect(article.source).toBe('Sputnik');
    expect(article.url).toBeUndefined();
    expect(article.text.startsWith('МИНСК, 4 апр - Sputnik.')).toBe(true);
    expect(article.text).not.toContain('Также на Sputnik');
    expect(article.text).not.toContain('Telegram-канале');
    expect(article.text).not.toContain('Волгоград');
    expect(article.text.endsWith('подытожил Владислав Шапша.')).toBe(true);
    expect(article.id).toBe(articleId(undefined, article.text));
    expect(article.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads plain text: the first line is the title, prompts and "Читайте также" are cut', async () => {
    const article = await readArticle(path.join(fixtures, 'plain.txt'));
    expect(article.title).toBe('Брянская область увеличила поставки в Беларусь');
    expect(article.text).toContain('Брянский бройлер');
    expect(article.text).not.toContain('Telegram');
    expect(article.text).not.toContain('Другая новость');
  });

  it('reads a saved HTML page: main text only, no scripts or navigation', async () => {
    const article = await readArticle(path.join(fixtures, 'page.html'));
    expect(article.url).toBe('https://example.org/news/grodno-kaliningrad');
    expect(article.date).toBe('2024-05-17');
    expect(article.text).toContain('Алексей Беспрозванных');
    expect(article.text).toContain('Балтийский терминал');
    expect(article.text).not.toContain('tracker');
    expect(article.text).not.toContain('Меню навигации');
    expect(article.text).not.toContain('Читайте также');
  });

  it.each([
    ['empty.md', ''],
    ['blank.txt', '   \n\n  '],
    ['binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])],
    ['bad-front-matter.md', '---\ntitle: [unclosed\n---\nТекст статьи о сотрудничестве.'],
    ['unclosed-front-matter.md', '---\ntitle: Статья\nТекст статьи о сотрудничестве.'],
    ['english.txt', 'Belarus and Russia signed an agreement on industrial cooperation today.'],
    ['latin1.txt', Buffer.from([0xc0, 0xe1, 0xe2, 0x20, 0xff, 0xfe])],
  ])('refuses %s with an InputError naming the file', async (name, content) => {
    const file = tmpFile(name, content);
    const error = await readArticle(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe(file);
    expect((error as InputError).message.split('\n')).toHaveLength(1);
  });

  it.each([
    ['date: 2024-13-45', '"date": "2024-13-45"'],
    ['date: 2023-02-29', '"date": "2023-02-29"'],
    ['date: 4 April 2023', '"date": "4 April 2023"'],
    ['title: [Первая, Вторая]', '"title": ["Первая","Вторая"]'],
    ['source: {name: Sputnik}', '"source": {"name":"Sputnik"}'],
  ])('refuses front matter "%s" naming the file, the field and its value', async (line, named) => {
    const file = tmpFile('bad-field.md', `---\nurl: https://a.example/1\n${line}\n---\nТекст статьи о сотрудничестве.`);
    const error = await readArticle(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(`${file}: front matter ${named} is not accepted`);
    expect((error as InputError).message).toContain('correct or remove it');
  });

  it('reads front matter values YAML gives as numbers or leaves empty, and other keys', async () => {
    const file = tmpFile(
      'lenient.md',
      '---\ntitle: 2024\ndate:\nsource: 7\ntags: [trade]\n---\nТекст статьи о сотрудничестве.',
    );
    const article = await readArticle(file);
    expect(article).toMatchObject({ title: '2024', source: '7' });
    expect(article).not.toHaveProperty('date');
  });

  it('refuses a file over 1 MB and a missing file', async () => {
    const big = tmpFile('big.txt', `Текст статьи. ${'а'.repeat(MAX_ARTICLE_BYTES)}`);
    await expect(readArticle(big)).rejects.toBeInstanceOf(InputError);
    await expect(readArticle(path.join(tmp, 'missing.md'))).rejects.toBeInstanceOf(InputError);
  });
});

describe('removeTrailingBlocks', () => {
  it('cuts from the first trailer line and removes subscription prompts', () => {
    const text = 'Первый абзац.\nВторой абзац. Подписывайтесь на наш канал.\nЧитайте также:\nСсылка на другую новость';
    expect(removeTrailingBlocks(text)).toBe('Первый абзац.\nВторой абзац.');
  });

  it('keeps an article that has no trailer', () => {
    expect(removeTrailingBlocks('Один абзац.\nДругой абзац.')).toBe('Один абзац.\nДругой абзац.');
  });
});

describe('parseArticle', () => {
  it('gives the same id for the same URL and text, a different one for another URL', () => {
    const a = parseArticle('---\nurl: https://a.example/1\ntitle: Т\n---\nТекст о поставках.', 'markdown');
    const b = parseArticle('---\nurl: https://a.example/1\ntitle: Другой\n---\nТекст о поставках.', 'markdown');
    const c = parseArticle('---\nurl: https://a.example/2\ntitle: Т\n---\nТекст о поставках.', 'markdown');
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
  });
});
