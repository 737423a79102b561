/**
 * Token-level syntax: the source of a report («как сообщает X», «по данным X», «…, сообщает X»);
 * clauses interrupted by a describing phrase.
 */
import { describe, expect, it } from 'vitest';
import { clauseAt, clauseSpans, reportSources } from '../../src/extract/clauses.ts';
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

/** The words of the clause that holds the word `word`. */
async function clauseOf(text: string, word: string): Promise<string> {
  const morph = await loadMorphology(azDictionariesDir());
  const tokens = tokenize(text);
  const [a, b] = clauseAt(
    clauseSpans(tokens, morph),
    tokens.findIndex((t) => t.text === word),
  );
  return tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ');
}

describe('clauseSpans', () => {
  it('resumes a clause a participial or relative phrase interrupts, after «, и» or a verb', async () => {
    const text = 'Завод «Кедр», выпускающий станки, и фирма «Ясень» подписали договор.';
    expect(await clauseOf(text, 'подписали')).toBe(
      'Завод « Кедр » , выпускающий станки , и фирма « Ясень » подписали договор .',
    );
    expect(await clauseOf(text, 'станки')).toBe('выпускающий станки ,');
    expect(await clauseOf('Завод, который выпускает станки, подписал договор.', 'подписал')).toBe(
      'Завод , который выпускает станки , подписал договор .',
    );
  });

  it('a clause opened by «что» runs on past a comma (guard, passes either way)', async () => {
    expect(await clauseOf('Он сказал, что завод, крупнейший в области, подписал договор.', 'подписал')).toBe(
      'что завод , крупнейший в области , подписал договор .',
    );
  });
});
