/**
 * Dossiers as Markdown ("Скачать Markdown" in the viewer) and the numbers of
 * their trade chart. Pure functions over the dossier schemas, so the viewer
 * and tests share them and the export reads the same as the panel.
 */
import type { DossierEvidence, EntityDossier, PairDossier, TradeYear } from './dossier.ts';
import { ENTITY_TYPE_LABELS, RELATION_TYPE_LABELS } from './types.ts';

/** One bar of the trade chart. */
export interface TradeBar {
  year: number;
  amount: number;
}

/** What the trade chart draws: stated values in one currency, or else articles on trade per year. */
export interface TradeSeries {
  unit: string;
  bars: TradeBar[];
}

/**
 * The trade chart's bars: the sum of the values stated for each year in the most used
 * currency when any value was stated, else the number of articles on trade each year
 * (values in different currencies are never added up).
 */
export function tradeSeries(trade: readonly TradeYear[]): TradeSeries {
  const currencies = new Map<string, number>();
  for (const year of trade)
    for (const value of year.values)
      currencies.set(value.currency ?? '', (currencies.get(value.currency ?? '') ?? 0) + 1);
  const [currency] = [...currencies.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0] ?? [];
  if (currency === undefined)
    return { unit: 'статей', bars: trade.map(({ year, articles }) => ({ year, amount: articles })) };
  return {
    unit: currency || 'без валюты',
    bars: trade
      .map(({ year, values }) => ({
        year,
        amount: values.filter((v) => (v.currency ?? '') === currency).reduce((sum, v) => sum + v.value, 0),
      }))
      .filter((bar) => bar.amount > 0),
  };
}

/** Escapes what Markdown would read as markup in names and sentences taken from articles. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function dates(first?: string, last?: string): string {
  if (!first) return '';
  return !last || last === first ? first : `${first} — ${last}`;
}

function articleLink(item: Pick<DossierEvidence, 'title' | 'url' | 'articleId'>): string {
  const title = escapeMarkdown(item.title || `статья ${item.articleId.slice(0, 8)}`);
  return item.url?.startsWith('http') ? `[${title}](<${item.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : title;
}

function evidenceLines(items: readonly Omit<DossierEvidence, 'relation' | 'other'>[], prefix = ''): string[] {
  return items.flatMap((item) => [
    ...item.sentences.map((sentence) => `${prefix}> ${escapeMarkdown(sentence)}`),
    `${prefix}— ${articleLink(item)}${item.date ? `, ${item.date}` : ''}${item.source ? ` · ${escapeMarkdown(item.source)}` : ''}`,
    '',
  ]);
}

/** An entity's dossier as a Markdown document (headings, lists, quotes, links to articles). */
export function entityDossierMarkdown(dossier: EntityDossier): string {
  const { entity } = dossier;
  const lines = [`# ${escapeMarkdown(entity.name)}`, '', `*${ENTITY_TYPE_LABELS[entity.type].ru}* · \`${entity.id}\``];
  if (entity.nameEn) lines.push('', `English: ${escapeMarkdown(entity.nameEn)}`);
  if (entity.aliases.length) lines.push('', `Также: ${entity.aliases.map(escapeMarkdown).join(', ')}`);
  lines.push('', '## Партнёры');
  if (dossier.groups.length === 0) lines.push('', 'Связей нет.');
  for (const group of dossier.groups) {
    const span = dates(group.firstSeen, group.lastSeen);
    lines.push('', `### ${RELATION_TYPE_LABELS[group.type].ru}: ${group.count}${span ? ` (${span})` : ''}`, '');
    for (const p of group.partners) {
      const span = dates(p.firstSeen, p.lastSeen);
      const arrow = p.direction === 'out' ? '→' : '←';
      lines.push(`- ${arrow} ${escapeMarkdown(p.name)} — статей: ${p.articleCount}${span ? `, ${span}` : ''}`);
    }
    if (group.count > group.partners.length) lines.push(`- … и ещё ${group.count - group.partners.length}`);
  }
  if (dossier.trade.length) {
    const series = tradeSeries(dossier.trade);
    lines.push('', '## Торговля по годам', '', `| Год | ${series.unit} |`, '|---|---|');
    for (const bar of series.bars) lines.push(`| ${bar.year} | ${bar.amount.toLocaleString('ru')} |`);
  }
  for (const [title, links] of [
    ['Проекты', dossier.projects],
    ['Руководители', dossier.heads],
  ] as const) {
    if (links.length === 0) continue;
    lines.push('', `## ${title}`, '');
    for (const link of links) {
      const span = dates(link.firstSeen, link.lastSeen);
      const role = link.role ? ` (${escapeMarkdown(link.role)})` : '';
      lines.push(`- ${escapeMarkdown(link.name)}${role}${span ? ` — ${span}` : ''}`);
    }
  }
  if (dossier.evidence.length) {
    lines.push('', '## Последние сообщения', '');
    for (const item of dossier.evidence) {
      const other = item.other ? ` — ${escapeMarkdown(item.other.name)}` : '';
      lines.push(`**${RELATION_TYPE_LABELS[item.relation].ru}${other}**`, '', ...evidenceLines([item]));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A pair's dossier as Markdown: each relation between the two with its dates and evidence. */
export function pairDossierMarkdown(dossier: PairDossier): string {
  const { a, b } = dossier;
  const names = new Map([
    [a.id, a.name],
    [b.id, b.name],
  ]);
  const lines = [`# ${escapeMarkdown(a.name)} и ${escapeMarkdown(b.name)}`];
  if (dossier.relations.length === 0) lines.push('', 'Прямых связей нет.');
  for (const relation of dossier.relations) {
    const span = dates(relation.firstSeen, relation.lastSeen);
    const from = escapeMarkdown(names.get(relation.source) ?? relation.source);
    const to = escapeMarkdown(names.get(relation.target) ?? relation.target);
    const facts = [
      relation.product ? escapeMarkdown(relation.product) : '',
      relation.value !== undefined ? `${relation.value.toLocaleString('ru')} ${relation.currency ?? ''}`.trim() : '',
      relation.year !== undefined ? `${relation.year} г.` : '',
      `статей: ${relation.articleCount}`,
      span,
    ].filter(Boolean);
    lines.push('', `## ${RELATION_TYPE_LABELS[relation.type].ru}: ${from} → ${to}`, '', facts.join(' · '), '');
    lines.push(...evidenceLines(relation.evidence));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
