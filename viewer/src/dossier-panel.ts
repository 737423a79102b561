/**
 * The dossier panel: for the selected entity, its partners grouped by relation
 * type with counts and dates, trade by year as a small SVG bar chart, projects,
 * the people who head it and the latest evidence with links to the articles;
 * for a pair, the relations between the two. "Скачать Markdown" saves the same
 * content through the shared formatter. Text goes in through textContent only.
 */
import type { DossierEvidence, DossierLink, EntityDossier, PairDossier } from '../../src/schema/dossier.ts';
import { entityDossierMarkdown, pairDossierMarkdown, tradeSeries } from '../../src/schema/dossier-markdown.ts';
import { ENTITY_TYPE_LABELS, RELATION_TYPE_LABELS } from '../../src/schema/index.ts';
import { loadDossier, loadPairDossier } from './api.ts';
import { button, el } from './dom.ts';

export interface DossierActions {
  selectNode(key: string): void;
  openArticle(id: string): void;
  /** Goes back to what the panel showed before the dossier. */
  back(): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const CHART = { width: 300, height: 120, bottom: 16, top: 14 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function dates(first?: string, last?: string): string {
  if (!first) return '';
  return !last || last === first ? first : `${first} — ${last}`;
}

/** A bar per year, scaled to the largest; each bar's exact figure in its tooltip and above it. */
export function tradeChart(dossier: EntityDossier): SVGSVGElement | null {
  const series = tradeSeries(dossier.trade);
  if (series.bars.length === 0) return null;
  const max = Math.max(...series.bars.map((b) => b.amount));
  const slot = CHART.width / series.bars.length;
  const chart = svg('svg', {
    class: 'trade-chart',
    viewBox: `0 0 ${CHART.width} ${CHART.height}`,
    role: 'img',
    'aria-label': `Торговля по годам (${series.unit})`,
  });
  const plot = CHART.height - CHART.bottom - CHART.top;
  series.bars.forEach((bar, i) => {
    const height = max > 0 ? Math.max(1, (bar.amount / max) * plot) : 1;
    const x = i * slot + slot * 0.15;
    const y = CHART.height - CHART.bottom - height;
    const rect = svg('rect', { x, y, width: slot * 0.7, height, class: 'trade-bar' });
    rect.append(svg('title', {}, `${bar.year}: ${bar.amount.toLocaleString('ru')} ${series.unit}`));
    const middle = x + slot * 0.35;
    chart.append(
      rect,
      svg('text', { x: middle, y: CHART.height - 3, 'text-anchor': 'middle' }, String(bar.year)),
      svg('text', { x: middle, y: y - 2, 'text-anchor': 'middle' }, bar.amount.toLocaleString('ru')),
    );
  });
  return chart;
}

/** Saves text as a file through a temporary link (no server round trip). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function fileName(name: string): string {
  return `${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'dossier'}.md`;
}

function evidenceItem(item: Omit<DossierEvidence, 'relation' | 'other'>, actions: DossierActions, label?: string) {
  return el('div', { className: 'evidence-item' }, [
    label ? el('p', { className: 'facts', text: label }) : null,
    ...item.sentences.map((sentence) => el('blockquote', { text: sentence })),
    el('p', { className: 'evidence-source' }, [
      button(item.title || `статья ${item.articleId.slice(0, 8)}`, () => actions.openArticle(item.articleId), {
        class: 'link',
      }),
      item.date ? ` ${item.date}` : '',
      item.url?.startsWith('http')
        ? el('a', { text: ' ↗', attrs: { href: item.url, rel: 'noopener noreferrer', target: '_blank' } })
        : '',
    ]),
  ]);
}

function linkList(title: string, links: readonly DossierLink[], actions: DossierActions): HTMLElement | null {
  if (links.length === 0) return null;
  return el('section', { className: 'dossier-links' }, [
    el('h3', { text: title }),
    el(
      'ul',
      {},
      links.map((link) =>
        el('li', {}, [
          button(link.name, () => actions.selectNode(link.id), { class: 'link' }),
          link.role ? ` (${link.role})` : '',
          el('span', { className: 'facts', text: ` ${dates(link.firstSeen, link.lastSeen)}` }),
        ]),
      ),
    ),
  ]);
}

function toolbar(markdown: () => string, name: string, actions: DossierActions): HTMLElement {
  return el('p', { className: 'dossier-toolbar' }, [
    button('← Назад', actions.back, { class: 'link' }),
    ' ',
    button('Скачать Markdown', () => download(markdown(), fileName(name)), { class: 'dossier-download' }),
  ]);
}

/** Renders an entity's dossier; a partner's "⇄" opens the pair's dossier. */
export function renderDossier(panel: HTMLElement, dossier: EntityDossier, actions: DossierActions): void {
  const { entity } = dossier;
  const groups = dossier.groups.map((group) =>
    el('section', { className: 'dossier-group' }, [
      el('h3', {
        text: `${RELATION_TYPE_LABELS[group.type].ru} (${group.count}) ${dates(group.firstSeen, group.lastSeen)}`,
      }),
      el(
        'ul',
        { className: 'dossier-partners' },
        group.partners.map((partner) =>
          el('li', {}, [
            el('span', { className: 'direction', text: partner.direction === 'out' ? '→ ' : '← ' }),
            button(partner.name, () => actions.selectNode(partner.id), { class: 'link' }),
            el('span', {
              className: 'facts',
              text: ` · статей: ${partner.articleCount} ${dates(partner.firstSeen, partner.lastSeen)}`,
            }),
            ' ',
            button('⇄', () => void showPairDossier(panel, entity.id, partner.id, actions), {
              class: 'link',
              title: 'Досье пары',
              'aria-label': `Досье пары: ${entity.name} и ${partner.name}`,
            }),
          ]),
        ),
      ),
      group.count > group.partners.length
        ? el('p', { className: 'hint', text: `и ещё ${group.count - group.partners.length}` })
        : null,
    ]),
  );
  const chart = tradeChart(dossier);
  const content = el('div', { className: 'dossier' }, [
    toolbar(() => entityDossierMarkdown(dossier), entity.name, actions),
    el('h2', { text: `Досье: ${entity.name}` }),
    el('p', { className: 'facts', text: ENTITY_TYPE_LABELS[entity.type].ru }),
    el('h3', { text: 'Партнёры' }),
    ...(groups.length ? groups : [el('p', { className: 'hint', text: 'Связей нет.' })]),
    chart ? el('section', { className: 'dossier-trade' }, [el('h3', { text: 'Торговля по годам' }), chart]) : null,
    linkList('Проекты', dossier.projects, actions),
    linkList('Руководители', dossier.heads, actions),
    dossier.evidence.length
      ? el('section', { className: 'dossier-evidence' }, [
          el('h3', { text: 'Последние сообщения' }),
          ...dossier.evidence.map((item) =>
            evidenceItem(
              item,
              actions,
              `${RELATION_TYPE_LABELS[item.relation].ru}${item.other ? ` — ${item.other.name}` : ''}`,
            ),
          ),
        ])
      : null,
  ]);
  panel.replaceChildren(content);
  panel.scrollTop = 0;
}

/** Renders the relations between two entities with their evidence. */
export function renderPairDossier(panel: HTMLElement, dossier: PairDossier, actions: DossierActions): void {
  const names = new Map([
    [dossier.a.id, dossier.a.name],
    [dossier.b.id, dossier.b.name],
  ]);
  panel.replaceChildren(
    toolbar(() => pairDossierMarkdown(dossier), `${dossier.a.name}-${dossier.b.name}`, actions),
    el('h2', { text: `${dossier.a.name} и ${dossier.b.name}` }),
    ...(dossier.relations.length
      ? dossier.relations.map((relation) =>
          el('section', { className: 'dossier-group' }, [
            el('h3', {
              text: `${RELATION_TYPE_LABELS[relation.type].ru}: ${names.get(relation.source)} → ${names.get(relation.target)}`,
            }),
            el('p', {
              className: 'facts',
              text: [
                relation.product,
                relation.value !== undefined ? `${relation.value.toLocaleString('ru')} ${relation.currency ?? ''}` : '',
                `статей: ${relation.articleCount}`,
                dates(relation.firstSeen, relation.lastSeen),
              ]
                .filter(Boolean)
                .join(' · '),
            }),
            ...relation.evidence.map((item) => evidenceItem(item, actions)),
          ]),
        )
      : [el('p', { className: 'hint', text: 'Прямых связей нет.' })]),
  );
  panel.scrollTop = 0;
}

async function show<T>(
  panel: HTMLElement,
  load: Promise<T>,
  render: (dossier: T) => void,
  actions: DossierActions,
): Promise<void> {
  panel.replaceChildren(el('p', { className: 'hint', text: 'Досье загружается…' }));
  try {
    render(await load);
  } catch (error) {
    panel.replaceChildren(
      button('← Назад', actions.back, { class: 'link' }),
      el('p', { className: 'hint', text: `Досье недоступно: ${(error as Error).message}` }),
    );
  }
}

export function showDossier(panel: HTMLElement, id: string, actions: DossierActions): Promise<void> {
  return show(panel, loadDossier(id), (dossier) => renderDossier(panel, dossier, actions), actions);
}

export function showPairDossier(panel: HTMLElement, a: string, b: string, actions: DossierActions): Promise<void> {
  return show(panel, loadPairDossier(a, b), (dossier) => renderPairDossier(panel, dossier, actions), actions);
}

/** Adds the "Досье" button under the entity's heading in the details panel. */
export function mountDossierButton(panel: HTMLElement, id: string, actions: DossierActions): void {
  const open = button('Досье', () => void showDossier(panel, id, actions), { class: 'dossier-open' });
  panel.insertBefore(el('p', { className: 'dossier-actions' }, [open]), panel.children[2] ?? null);
}
