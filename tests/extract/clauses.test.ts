/** Token-level syntax: the source of a report («как сообщает X», «по данным X», «…, сообщает X»). */
import { describe, expect, it } from 'vitest';
import { reportSources } from '../../src/extract/clauses.ts';
import { loadMorphology } from '../../src/extract/morphology.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import { azDictionariesDir } from '../../src/io/extraction-resources.ts';

async function sourceWords(text: string): Promise<string[]> {
  const morph = await loadMorphology(azDictionariesDir());
  const tokens = tokenize(text);
  return [...reportSources(tokens, morph)].map((k) => tokens[k]?.text ?? '');
}

describe('reportSources', () => {
  it('takes an opening attribution up to its comma, an inserted one between commas, a closing one to the end', async () => {
    expect(await sourceWords('Как сообщает пресс-служба губернатора, завод откроется в мае.')).toEqual([
      'Как',
      'сообщает',
      'пресс-служба',
      'губернатора',
    ]);
    expect(await sourceWords('По данным таможни, экспорт вырос.')).toEqual(['По', 'данным', 'таможни']);
    expect(await sourceWords('Экспорт, как сообщили в министерстве, вырос.')).toEqual([
      'как',
      'сообщили',
      'в',
      'министерстве',
    ]);
    expect(await sourceWords('Экспорт вырос, сообщает пресс-служба министерства.')).toEqual([
      'сообщает',
      'пресс-служба',
      'министерства',
      '.',
    ]);
  });

  it('leaves a verb of reporting that is the clause’s own predicate alone', async () => {
    expect(await sourceWords('Омская область сообщила, что поставит в Беларусь зерно.')).toEqual([]);
    expect(await sourceWords('Министр рассказал о поставках, а губернатор сообщил, что завод откроется.')).toEqual([]);
  });
});
