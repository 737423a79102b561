/**
 * The extraction pipeline's entry point: article → sentences → mentions →
 * relations → an `ExtractionResult` (the contract of the evaluation
 * guidelines). Pure: resources (morphology, gazetteer) are passed in.
 */
import type { Article } from '../schema/article.ts';
import type { Entity } from '../schema/entity.ts';
import type { ExtractionResult } from '../schema/extraction.ts';
import type { Relation } from '../schema/relation.ts';
import { SYMMETRIC_RELATIONS } from '../schema/types.ts';
import { resolveApposedPartners } from './apposed-partners.ts';
import { resolveBodyNames } from './body-names.ts';
import { resolveCompanyNouns } from './company-nouns.ts';
import { resolveDelegationLeaders } from './delegation-leaders.ts';
import { resolveVisitors } from './delegations.ts';
import {
  resolveDelegation,
  resolveParties,
  resolvePronouns,
  resolveSides,
  resolveSpeakers,
  resolveTitleSlots,
} from './discourse.ts';
import { evidenceText } from './evidence-window.ts';
import { resolveGovernors } from './governors.ts';
import { findMentions } from './mentions.ts';
import { resolveCapitals, resolveCentreAdjectives } from './metonymy.ts';
import { resolvePossessiveTitles } from './possessive-titles.ts';
import { findRelations } from './relations.ts';
import { splitSentences } from './tokens.ts';
import type { EntityDraft, ExtractionResources, FoundRelation } from './types.ts';

type Mention = EntityDraft['mentions'][number];

export type { ExtractionResources } from './types.ts';

function relationKey(r: FoundRelation): string {
  const ends = [r.source.id, r.target.id];
  if (SYMMETRIC_RELATIONS.has(r.type)) ends.sort();
  return `${r.type}|${ends.join('|')}`;
}

/**
 * Keeps one relation per (type, pair), none between a body and its own place, and one
 * LOCATED_IN per entity and level of place:
 * the guidelines annotate one of "city and region", but each of several towns.
 */
function mergeRelations(found: readonly FoundRelation[]): FoundRelation[] {
  const byKey = new Map<string, FoundRelation>();
  const located = new Map<string, string>();
  for (const r of found) {
    if (r.source === r.target) continue;
    // "администрация Липецкой области" and Липецкая область are one side: a body never pairs with the place it governs.
    if (SYMMETRIC_RELATIONS.has(r.type) && (r.source.place === r.target || r.target.place === r.source)) continue;
    if (r.type === 'LOCATED_IN') {
      const level = located.get(r.source.id);
      if (level !== undefined && level !== r.target.type) continue;
      located.set(r.source.id, r.target.type);
    }
    const key = relationKey(r);
    const seen = byKey.get(key);
    if (!seen || seen.confidence < r.confidence) byKey.set(key, seen ? { ...r, sentence: seen.sentence } : r);
    // "… нацелены на рост товарооборота. … товарооборот составил 400 млн долларов": of two statements
    // as sure as each other, one that says what the other leaves out (a value, goods) is kept, with
    // its own sentence.
    else if (seen.confidence === r.confidence && detail(seen) === 0 && detail(r) > 0) byKey.set(key, r);
  }
  return [...byKey.values()];
}

/** How many attributes besides modality a relation states. */
function detail(r: FoundRelation): number {
  return Object.keys(r.attributes ?? {}).filter((k) => k !== 'modality').length;
}

function toEntity(d: EntityDraft): Entity {
  const attributes: Entity['attributes'] = {};
  if (d.ref?.nameEn) attributes.nameEn = d.ref.nameEn;
  if (d.ref?.wikidata) attributes.wikidata = d.ref.wikidata;
  if (d.role) attributes.role = d.role;
  if (d.ref) attributes.reference = true;
  const aliases = [...d.aliases].filter((a) => a !== d.name);
  return { id: d.id, type: d.type, name: d.name, aliases, attributes, mentions: d.mentions };
}

/** The headline and a blank line, when the body does not already begin with the headline. */
function titlePrefix(article: Article): string {
  const title = article.title.trim();
  const start = article.text.trimStart().slice(0, title.length + 20);
  if (!title || start.startsWith(title) || start.replace(/["«»“”]/gu, '').startsWith(title.replace(/["«»“”]/gu, '')))
    return '';
  return `${title}\n\n`;
}

/** Mentions moved back to article-text offsets; those in the headline have none there. */
function shiftMentions(mentions: readonly Mention[], by: number): Mention[] {
  return mentions.filter((m) => m.start >= by).map((m) => ({ ...m, start: m.start - by, end: m.end - by }));
}

/**
 * Extracts entities and relations from one article.
 * @example const result = extract(article, await loadExtractionResources());
 */
export function extract(article: Article, resources: ExtractionResources): ExtractionResult {
  // A headline often states what the body only implies ("X и Y обсудили сотрудничество"):
  // read it too when the body does not begin with it. Offsets stay those of the article text.
  const prefix = titlePrefix(article);
  const text = prefix + article.text;
  const sentences = splitSentences(text);
  const found = findMentions(text, sentences, resources);
  // Discourse passes, each a pure ArticleAnalysis → ArticleAnalysis step, in order.
  const passes = [
    resolveBodyNames,
    resolveCentreAdjectives,
    resolveTitleSlots,
    resolvePossessiveTitles,
    resolveDelegationLeaders,
    resolveGovernors,
    resolveDelegation,
    resolveVisitors,
    resolveCompanyNouns,
    resolveApposedPartners,
    resolveSpeakers,
    resolveParties,
    resolveSides,
    resolveCapitals,
    resolvePronouns,
  ];
  const analysis = passes.reduce((a, pass) => pass(a, resources), found);
  // Body sentences first, so a fact stated in both keeps the body's evidence and offsets.
  const headline = prefix ? (sentences.find((x) => x.start >= prefix.length)?.index ?? 0) : 0;
  const byBodyFirst = findRelations(analysis, resources).sort(
    (a, b) => Number(a.sentence < headline) - Number(b.sentence < headline),
  );
  const relations = mergeRelations(byBodyFirst);
  const used = new Set<EntityDraft>();
  for (const r of relations) {
    used.add(r.source);
    used.add(r.target);
  }
  const drafts = [...analysis.entities.values()].filter((d) => (d.named || used.has(d)) && d.mentions.length > 0);
  if (prefix)
    for (const d of drafts) d.mentions.splice(0, d.mentions.length, ...shiftMentions(d.mentions, prefix.length));
  const kept = new Set(drafts);
  const out: Relation[] = relations
    .filter((r) => kept.has(r.source) && kept.has(r.target))
    .map((r) => {
      const s = sentences[r.sentence];
      const inBody = s !== undefined && s.start >= prefix.length;
      return {
        type: r.type,
        source: r.source.id,
        target: r.target.id,
        origin: 'text',
        evidence: evidenceText(s, [r.source, r.target], prefix.length, resources.maxEvidenceChars),
        ...(s && inBody ? { evidenceStart: s.start - prefix.length, evidenceEnd: s.end - prefix.length } : {}),
        articleId: article.id,
        confidence: r.confidence,
        attributes: { modality: 'fact', ...(r.attributes ?? {}) },
      } as Relation;
    });
  // Background knowledge: a town's region from the reference data, never scored as text.
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const locatedInText = new Set(out.filter((r) => r.type === 'LOCATED_IN').map((r) => r.source));
  for (const d of drafts) {
    const parent = d.ref?.locatedIn;
    if (!parent || locatedInText.has(d.id) || !byId.has(parent) || d.type !== 'City') continue;
    out.push({
      type: 'LOCATED_IN',
      source: d.id,
      target: parent,
      origin: 'reference',
      evidence: '',
      articleId: article.id,
      confidence: 1,
      attributes: { modality: 'fact' },
    });
  }
  // Built to the schema's type, not parsed with it: checking trusted output cost every article a
  // full zod pass. tests/extract/extract-output.test.ts parses the output of the corpus instead.
  return {
    article: {
      id: article.id,
      title: article.title,
      ...(article.url ? { url: article.url } : {}),
      ...(article.date ? { date: article.date } : {}),
      ...(article.source ? { source: article.source } : {}),
    },
    entities: drafts.map(toEntity),
    relations: out,
    warnings: [],
  };
}
