/**
 * The Details panel: the selected entity (type, names, attributes, relations
 * grouped by type with evidence, dates and source articles), the selected
 * relation, or an article's text. Rendered with textContent only.
 */
import {
  type ArticleRef,
  type ArticleResponse,
  ENTITY_TYPE_LABELS,
  type EntityDetails,
  type EntityType,
  type GraphEdgeAttributes,
  RELATION_TYPE_LABELS,
  RELATION_TYPES,
} from '../../src/schema/index.ts';
import { isCurationAttribute, provenance } from './curation-actions.ts';
import { button, el } from './dom.ts';
import type { EdgeEvidenceItem, EdgeView } from './edge-view.ts';
import { NODE_COLORS } from './palette.ts';

export interface DetailsActions {
  selectNode(key: string): void;
  openArticle(id: string): void;
  /** Curation under an entity and a relation (provenance, edit buttons); see curation-actions.ts. */
  entityTools?(details: EntityDetails): HTMLElement;
  edgeTools?(edge: EdgeView): HTMLElement;
}

const MODALITY_LABELS: Readonly<Record<string, string>> = { fact: 'факт', plan: 'план', intention: 'намерение' };
const HIDDEN_ATTRIBUTES = new Set(['id', 'type', 'name', 'aliases', 'nameEn', 'x', 'y']);

export function dateRange(first: string | undefined, last: string | undefined): string {
  if (!first) return '';
  return !last || last === first ? first : `${first} — ${last}`;
}

function typeBadge(type: EntityType): HTMLElement {
  const badge = el('span', { className: 'badge', text: ENTITY_TYPE_LABELS[type].ru });
  badge.style.background = NODE_COLORS[type];
  return badge;
}

function articleList(articles: readonly ArticleRef[], actions: DetailsActions): HTMLElement | null {
  if (articles.length === 0) return null;
  return el(
    'ul',
    { className: 'articles' },
    articles.map((article) =>
      el('li', {}, [
        button(article.title || article.id, () => actions.openArticle(article.id), { class: 'link' }),
        article.date ? ` ${article.date}` : '',
        article.source ? ` · ${article.source}` : '',
      ]),
    ),
  );
}

function relationFacts(attributes: GraphEdgeAttributes): HTMLElement {
  const facts: string[] = [];
  if (attributes.modality !== 'fact') facts.push(MODALITY_LABELS[attributes.modality] ?? attributes.modality);
  if (attributes.product) facts.push(attributes.product);
  if (attributes.value !== undefined)
    facts.push(`${attributes.value.toLocaleString('ru')} ${attributes.currency ?? ''}`.trim());
  const dates = dateRange(attributes.firstSeen, attributes.lastSeen);
  if (dates) facts.push(dates);
  return el('div', { className: 'facts', text: facts.join(' · ') });
}

function evidenceList(evidence: readonly string[]): HTMLElement | null {
  if (evidence.length === 0) return null;
  return el(
    'div',
    { className: 'evidence' },
    evidence.map((sentence) => el('blockquote', { text: sentence })),
  );
}

/** Renders an entity with its relations, grouped by relation type in the model's order. */
export function renderEntity(panel: HTMLElement, details: EntityDetails, actions: DetailsActions): void {
  const { attributes } = details;
  const extra = Object.entries(attributes).filter(
    ([name, value]) => !HIDDEN_ATTRIBUTES.has(name) && !isCurationAttribute(name) && value !== null,
  );
  const groups = RELATION_TYPES.flatMap((type) => {
    const relations = details.relations[type];
    if (!relations?.length) return [];
    return [
      el('section', { className: 'relation-group' }, [
        el('h3', { text: `${RELATION_TYPE_LABELS[type].ru} (${relations.length})` }),
        el(
          'ul',
          {},
          relations.map((relation) =>
            el('li', { className: 'relation' }, [
              el('span', { className: 'direction', text: relation.direction === 'out' ? '→ ' : '← ' }),
              button(relation.other.name, () => actions.selectNode(relation.other.id), { class: 'link' }),
              relationFacts(relation.attributes),
              provenance(relation.attributes),
              evidenceList(relation.attributes.evidence),
              articleList(relation.articles, actions),
            ]),
          ),
        ),
      ]),
    ];
  });
  panel.replaceChildren(
    el('h2', { text: attributes.name }),
    typeBadge(attributes.type),
    attributes.nameEn ? el('p', { className: 'name-en', text: attributes.nameEn }) : '',
    attributes.aliases.length ? el('p', { className: 'aliases', text: `Также: ${attributes.aliases.join(', ')}` }) : '',
    extra.length
      ? el(
          'dl',
          {},
          extra.flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: String(value) })]),
        )
      : '',
    actions.entityTools?.(details) ?? '',
    ...groups,
    groups.length === 0 ? el('p', { className: 'hint', text: 'Связей нет.' }) : '',
  );
}

function evidenceItems(items: readonly EdgeEvidenceItem[], actions: DetailsActions): HTMLElement {
  return el(
    'div',
    { className: 'evidence' },
    items.map(({ article, sentences }) =>
      el('div', { className: 'evidence-item' }, [
        ...sentences.map((sentence) => el('blockquote', { text: sentence })),
        el('p', { className: 'evidence-source' }, [
          button(article.title || article.id, () => actions.openArticle(article.id), { class: 'link' }),
          article.date ? ` ${article.date}` : '',
          article.source ? ` · ${article.source}` : '',
        ]),
      ]),
    ),
  );
}

function edgeHeader(edge: EdgeView, actions: DetailsActions): HTMLElement[] {
  return [
    el('h2', { text: RELATION_TYPE_LABELS[edge.attributes.type].ru }),
    el('p', {}, [
      button(edge.source.name, () => actions.selectNode(edge.source.key), { class: 'link' }),
      ' → ',
      button(edge.target.name, () => actions.selectNode(edge.target.key), { class: 'link' }),
    ]),
    relationFacts(edge.attributes),
  ];
}

/** Renders one relation with its evidence and the articles that state it, linked by title. */
export function renderEdge(panel: HTMLElement, edge: EdgeView, actions: DetailsActions): void {
  const { attributes } = edge;
  if (edge.evidence) {
    panel.replaceChildren(
      ...edgeHeader(edge, actions),
      edge.evidence.length
        ? evidenceItems(edge.evidence, actions)
        : el('p', { className: 'hint', text: 'Без цитаты (справочные данные).' }),
      edge.moreArticles > 0 ? el('p', { className: 'hint', text: `и ещё статей: ${edge.moreArticles}` }) : '',
      actions.edgeTools?.(edge) ?? '',
    );
    return;
  }
  const articles =
    edge.articles === undefined
      ? attributes.articleIds.length || attributes.articleCount
        ? el('p', { className: 'hint', text: 'Статьи загружаются…' })
        : null
      : articleList(edge.articles, actions);
  panel.replaceChildren(
    ...edgeHeader(edge, actions),
    evidenceList(attributes.evidence) ?? el('p', { className: 'hint', text: 'Без цитаты (справочные данные).' }),
    articles ?? '',
    edge.moreArticles > 0 ? el('p', { className: 'hint', text: `и ещё статей: ${edge.moreArticles}` }) : '',
    actions.edgeTools?.(edge) ?? '',
  );
}

/** Renders an article's text, with a way back to what was shown before. */
export function renderArticle(panel: HTMLElement, article: ArticleResponse, back: () => void): void {
  panel.replaceChildren(
    button('← Назад', back, { class: 'link' }),
    el('h2', { text: article.title }),
    el('p', { className: 'facts', text: [article.date, article.source].filter(Boolean).join(' · ') }),
    article.url?.startsWith('http')
      ? el('a', { text: article.url, attrs: { href: article.url, rel: 'noopener noreferrer', target: '_blank' } })
      : '',
    ...article.text.split(/\n+/).map((paragraph) => el('p', { className: 'article-text', text: paragraph })),
  );
}

export function renderMessage(panel: HTMLElement, message: string): void {
  panel.replaceChildren(el('p', { className: 'hint', text: message }));
}
