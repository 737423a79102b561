/**
 * An in-memory index of known entities keyed the ways articles vary a name:
 * normalised name and aliases, acronyms, and the readings of a person's surname.
 * The reference data makes one index per run; each article resolves in a child
 * index of it, so what one article says never changes how another resolves.
 * Pure data; surname readings come from az's name morphology (src/extract/names.ts).
 */

import type { Morphology } from '../extract/morphology.ts';
import { surnameCandidates } from '../extract/names.ts';
import {
  abbreviationKey,
  acronymOf,
  isAbbreviation,
  matchesAbbreviation,
  normalizeName,
} from '../extract/normalize-name.ts';
import type { EntityType, ReferenceEntry } from '../schema/index.ts';

/** What resolution needs to know about an entity that already exists. */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/**
 * The nominative surnames a surname as written may be a form of, itself first:
 * "Шапшой" → Шапшой, Шапша, …; "Иванова" → Иванова only (see `surnameReadingsOf`).
 */
export type SurnameReadings = (surname: string) => readonly string[];

export interface EntityIndex {
  readonly byId: Map<string, KnownEntity>;
  /** `type|normalised name or alias` → ids. */
  readonly byName: Map<string, Set<string>>;
  /** `type|acronym` → ids of entities with a multi-word name or alias of that acronym. */
  readonly byAcronym: Map<string, Set<string>>;
  /** `type|acronym` → ids of entities known by an abbreviation ("МАЗ"). */
  readonly byAbbreviation: Map<string, Set<string>>;
  /** `Person|surname reading` → ids of persons. */
  readonly bySurname: Map<string, Set<string>>;
  readonly surnameReadings: SurnameReadings;
  /** Entities of the parent are found too (an article's index over the reference index); it is never written. */
  readonly parent?: EntityIndex;
}

type KeyMap = 'byName' | 'byAcronym' | 'byAbbreviation' | 'bySurname';

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  let ids = map.get(key);
  if (!ids) {
    ids = new Set();
    map.set(key, ids);
  }
  ids.add(id);
}

/** The ids under a key, in this index and its parent. */
function idsOf(index: EntityIndex, map: KeyMap, key: string): Set<string> {
  const own = index[map].get(key);
  const inherited = index.parent ? idsOf(index.parent, map, key) : undefined;
  if (!inherited || inherited.size === 0) return own ?? new Set();
  return own ? new Set([...inherited, ...own]) : inherited;
}

/** An entity by id, in this index or its parent. */
export function knownById(index: EntityIndex, id: string): KnownEntity | undefined {
  return index.byId.get(id) ?? (index.parent ? knownById(index.parent, id) : undefined);
}

/** Reference entries as known entities: their hand-written ids are the stable ids resolution keeps. */
export function knownFromReference(entries: readonly ReferenceEntry[]): KnownEntity[] {
  return entries.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases }));
}

/** The names an entity goes by: its name first, then its aliases. */
export function namesOf(entity: Pick<KnownEntity, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases];
}

/** Feminine nominatives that are also oblique forms of a masculine surname: they are read as written. */
const FEMININE_SURNAME = /(ова|ева|ёва|ина|ына|ская|цкая)$/u;

/**
 * Surname readings by az's surname paradigms (`surnameCandidates`): an oblique form an
 * extractor left ("Шапшой", "Караником", "Громовой") meets its nominative, and "Шапши",
 * "Шапше" meet "Шапша" even when the dictionary does not know the name; a feminine surname
 * keeps its form («Иванова» is not read as «Иванов»). Depends only on the word, so every
 * article and every load order decide alike. Cached: surnames repeat.
 */
export function surnameReadingsOf(morph: Morphology): SurnameReadings {
  const cache = new Map<string, readonly string[]>();
  return (surname) => {
    let readings = cache.get(surname);
    if (readings === undefined) {
      readings = [surname];
      if (/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(surname) && !FEMININE_SURNAME.test(surname.toLowerCase())) {
        const found = new Set([surname, ...surnameCandidates(morph, surname)]);
        const aDeclension = /^(.*[бвгджзклмнпрстфхцчшщ])[иеы]$/u.exec(surname)?.[1];
        if (aDeclension) found.add(`${aDeclension}а`).add(`${aDeclension}я`);
        readings = [...found];
      }
      cache.set(surname, readings);
    }
    return readings;
  };
}

function lastWord(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** The keys a person is filed and found under: the normalised readings of the surname (the last word). */
function surnameKeys(name: string, readings: SurnameReadings): string[] {
  return [...new Set(readings(lastWord(name)).map(normalizeName))];
}

/** Builds an index over entities; `addToIndex` adds more. */
export function createEntityIndex(
  entities: Iterable<KnownEntity>,
  surnameReadings: SurnameReadings,
  parent?: EntityIndex,
): EntityIndex {
  const index: EntityIndex = {
    byId: new Map(),
    byName: new Map(),
    byAcronym: new Map(),
    byAbbreviation: new Map(),
    bySurname: new Map(),
    surnameReadings,
    ...(parent ? { parent } : {}),
  };
  for (const entity of entities) addToIndex(index, entity);
  return index;
}

/** Adds (or re-adds, with more names) an entity to the index. */
export function addToIndex(index: EntityIndex, entity: KnownEntity): void {
  const previous = index.byId.get(entity.id);
  const aliases = previous
    ? [...new Set([...previous.aliases, ...entity.aliases, ...(previous.name !== entity.name ? [previous.name] : [])])]
    : [...entity.aliases];
  const merged: KnownEntity = { ...entity, aliases: aliases.filter((a) => a !== entity.name) };
  index.byId.set(entity.id, merged);
  for (const name of namesOf(merged)) {
    add(index.byName, `${entity.type}|${normalizeName(name)}`, entity.id);
    const acronym = acronymOf(name);
    if (acronym && acronym.length >= 2) add(index.byAcronym, `${entity.type}|${acronym}`, entity.id);
    const abbreviation = abbreviationKey(name);
    if (abbreviation) add(index.byAbbreviation, `${entity.type}|${abbreviation}`, entity.id);
  }
  if (entity.type === 'Person') {
    for (const key of surnameKeys(entity.name, index.surnameReadings)) add(index.bySurname, `Person|${key}`, entity.id);
  }
}

/** How an entity was found in the index, reported so the summary can count merges by kind. */
export type MatchKind = 'id' | 'name' | 'abbreviation' | 'surname';

export interface IndexMatch {
  id: string;
  kind: MatchKind;
}

function only(ids: Set<string>): string | undefined {
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * Finds the known entity a mention denotes, trying the safest keys first: exact
 * id, then name/alias, then abbreviation ↔ full name, then a lone surname. A key
 * that points at several entities is ambiguous and matches nothing.
 */
export function findInIndex(
  index: EntityIndex,
  entity: { id?: string; type: EntityType; name: string; aliases: readonly string[] },
): IndexMatch | undefined {
  if (entity.id && knownById(index, entity.id)?.type === entity.type) return { id: entity.id, kind: 'id' };
  const names = namesOf(entity);
  for (const name of names) {
    const id = only(idsOf(index, 'byName', `${entity.type}|${normalizeName(name)}`));
    if (id) return { id, kind: 'name' };
  }
  for (const name of names) {
    const viaAbbreviation = matchAbbreviation(index, entity.type, name);
    if (viaAbbreviation) return { id: viaAbbreviation, kind: 'abbreviation' };
  }
  if (entity.type === 'Person') {
    const readings = index.surnameReadings;
    const filed = surnameKeys(entity.name, readings).flatMap((key) => [...idsOf(index, 'bySurname', `Person|${key}`)]);
    const candidates = [...new Set(filed)].filter((id) =>
      personNamesAgree(entity.name, knownById(index, id)?.name ?? '', readings),
    );
    if (candidates.length === 1 && candidates[0]) return { id: candidates[0], kind: 'surname' };
  }
  return undefined;
}

function matchAbbreviation(index: EntityIndex, type: EntityType, name: string): string | undefined {
  if (isAbbreviation(name)) {
    const key = abbreviationKey(name);
    const ids = [...idsOf(index, 'byAcronym', `${type}|${key}`)].filter((id) => {
      const known = knownById(index, id);
      return known !== undefined && namesOf(known).some((n) => matchesAbbreviation(name, n));
    });
    return ids.length === 1 ? ids[0] : undefined;
  }
  const acronym = acronymOf(name);
  if (!acronym) return undefined;
  const ids = [...idsOf(index, 'byAbbreviation', `${type}|${acronym}`)].filter((id) => {
    const known = knownById(index, id);
    return known !== undefined && namesOf(known).some((n) => isAbbreviation(n) && matchesAbbreviation(n, name));
  });
  return ids.length === 1 ? ids[0] : undefined;
}

/**
 * Whether two person names can denote the same person: one surname is a reading of the
 * other ("Шапши" ~ "Владислав Шапша", but «Иванова» ≁ «Иванов»), and given names (or
 * initials) do not contradict ("Р. Головченко" ~ "Роман Головченко", not "Андрей Головченко").
 */
export function personNamesAgree(a: string, b: string, readings: SurnameReadings): boolean {
  if (!surnamesAgree(lastWord(a), lastWord(b), readings)) return false;
  const ga = normalizeName(a).split(' ').slice(0, -1);
  const gb = normalizeName(b).split(' ').slice(0, -1);
  for (let i = 0; i < Math.min(ga.length, gb.length); i++) {
    const x = ga[i] ?? '';
    const y = gb[i] ?? '';
    if (!(x.startsWith(y) || y.startsWith(x))) return false;
  }
  return true;
}

/** The same surname, or one read as a form of the other. */
function surnamesAgree(a: string, b: string, readings: SurnameReadings): boolean {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  const readsAs = (word: string, target: string) => readings(word).some((r) => normalizeName(r) === target);
  return na === nb || readsAs(a, nb) || readsAs(b, na);
}
