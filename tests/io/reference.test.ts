import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.ts';
import { entityIdFor } from '../../src/extract/entity-id.ts';
import { loadReference } from '../../src/io/reference.ts';
import type { ReferenceEntry } from '../../src/schema/reference.ts';

const entries = loadReference();
const byId = new Map(entries.map((entry) => [entry.id, entry]));

/** The entries whose name, alias or adjective is exactly `text`. */
function lookup(text: string): string[] {
  return entries
    .filter((entry) => entry.name === text || entry.aliases.includes(text) || entry.adjectives.includes(text))
    .map((entry) => entry.id);
}

function get(id: string): ReferenceEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`missing reference entry ${id}`);
  return entry;
}

describe('shipped reference data', () => {
  it('loads once per process', () => {
    expect(loadReference()).toBe(entries);
  });

  it('has unique ids whose links resolve', () => {
    expect(byId.size).toBe(entries.length);
    for (const entry of entries) {
      if (entry.locatedIn) expect(byId.has(entry.locatedIn), `${entry.id} locatedIn`).toBe(true);
      if (entry.centre) expect(byId.has(entry.centre), `${entry.id} centre`).toBe(true);
    }
  });

  it('covers all 89 Russian federal subjects and the 6 Belarusian oblasts', () => {
    const regionsIn = (country: string) =>
      entries.filter((entry) => entry.type === 'Region' && entry.locatedIn === country);
    expect(regionsIn('country:russia').length).toBeGreaterThanOrEqual(89);
    expect(regionsIn('country:belarus').map((entry) => entry.name)).toEqual(
      expect.arrayContaining([
        'Брестская область',
        'Витебская область',
        'Гомельская область',
        'Гродненская область',
        'Минская область',
        'Могилевская область',
      ]),
    );
  });

  it('gives every region a centre and a country', () => {
    for (const region of entries.filter(
      (entry) => entry.type === 'Region' && entry.locatedIn?.startsWith('country:'),
    )) {
      if (region.id === 'region:moscow-oblast') continue; // no legally fixed centre
      expect(region.centre, region.id).toMatch(/^city:/);
    }
  });

  it('keeps Minsk a City of oblast status, directly in Belarus', () => {
    expect(get('city:minsk')).toMatchObject({ type: 'City', name: 'Минск', locatedIn: 'country:belarus' });
    expect(lookup('Минск')).toEqual(['city:minsk']);
  });

  it('has Moscow both as a federal subject and as a city', () => {
    expect(get('region:moscow')).toMatchObject({ type: 'Region', name: 'Москва', locatedIn: 'country:russia' });
    expect(get('city:moscow')).toMatchObject({ type: 'City', name: 'Москва', locatedIn: 'region:moscow' });
  });

  it('resolves aliases, short forms and adjectives to their places', () => {
    expect(lookup('Брянщина')).toEqual(['region:bryansk-oblast']);
    expect(lookup('калужский')).toEqual(['region:kaluga-oblast']);
    expect(lookup('Калужский регион')).toEqual(['region:kaluga-oblast']);
    expect(lookup('Подмосковье')).toEqual(['region:moscow-oblast']);
    expect(lookup('Кубань')).toEqual(['region:krasnodar-krai']);
    expect(lookup('Гомельщина')).toEqual(['region:gomel-oblast']);
    expect(lookup('Башкирия')).toEqual(['region:bashkortostan']);
    expect(lookup('Белоруссия')).toEqual(['country:belarus']);
    expect(lookup('КНР')).toEqual(['country:china']);
    expect(lookup('белорусский')).toEqual(['country:belarus']);
    expect(get('country:belarus').name).toBe('Беларусь');
  });

  it('has the enterprises common in cooperation news, with full names', () => {
    expect(entries.filter((entry) => entry.type === 'Enterprise').length).toBeGreaterThanOrEqual(60);
    expect(lookup('Минский автомобильный завод')).toEqual(['enterprise:maz']);
    expect(lookup('Белорусский автомобильный завод')).toEqual(['enterprise:belaz']);
  });

  it('does not let two entries of the same type share a name or alias', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of entries) {
      for (const text of new Set([entry.name, ...entry.aliases])) {
        const key = `${entry.type}|${text}`;
        const owner = owners.get(key);
        if (owner) clashes.push(`${text}: ${owner} / ${entry.id}`);
        else owners.set(key, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });
  it('knows the heads of state of the area, with ids derived from their names and offices that resolve', () => {
    const people = entries.filter((entry) => entry.type === 'Person');
    expect(people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Владимир Путин', 'Александр Лукашенко', 'Касым-Жомарт Токаев', 'Шавкат Мирзиёев']),
    );
    const holders = new Map<string, string>();
    for (const person of people) {
      // The extractor derives a person's id from the name; the reference must agree, or one person gets two ids.
      expect(person.id).toBe(entityIdFor('Person', person.name));
      expect(person.offices?.length, person.id).toBeGreaterThan(0);
      for (const office of person.offices ?? []) {
        expect(byId.get(office.of)?.type, `${person.id} office`).toBe('Country');
        const key = `${office.title}|${office.of}`;
        expect(holders.get(key), `${key} held twice`).toBeUndefined();
        holders.set(key, person.id);
      }
    }
    expect(holders.get('президент|country:belarus')).toBe('person:aleksandr-lukashenko');
  });

  it('maps every adjective to one entry only', () => {
    const adjectives = entries.flatMap((entry) => entry.adjectives);
    expect(adjectives.length).toBeGreaterThan(100);
    expect(new Set(adjectives).size).toBe(adjectives.length);
  });
});

describe('loadReference on broken data', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function dirWith(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'coopgraph-reference-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }

  const country = { id: 'country:belarus', type: 'Country', name: 'Беларусь' };
  const file = (...list: object[]) => JSON.stringify({ source: 'test', entries: list });

  function errorOf(dir: string): ConfigError {
    try {
      loadReference(dir);
    } catch (error) {
      if (error instanceof ConfigError) return error;
      throw error;
    }
    throw new Error('expected a ConfigError');
  }

  it('names a file that does not match the schema, and the entry', () => {
    const dir = dirWith({ 'good.json': file(country), 'bad.json': file({ id: 'city:x', type: 'Town', name: 'X' }) });
    const error = errorOf(dir);
    expect(error.message).toContain('bad.json');
    expect(error.message).toContain('city:x');
  });

  it('names a file that is not JSON', () => {
    expect(errorOf(dirWith({ 'broken.json': '{ "source": ' })).message).toContain('broken.json');
  });

  it('rejects an id defined twice', () => {
    expect(errorOf(dirWith({ 'a.json': file(country), 'b.json': file(country) })).message).toContain('country:belarus');
  });

  it('rejects a locatedIn that points nowhere', () => {
    const city = { id: 'city:minsk', type: 'City', name: 'Минск', locatedIn: 'country:belarus-typo' };
    expect(errorOf(dirWith({ 'a.json': file(country, city) })).message).toContain('country:belarus-typo');
  });

  it('rejects an office of a state no file defines', () => {
    const person = {
      id: 'person:ivan-petrov',
      type: 'Person',
      name: 'Иван Петров',
      offices: [{ title: 'президент', of: 'country:nowhere' }],
    };
    expect(errorOf(dirWith({ 'a.json': file(country, person) })).message).toContain('country:nowhere');
  });

  it('rejects an id whose prefix does not match its type', () => {
    const wrong = { id: 'region:minsk', type: 'City', name: 'Минск' };
    expect(errorOf(dirWith({ 'a.json': file(country, wrong) })).message).toContain('region:minsk');
  });

  it('rejects a missing or empty directory', () => {
    expect(errorOf(dirWith({}))).toBeInstanceOf(ConfigError);
    expect(errorOf(path.join(tmpdir(), 'coopgraph-no-such-dir'))).toBeInstanceOf(ConfigError);
  });
});
