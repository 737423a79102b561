/**
 * Just enough Russian declension to put generated names in the case a sentence
 * template asks for ("Калужская область" → "с Калужской областью"). Covers the
 * name shapes the corpus generator uses; `canInflect` tells which those are.
 */

export const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'] as const;
export type Case = (typeof CASES)[number];
type Endings = Record<Case, string>;

const HUSHING = /[гкхжшщч]$/u;
/** Masculine nouns in -ь among the words used (the rest in -ь are feminine, like "Беларусь"). */
const MASCULINE_SOFT = new Set(['Гомель', 'Ярославль', 'Кремль', 'председатель', 'руководитель', 'Игорь']);

/** Declines one noun (a place or a first name/surname) by its ending. */
function inflectNoun(word: string, c: Case, animate = false): string {
  if (c === 'nom') return word;
  const stem = word.slice(0, -1);
  if (word.endsWith('ия')) return stem + ({ gen: 'и', dat: 'и', acc: 'ю', ins: 'ей', pre: 'и' } as Endings)[c];
  if (word.endsWith('а') || word.endsWith('я')) {
    const soft = word.endsWith('я') || HUSHING.test(stem);
    const ends: Endings = {
      nom: '',
      gen: soft ? 'и' : 'ы',
      dat: 'е',
      acc: word.endsWith('я') ? 'ю' : 'у',
      ins: word.endsWith('я') || /[жшщчц]$/u.test(stem) ? 'ей' : 'ой',
      pre: word.endsWith('ия') ? 'и' : 'е',
    };
    return stem + ends[c];
  }
  if (word.endsWith('ь')) {
    if (MASCULINE_SOFT.has(word)) {
      return stem + ({ gen: 'я', dat: 'ю', acc: animate ? 'я' : 'ь', ins: 'ем', pre: 'е' } as Endings)[c];
    }
    return stem + ({ gen: 'и', dat: 'и', acc: 'ь', ins: 'ью', pre: 'и' } as Endings)[c];
  }
  if (word.endsWith('й')) {
    return stem + ({ gen: 'я', dat: 'ю', acc: animate ? 'я' : 'й', ins: 'ем', pre: 'е' } as Endings)[c];
  }
  if (/[бвгдзклмнпрстфхжшщц]$/u.test(word)) {
    const ins = /[жшщчц]$/u.test(word) ? 'ем' : 'ом';
    return word + ({ gen: 'а', dat: 'у', acc: animate ? 'а' : '', ins, pre: 'е' } as Endings)[c];
  }
  return word; // indeclinable (-о, -е, -и, -у, -ко)
}

/** Declines an adjective in its full form (-ая, -ий, -ый, -ой). */
function inflectAdjective(word: string, c: Case): string {
  if (c === 'nom') return word;
  const stem = word.slice(0, -2);
  if (word.endsWith('ая')) return stem + ({ gen: 'ой', dat: 'ой', acc: 'ую', ins: 'ой', pre: 'ой' } as Endings)[c];
  if (c === 'acc') return word; // inanimate masculine: accusative = nominative
  return (
    stem +
    ({ gen: 'ого', dat: 'ому', ins: word.endsWith('ий') ? 'им' : 'ым', pre: 'ом' } as Omit<Endings, 'nom' | 'acc'>)[c]
  );
}

const REGION_NOUNS: Record<string, Endings> = {
  область: { nom: 'область', gen: 'области', dat: 'области', acc: 'область', ins: 'областью', pre: 'области' },
  край: { nom: 'край', gen: 'края', dat: 'краю', acc: 'край', ins: 'краем', pre: 'крае' },
};

/** True when `inflectPlace` knows how to decline the name. */
export function canInflect(name: string): boolean {
  const words = name.split(' ');
  if (words.length === 1) return /^\p{Lu}\p{Ll}+$/u.test(name);
  if (words.length === 2 && words[1] && REGION_NOUNS[words[1]]) return /(ая|ий|ый|ой)$/u.test(words[0] ?? '');
  return words[0] === 'Республика' && words.length === 2;
}

/** Declines a place name: a one-word city or country, "<adj> область|край", "Республика X". */
export function inflectPlace(name: string, c: Case): string {
  const words = name.split(' ');
  const [first, second] = words;
  if (words.length === 1 || first === undefined || second === undefined) return inflectNoun(name, c);
  if (first === 'Республика') return `${inflectNoun(first, c)} ${second}`;
  const noun = REGION_NOUNS[second];
  return noun ? `${inflectAdjective(first, c)} ${noun[c]}` : name;
}

/** Declines "Имя Фамилия"; surnames in -ов/-ев/-ин decline as short adjectives, -ко not at all. */
export function inflectPerson(first: string, last: string, female: boolean, c: Case): string {
  if (c === 'nom') return `${first} ${last}`;
  let surname = last;
  if (female && /(ова|ева|ина)$/u.test(last)) {
    surname = last.slice(0, -1) + ({ gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', pre: 'ой' } as Endings)[c];
  } else if (female && last.endsWith('ская')) {
    surname = inflectAdjective(last, c);
  } else if (!female && /(ов|ев|ин)$/u.test(last)) {
    surname = last + ({ gen: 'а', dat: 'у', acc: 'а', ins: 'ым', pre: 'е' } as Endings)[c];
  } else if (!female && last.endsWith('ский')) {
    surname = last.slice(0, -2) + ({ gen: 'ого', dat: 'ому', acc: 'ого', ins: 'им', pre: 'ом' } as Endings)[c];
  } else if (!female && !last.endsWith('ко')) {
    surname = inflectNoun(last, c, true);
  }
  return `${inflectNoun(first, c, !female)} ${surname}`;
}

/** Declines a job title: leading adjectives and the head noun change, the genitive tail stays ("генеральным директором"). */
export function inflectRole(role: string, c: Case): string {
  const words = role.split(' ');
  const out: string[] = [];
  let declining = true;
  for (const [i, word] of words.entries()) {
    if (!declining) out.push(word);
    else if (i < words.length - 1 && /(ый|ий|ой)$/u.test(word)) out.push(inflectAdjective(word, c));
    else {
      out.push(inflectNoun(word, c, true));
      declining = false;
    }
  }
  return out.join(' ');
}
