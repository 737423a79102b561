/**
 * Working types of the extraction pipeline: entity drafts and their mentions
 * in sentences. They live only between the pure stages of `extract()`; the
 * output is the zod-validated `ExtractionResult`.
 */
import type { ReferenceEntry } from '../schema/reference.ts';
import type { EntityType } from '../schema/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Morphology } from './morphology.ts';
import type { Sentence } from './tokens.ts';

/** What `extract` needs besides the article; loaded once per process. */
export interface ExtractionResources {
  readonly morph: Morphology;
  readonly gazetteer: Gazetteer;
  /** Longest evidence kept whole; a longer run-on sentence is cut around the relation. */
  readonly maxEvidenceChars?: number;
}

export interface EntityDraft {
  readonly id: string;
  readonly type: EntityType;
  name: string;
  readonly ref: ReferenceEntry | undefined;
  readonly aliases: Set<string>;
  readonly mentions: { text: string; start: number; end: number }[];
  /** Seen as a noun or name, not only as an adjective or a generic phrase. */
  named: boolean;
  /** Persons: the surname, folded, for later surname-only mentions. */
  surnameKey?: string;
  /** Persons: the title lemma the text gives them ("губернатор"). */
  title?: string;
  /** Persons: the title as written ("губернатор Калужской области"). */
  role?: string;
  /** Persons: the entity the title says they head. */
  headOf?: EntityDraft;
  /** Persons: what a deputy or an envoy speaks for without heading it ("вице-губернатор Петербурга"). */
  represents?: EntityDraft;
  /** Executive bodies: the place they govern ("Минский облисполком" → Минская область). */
  place?: EntityDraft;
  /** Projects: the lemma of the head noun ("программа"), for bare later mentions. */
  head?: string;
  /** Companies: the nouns the text introduced them with ("холдинг «Альфа»"), for a bare «холдинг» later. */
  kinds?: Set<string>;
}

/**
 * How a mention refers: by name, by a place adjective ("калужская"), by a
 * generic phrase ("российский регион"), by a title ("губернатор"), by a surname.
 */
export type MentionKind = 'name' | 'adjective' | 'generic' | 'title' | 'surname' | 'pronoun';

export interface MentionRef {
  readonly entity: EntityDraft;
  readonly sentence: number;
  /** Token range [first, end) inside the sentence. */
  readonly first: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** The preposition that governs the mention ("в", "из", "с"), lower case. */
  readonly prep: string | undefined;
  /** For adjectives: the lemma of the noun they modify ("компания", "сторона"). */
  readonly governs?: string;
  /** For adjectives: the noun names people in the plural, a group from the place ("белорусские инвесторы"). */
  readonly group?: true;
  /** The mention names what a person's title is about ("губернатор [Калужской области] Шапша"). */
  titleOf?: EntityDraft;
  /** One place of a compound adjective ("российско-казахстанский"), which names both sides at once. */
  readonly compound?: true;
  /** A member of a list of examples ("предприятия, в том числе «Альфа» и «Бета»"), not a side. */
  readonly example?: true;
  /** The object of a visitors' verb ("посетили завод «X»"): a venue of the visit, not a side. */
  readonly visited?: true;
}

/** The article as the relation rules see it. */
export interface ArticleAnalysis {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Mentions per sentence, in text order. */
  readonly mentions: readonly (readonly MentionRef[])[];
  readonly entities: ReadonlyMap<string, EntityDraft>;
  /** Relations found while reading mentions (titles → HEADS, "калужская компания" → LOCATED_IN). */
  readonly found: readonly FoundRelation[];
}

export interface FoundRelation {
  readonly type: import('../schema/types.ts').RelationType;
  readonly source: EntityDraft;
  readonly target: EntityDraft;
  readonly sentence: number;
  readonly attributes?: Readonly<Record<string, string | number>>;
  readonly confidence: number;
}
