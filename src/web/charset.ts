/**
 * Decodes fetched bytes into text. Russian sites still serve windows-1251 and KOI8-R,
 * often without saying so, so the charset is taken, in order, from the byte order mark,
 * the HTTP Content-Type header, the document's own declaration (`<meta charset>`,
 * `<meta http-equiv>`, `<?xml encoding?>`), and finally from the bytes themselves.
 * Pure: no I/O (Node's TextDecoder carries the legacy encodings through ICU).
 */

/** Where the charset was found; reported so a wrong guess can be traced. */
export type CharsetSource = 'bom' | 'header' | 'document' | 'sniffed';

export interface DecodedText {
  text: string;
  /** The WHATWG encoding name used, e.g. "utf-8", "windows-1251", "koi8-r". */
  charset: string;
  source: CharsetSource;
}

/** How far into the document a declaration is looked for (the HTML standard says 1024 bytes; pages put it later). */
const DECLARATION_WINDOW = 4096;

/** The WHATWG name of a charset label, or undefined when this runtime cannot decode it. */
export function normalizeCharset(label: string | undefined): string | undefined {
  const cleaned = label
    ?.trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (!cleaned) return undefined;
  try {
    return new TextDecoder(cleaned).encoding;
  } catch {
    return undefined;
  }
}

/** The `charset=` parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return normalizeCharset(match?.[2]);
}

/** The charset the document declares in its first bytes: meta charset, http-equiv, or an XML declaration. */
export function charsetFromDeclaration(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_WINDOW));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return normalizeCharset(xml[1]);
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s;/>]+)/i.exec(meta);
    if (direct) {
      const charset = normalizeCharset(direct[1]);
      if (charset) return charset;
    }
  }
  return undefined;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Guesses a single-byte Cyrillic charset from the bytes. windows-1251 and KOI8-R both put
 * Cyrillic letters in 0xC0–0xFF but swap the cases, and running Russian text is mostly
 * lower case: the reading with more lower-case letters is the right one.
 */
export function sniffCyrillicCharset(bytes: Uint8Array): 'windows-1251' | 'koi8-r' {
  let lowerIn1251 = 0;
  let lowerInKoi8 = 0;
  for (const byte of bytes) {
    if (byte >= 0xe0) lowerIn1251++;
    else if (byte >= 0xc0) lowerInKoi8++;
  }
  return lowerInKoi8 > lowerIn1251 ? 'koi8-r' : 'windows-1251';
}

/**
 * Decodes a fetched body. A declared charset wins unless the bytes contradict a UTF-8
 * declaration (a common misconfiguration: a windows-1251 page served as "utf-8").
 *
 * @example decodeBody(bytes, 'text/html; charset=windows-1251').charset // 'windows-1251'
 */
export function decodeBody(bytes: Uint8Array, contentType?: string): DecodedText {
  const decode = (charset: string, source: CharsetSource): DecodedText => ({
    text: new TextDecoder(charset).decode(bytes).replace(/^\uFEFF/, ''),
    charset,
    source,
  });
  const bom = bomCharset(bytes);
  if (bom) return decode(bom, 'bom');
  const declared: [string | undefined, CharsetSource][] = [
    [charsetFromContentType(contentType), 'header'],
    [charsetFromDeclaration(bytes), 'document'],
  ];
  for (const [charset, source] of declared) {
    if (!charset) continue;
    if (charset === 'utf-8' && !isValidUtf8(bytes)) continue;
    return decode(charset, source);
  }
  if (isValidUtf8(bytes)) return decode('utf-8', 'sniffed');
  return decode(sniffCyrillicCharset(bytes), 'sniffed');
}
