/** Charset detection: header, document declaration, and sniffing windows-1251 against KOI8-R. */
import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  charsetFromDeclaration,
  decodeBody,
  sniffCyrillicCharset,
} from '../../src/web/charset.ts';

const TEXT = 'Минский тракторный завод поставит технику в Калужскую область';

function encode(text: string, charset: 'windows-1251' | 'koi8-r'): Buffer {
  // Built by inverting the runtime's own decoder, so the test needs no encoder library.
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

describe('charset', () => {
  it('reads the charset parameter of Content-Type and normalises its label', () => {
    expect(charsetFromContentType('text/html; charset="cp1251"')).toBe('windows-1251');
    expect(charsetFromContentType('text/html')).toBeUndefined();
  });

  it('reads <meta charset>, <meta http-equiv> and an XML declaration', () => {
    expect(charsetFromDeclaration(Buffer.from('<html><head><meta charset="koi8-r">'))).toBe('koi8-r');
    expect(
      charsetFromDeclaration(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')),
    ).toBe('windows-1251');
    expect(charsetFromDeclaration(Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss/>'))).toBe(
      'windows-1251',
    );
  });

  it('tells windows-1251 from KOI8-R by the bytes alone', () => {
    expect(sniffCyrillicCharset(encode(TEXT, 'windows-1251'))).toBe('windows-1251');
    expect(sniffCyrillicCharset(encode(TEXT, 'koi8-r'))).toBe('koi8-r');
    expect(decodeBody(encode(TEXT, 'koi8-r')).text).toBe(TEXT);
    expect(decodeBody(encode(TEXT, 'windows-1251'))).toMatchObject({ text: TEXT, source: 'sniffed' });
  });

  it('prefers the header, then the document, and distrusts a UTF-8 label the bytes contradict', () => {
    const page = Buffer.concat([Buffer.from('<meta charset="koi8-r">'), encode(TEXT, 'koi8-r')]);
    expect(decodeBody(page, 'text/html').charset).toBe('koi8-r');
    expect(decodeBody(page, 'text/html; charset=koi8-r').source).toBe('header');
    const mislabelled = encode(TEXT, 'windows-1251');
    expect(decodeBody(mislabelled, 'text/html; charset=utf-8')).toMatchObject({ charset: 'windows-1251', text: TEXT });
    expect(decodeBody(Buffer.from(TEXT), 'text/html; charset=utf-8')).toMatchObject({ text: TEXT, source: 'header' });
  });
});
