/** XML text helpers shared by the GEXF and GraphML writers. Pure. */

/** Whether XML 1.0 allows the character (tab, line breaks, and everything from space up). */
function isXmlChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Drops the control characters XML 1.0 cannot hold, so the document stays well-formed. */
export function xmlSafe(text: string): string {
  return [...text].filter(isXmlChar).join('');
}

/** Escapes text for XML content and attribute values (line breaks as references, so attributes keep them). */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Characters an XML NMTOKEN may hold (letters, digits, `.`, `_`, `:`, `-`, combining marks). */
const NMTOKEN_CHAR = /[\p{L}\p{N}\p{M}._:-]/u;

/**
 * Makes an id an XML NMTOKEN, which GraphML's schema requires of ids, reversibly: every other
 * character (the `>` of `TYPE:a->b` relation keys, spaces …) becomes `_xHHHH_` as in XML name
 * encoding, and a `_` that would read as such an escape is escaped itself.
 *
 * @example nmtoken('SUPPLIES:enterprise:maz->country:belarus') // 'SUPPLIES:enterprise:maz-_x003E_country:belarus'
 */
export function nmtoken(text: string): string {
  return [...xmlSafe(text)]
    .map((ch, i, chars) => {
      const escapeLike = ch === '_' && /^x[0-9A-F]{4}_/.test(chars.slice(i + 1, i + 7).join(''));
      if (NMTOKEN_CHAR.test(ch) && !escapeLike) return ch;
      const code = ch.codePointAt(0) ?? 0;
      return code > 0xffff
        ? `_U${code.toString(16).toUpperCase().padStart(8, '0')}_`
        : `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
    })
    .join('');
}
