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
