/**
 * Compound place adjectives ("российско-казахстанский") name both sides at once:
 * of a joint facility (PARTICIPATES_IN), of talks, trade or cooperation (the
 * relation between the two places). They do not say where a company is.
 * Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('compound place adjectives', () => {
  it('both places take part in a joint facility, which is a project even without "совместный"', async () => {
    const r = await run('Белорусско-вьетнамский завод разместился в 40 км от Ханоя.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN Беларусь -> Белорусско-вьетнамский завод',
      'PARTICIPATES_IN Вьетнам -> Белорусско-вьетнамский завод',
    ]);
    const s = await run('Белорусско-китайский индустриальный парк «Великий камень» привлек новых резидентов.');
    expect(rels(s, 'LOCATED_IN')).toEqual([]);
    expect(rels(s, 'PARTICIPATES_IN')).toHaveLength(2);
  });

  it('talks and trade of the two places', async () => {
    const r = await run('Российско-белорусские переговоры прошли в Минске.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Россия']);
    const s = await run('Российско-казахстанский товарооборот в прошлом году превысил 25 млрд долларов.');
    expect(rels(s, 'TRADES_WITH')).toEqual(['TRADES_WITH Казахстан -> Россия']);
  });

  it('a company of two places is located in neither', async () => {
    const r = await run('Глава Башкирии провел встречу с делегацией белорусско-российского предприятия «Альфа».');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });

  it('hyphenated adjectives that are not places name nothing', async () => {
    const r = await run('Смоленская область развивает торгово-экономическое сотрудничество с Беларусью.');
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Беларусь', 'Смоленская область']);
  });
});

describe('a compound place adjective on a joint body', () => {
  it('its sitting is talks between the two places, and the body their cooperation', async () => {
    const r = await run('В Казани прошло заседание белорусско-башкирской рабочей группы.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Республика Башкортостан']);
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Беларусь -> Республика Башкортостан']);
  });
});
