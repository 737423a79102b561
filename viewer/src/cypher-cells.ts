/**
 * How the Cypher console shows the plain JSON values `POST /api/cypher` returns:
 * nodes by name and label, relationships by type, paths as chains of names,
 * lists and maps compactly. Pure, so it is tested without a browser.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isNode(value: Json): value is { labels: string[]; properties: { [key: string]: Json } } {
  return isRecord(value) && Array.isArray(value.labels) && isRecord(value.properties ?? null);
}

function isRelationship(
  value: Json,
): value is { type: string; startElementId: string; properties: { [key: string]: Json } } {
  return isRecord(value) && typeof value.type === 'string' && typeof value.startElementId === 'string';
}

function isPath(value: Json): value is { nodes: Json[]; relationships: Json[] } {
  return isRecord(value) && Array.isArray(value.nodes) && Array.isArray(value.relationships);
}

function nodeName(node: { labels: string[]; properties: { [key: string]: Json } }): string {
  const name = node.properties.name ?? node.properties.title ?? node.properties.id;
  return typeof name === 'string' ? name : node.labels.join(':');
}

/**
 * One result cell as text.
 * @example formatCypherCell({ elementId: 'e1', labels: ['Entity', 'Region'], properties: { name: 'Калужская область' } }) // 'Калужская область (:Region)'
 */
export function formatCypherCell(value: Json): string {
  if (value === null) return '—';
  if (typeof value !== 'object') return String(value);
  if (isNode(value)) {
    const label = value.labels.find((l) => l !== 'Entity') ?? value.labels[0];
    return label ? `${nodeName(value)} (:${label})` : nodeName(value);
  }
  if (isRelationship(value)) return `[:${value.type}]`;
  if (isPath(value)) {
    let text = '';
    value.nodes.forEach((node, i) => {
      const name = isNode(node) ? nodeName(node) : '?';
      const rel = value.relationships[i - 1] ?? null;
      if (i === 0 || !isRelationship(rel)) {
        text += name;
        return;
      }
      const previous = value.nodes[i - 1] ?? null;
      const forward = isRecord(previous) && rel.startElementId === previous.elementId;
      text += forward ? ` —${rel.type}→ ${name}` : ` ←${rel.type}— ${name}`;
    });
    return text;
  }
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : formatCypherCell(v))).join(', ');
  return JSON.stringify(value);
}

/** The entity id a cell points at (a node with an `id` property), so clicking it can select the node. */
export function cellEntityId(value: Json): string | undefined {
  return isNode(value) && typeof value.properties.id === 'string' ? value.properties.id : undefined;
}
