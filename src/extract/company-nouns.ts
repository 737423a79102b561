/**
 * Definite descriptions of companies. News names a company once and then
 * refers to it by a common noun, often with the adjective of its place
 * ("Предприятие поставляет…", "Белорусский завод выпускает…", "в пресс-службе
 * белорусского холдинга"). Such a noun refers back to a company named in the
 * last three sentences; its place adjective both selects which company (one
 * known to be elsewhere cannot be meant) and says where that company is, so it
 * gives LOCATED_IN and is no longer a party by itself. Pure: returns a new analysis.
 */

import { clauseAt, clauseSpans, inParentheses } from './clauses.ts';
import { foldWord, gazetteerCountryOf, gazetteerPlaceChain, namesHaveWord, PLACE_TYPES } from './gazetteer.ts';
import { HEAD_TITLES, REPRESENTATIVE_NOUNS } from './lexicon.ts';
import { isCompoundCompanyForm, PREPOSITIONS } from './scanner.ts';
import { companyOrigin } from './sentence-view.ts';
import { tokenize } from './tokens.ts';
import type { ArticleAnalysis, EntityDraft, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

/** Company nouns that, used bare, refer back to a company named before. */
export const COMPANY_NOUNS = new Set([
  'предприятие',
  'завод',
  'компания',
  'холдинг',
  'концерн',
  'комбинат',
  'фабрика',
  'автозавод',
  'производитель',
  'корпорация',
  // Kinds of company by trade, as generic as «производитель» ("нижегородский автопроизводитель").
  'автопроизводитель',
  'автоконцерн',
  'агрохолдинг',
]);
/** Words before a company noun that introduce a new company, not the known one. */
export const NEW_REFERENT = new Set([
  'совместный',
  'новый',
  'собственный',
  'другой',
  'иной',
  'один',
  'каждый',
  'любой',
  'такой',
  'весь',
  'некоторый',
  // "на базе местного предприятия": a company of the place just named, not one named before.
  'местный',
  'строительство',
  'создание',
  'открытие',
  'сборочный',
]);
/** Company nouns that name a kind of plant or group, unlike the generic «компания», «предприятие». */
const KIND_NOUNS = new Set(['завод', 'комбинат', 'фабрика', 'холдинг', 'концерн', 'автозавод']);

/** The company was introduced with `noun` («холдинг «Альфа»») or its name has it ("Тульский завод …"). */
function introducedAs(e: EntityDraft, noun: string): boolean {
  return e.kinds?.has(noun) === true || namesHaveWord([e.name, ...e.aliases], noun);
}

/**
 * "завод в Самарканде, принадлежащий компании «X»", "принадлежащий холдингу «X» завод",
 * "«X» владеет заводом в Костанае": the company a participle of belonging or the subject of
 * «владеть» names as the owner of the company noun at `at`; that noun is then the owner's site.
 */
function siteOwner(
  tokens: readonly { text: string }[],
  list: readonly MentionRef[],
  at: number,
  res: ExtractionResources,
): MentionRef | undefined {
  const has = (k: number, lemma: string) => res.morph.lemmas(tokens[k]?.text ?? '').includes(lemma);
  // az gives the participle its own lemma.
  const belongs = (k: number) => has(k, 'принадлежать') || has(k, 'принадлежащий');
  const company = (m: MentionRef) =>
    (m.entity.type === 'Enterprise' || m.entity.type === 'Organization') && m.kind === 'name';
  // Past the site's own place ("заводе в Самарканде") and a comma: the participle, then its dative owner.
  const place = list.find((m) => m.first === at + 2 && PLACE_TYPES.has(m.entity.type) && m.prep !== undefined);
  const after = place ? place.end : at + 1;
  if (tokens[after]?.text === ',' && belongs(after + 1))
    return list.find((m) => company(m) && m.first > after + 1 && m.first <= after + 4);
  // Before it: the participle and its owner (a company noun before the name), then the noun
  // ("принадлежащий холдингу «X» завод").
  let k = at - 1;
  while (k >= 0 && res.morph.parse(tokens[k]?.text ?? '')[0]?.pos === 'ADJF' && !belongs(k)) k--;
  const owner = list.find((m) => company(m) && m.end === k + 1);
  if (owner && [1, 2, 3].some((d) => belongs(owner.first - d))) return owner;
  // "«X» владеет заводом": the subject right before the verb.
  return has(k, 'владеть') ? list.find((m) => company(m) && m.end === k) : undefined;
}

/** How far back (in sentences) a description may reach for its company. */
const WINDOW = 3;

/** The preposition governing the noun at `at`, skipping its adjectives ("в этот белорусский завод"). */
export function prepositionBefore(
  tokens: readonly { text: string }[],
  at: number,
  res: ExtractionResources,
): string | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const w = tokens[k]?.text.toLowerCase() ?? '';
    if (PREPOSITIONS.has(w)) return w;
    const pos = res.morph.parse(tokens[k]?.text ?? '')[0]?.pos;
    if (pos !== 'ADJF' && pos !== 'PRTF' && pos !== 'NPRO') return undefined;
  }
  return undefined;
}

/**
 * The preposition governing the company noun at `at`, also across a noun of those who act for it
 * ("обсудил с руководством завода", "для представителей предприятия"): they stand for the company.
 */
function representedPreposition(
  tokens: readonly { text: string }[],
  at: number,
  res: ExtractionResources,
): string | undefined {
  const representative = res.morph.lemmas(tokens[at - 1]?.text ?? '').some((l) => REPRESENTATIVE_NOUNS.has(l));
  return prepositionBefore(tokens, representative ? at - 1 : at, res);
}

/**
 * Reference ids of the places a company is known to be in: its reference entry, a LOCATED_IN
 * the article already states, or a place adjective that opens its own name ("Гродненский
 * стекольный завод").
 */
function knownPlaces(e: EntityDraft, found: readonly FoundRelation[], res: ExtractionResources): Set<string> {
  const ids = new Set<string>(gazetteerPlaceChain(res.gazetteer, e.ref?.locatedIn));
  for (const r of found)
    if (r.type === 'LOCATED_IN' && r.source === e && r.target.ref)
      for (const id of gazetteerPlaceChain(res.gazetteer, r.target.ref.id)) ids.add(id);
  const opening = res.gazetteer.match(tokenize(e.name), 0);
  if (opening?.kind === 'adjective' && PLACE_TYPES.has(opening.entry.type))
    for (const id of gazetteerPlaceChain(res.gazetteer, opening.entry.id)) ids.add(id);
  return ids;
}

/** 2: known to be in `place`; 1: nothing says otherwise; 0: known to be in another country. */
function placeFit(
  e: EntityDraft,
  place: EntityDraft,
  found: readonly FoundRelation[],
  res: ExtractionResources,
): number {
  const at = knownPlaces(e, found, res);
  const id = place.ref?.id;
  if (!id || at.size === 0) return 1;
  if (at.has(id)) return 2;
  const mine = [...at].find((x) => res.gazetteer.byId(x)?.type === 'Country');
  const theirs = gazetteerCountryOf(res.gazetteer, id);
  return mine && theirs && mine !== theirs ? 0 : 1;
}

/**
 * "ТОО «Дала» из Костаная": a company's name followed by «из» and a place says where it is from,
 * before the relations are read, so that a later "казахстанского предприятия" can tell it apart.
 */
function namedOrigins(a: ArticleAnalysis): FoundRelation[] {
  const out: FoundRelation[] = [];
  a.mentions.forEach((list, sentence) => {
    const view = { mentions: list, tokens: a.sentences[sentence]?.tokens ?? [] };
    for (const from of list) {
      if (from.kind !== 'name' || !PLACE_TYPES.has(from.entity.type) || !companyOrigin(from, view)) continue;
      const company = list.filter((o) => o.end <= from.first && o.kind === 'name').at(-1);
      if (company?.entity.type === 'Enterprise')
        out.push({ type: 'LOCATED_IN', source: company.entity, target: from.entity, sentence, confidence: 0.8 });
    }
  });
  return out;
}

/** A place adjective that modifies the noun at `at`, perhaps across other adjectives ("белорусский машиностроительный холдинг"). */
function placeAdjective(
  list: readonly MentionRef[],
  tokens: readonly { text: string }[],
  at: number,
  res: ExtractionResources,
): MentionRef | undefined {
  const adj = list.findLast(
    (m) => m.kind === 'adjective' && PLACE_TYPES.has(m.entity.type) && m.end <= at && !m.titleOf,
  );
  if (!adj || at - adj.end > 2) return undefined;
  for (let k = adj.end; k < at; k++) if (res.morph.parse(tokens[k]?.text ?? '')[0]?.pos !== 'ADJF') return undefined;
  return adj;
}

/**
 * Bare singular company nouns as mentions of a company named in the last three sentences: the
 * most recent one, or with a place adjective the most recent one that fits the place (a company
 * known to be there before one whose place is unknown), or else the only company named earlier
 * in the article that is known to be there.
 */
export function resolveCompanyNouns(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const named: { entity: EntityDraft; sentence: number }[] = [];
  // The companies in the order last referred to: by name, or by a noun resolved to them here
  // ("директора казахстанского предприятия … Компания уже выпускает …" is that company again).
  const remember = (entity: EntityDraft, index: number) => {
    const k = named.findIndex((x) => x.entity === entity);
    if (k >= 0) named.splice(k, 1);
    named.push({ entity, sentence: index });
  };
  // A company referred to by a description an earlier pass resolved ("генеральный директор завода")
  // is referred to again as much as by its name.
  const note = (m: MentionRef, index: number) => {
    if (m.entity.type === 'Enterprise' && (m.kind === 'name' || m.kind === 'generic')) remember(m.entity, index);
  };
  const found: FoundRelation[] = [...a.found];
  const origins = namedOrigins(a);
  const fitsPlace = (e: EntityDraft, place: EntityDraft) => placeFit(e, place, [...found, ...origins], res);
  const mentions = a.mentions.map((list, index) => {
    const sentence = a.sentences[index];
    if (!sentence) return list;
    let out = [...list];
    const clauses = clauseSpans(sentence.tokens, res.morph);
    // "ОАО «X» (входит в холдинг «Y»)": a company named in an aside is no antecedent of a later noun.
    const aside = inParentheses(sentence.tokens);
    sentence.tokens.forEach((t, at) => {
      for (const m of list) if (m.end === at && !aside.has(m.first)) note(m, index);
      if (t.kind !== 'word' || (/^\p{Lu}/u.test(t.text) && at > 0)) return;
      // A compound ("мясокомбинат", "льнокомбинат") is a kind of company: only one so named may be meant.
      const readings = res.morph.parse(t.text);
      const compound = readings.find((p) => p.pos === 'NOUN' && isCompoundCompanyForm(p.lemma));
      const parses = readings.filter((p) => COMPANY_NOUNS.has(p.lemma) || p.lemma === compound?.lemma);
      if (!parses.some((p) => p.number === 'sing') || list.some((m) => m.first <= at && at < m.end)) return;
      // "предприятия", "компании" may be plural: only a singular adjective before them settles it.
      const before = res.morph.parse(sentence.tokens[at - 1]?.text ?? '')[0];
      const singularAdj = before?.pos === 'ADJF' && before.number === 'sing';
      // "продукция предприятия": after a common noun it is that noun's genitive, a singular.
      const prevWord = sentence.tokens[at - 1]?.text ?? '';
      const common = prevWord === prevWord.toLowerCase() || at === 1;
      const ofNoun = before?.pos === 'NOUN' && common && !PREPOSITIONS.has(prevWord.toLowerCase());
      if (parses.some((p) => p.number === 'plur') && !singularAdj && !ofNoun) return;
      const next = sentence.tokens[at + 1];
      // A capital after the noun starts the company's own name, unless it is the name of a person
      // whose title the noun ends ("директор узбекской компании Шухрат Алимов").
      const personNext = list.some((m) => m.first === at + 1 && m.entity.type === 'Person');
      if (
        next &&
        (/^[«"“„]$/u.test(next.text) || (/^\p{Lu}/u.test(next.text) && !personNext) || next.text.toLowerCase() === 'по')
      )
        return;
      // "завод компании «Вьетнам Агро»": the plant of the company named right after it, no earlier one.
      const after = sentence.tokens[at + 2]?.text ?? '';
      if (
        next &&
        res.morph.parse(next.text).some((p) => p.case === 'gent' && COMPANY_NOUNS.has(p.lemma)) &&
        (/^[«"“„]$/u.test(after) || /^\p{Lu}/u.test(after))
      )
        return;
      const owner = siteOwner(sentence.tokens, list, at, res);
      if (owner) {
        out.push({
          ...owner,
          first: at,
          end: at + 1,
          kind: 'generic',
          prep: representedPreposition(sentence.tokens, at, res),
        });
        return;
      }
      const prev = sentence.tokens[at - 1];
      if (prev && res.morph.lemmas(prev.text).some((l) => NEW_REFERENT.has(l))) return;
      // "Завод «Кедр» наладил кооперацию с соседним предприятием": a noun phrase names another
      // company than one already named in its own clause.
      const [clauseStart] = clauseAt(clauses, at);
      const inClause = new Set(list.filter((m) => m.first >= clauseStart && m.end <= at).map((m) => m.entity));
      const candidates = named
        .filter((x) => index - x.sentence <= WINDOW && !inClause.has(x.entity))
        .filter(
          (x) => !compound || COMPANY_NOUNS.has(compound.lemma) || foldWord(x.entity.name).includes(compound.lemma),
        )
        .reverse();
      const adj = placeAdjective(list, sentence.tokens, at, res);
      // "посетил завод в Гомеле": a place right after the noun selects the company as its adjective would.
      const seat = adj
        ? undefined
        : list.find(
            (m) =>
              m.kind === 'name' &&
              PLACE_TYPES.has(m.entity.type) &&
              ['в', 'во'].includes(m.prep ?? '') &&
              m.first === at + 2,
          );
      const place = adj ?? seat;
      // "Холдинг «Альфа» … ООО «Бета» … Холдинг ведёт переговоры": the company the article introduced
      // with this noun, or whose name has it, however far back, before the company named last.
      const noun = parses[0]?.lemma ?? '';
      // A generic noun («компания», «предприятие») fits every company, so being introduced with it singles none out.
      const sameKind = KIND_NOUNS.has(noun)
        ? named.filter((x) => !inClause.has(x.entity) && introducedAs(x.entity, noun)).at(-1)?.entity
        : undefined;
      // "провёл переговоры с руководством комбината": a noun of a kind of plant refers to no company
      // known as another kind ("Костанайский тракторный завод" is no «комбинат»).
      const otherKind = (e: EntityDraft) =>
        KIND_NOUNS.has(noun) && [...KIND_NOUNS].some((k) => k !== noun && introducedAs(e, k)) && !introducedAs(e, noun);
      const fallback = candidates.find((x) => !otherKind(x.entity))?.entity;
      let pick = place ? candidates[0]?.entity : (sameKind ?? fallback);
      if (place) {
        const scored = candidates.map((x) => ({ e: x.entity, score: fitsPlace(x.entity, place.entity) }));
        const best = Math.max(0, ...scored.map((x) => x.score));
        pick = best > 0 ? scored.find((x) => x.score === best)?.e : undefined;
        // Further back, the place still picks a company: the one company of the article known to be there.
        const there = named.filter((x) => fitsPlace(x.entity, place.entity) === 2);
        if (there.length === 1 && (!pick || best < 2)) pick = there[0]?.entity;
        if (seat && !pick) pick = candidates[0]?.entity;
      }
      if (!pick) return;
      if (adj) {
        // The adjective now says where the company is; it no longer stands for its place as a party.
        out = out.filter((m) => m !== adj);
        found.push({ type: 'LOCATED_IN', source: pick, target: adj.entity, sentence: index, confidence: 0.8 });
      }
      // "директор оршанского предприятия Сергей Ковалёв": the head title before the description
      // heads the company it turned out to be (a deputy's own title is no head title), which is
      // then no party of the sentence by itself.
      // "председатель правления казахстанского предприятия": back over the genitive of a board.
      const holder = personNext ? list.find((m) => m.first === at + 1)?.entity : undefined;
      let titleAt = (adj ? adj.first : at) - 1;
      const genitiveNoun = (k: number) =>
        /^\p{Ll}+$/u.test(sentence.tokens[k]?.text ?? '') &&
        res.morph.parse(sentence.tokens[k]?.text ?? '').some((p) => p.pos === 'NOUN' && p.case === 'gent');
      for (let steps = 0; steps < 2 && holder?.title && genitiveNoun(titleAt); steps++) {
        if (res.morph.lemmas(sentence.tokens[titleAt]?.text ?? '').includes(holder.title)) break;
        titleAt--;
      }
      const titled = res.morph.lemmas(sentence.tokens[titleAt]?.text ?? '');
      const heads =
        holder?.title !== undefined && !holder.headOf && HEAD_TITLES.has(holder.title) && titled.includes(holder.title);
      out.push({
        entity: pick,
        sentence: index,
        first: adj ? adj.first : at,
        end: at + 1,
        kind: 'generic',
        prep: representedPreposition(sentence.tokens, adj ? adj.first : at, res),
        ...(heads ? { titleOf: holder } : {}),
      });
      if (heads && holder) {
        holder.headOf = pick;
        const role = holder.role ?? holder.title ?? '';
        found.push({
          type: 'HEADS',
          source: holder,
          target: pick,
          sentence: index,
          confidence: 0.8,
          attributes: { role },
        });
      }
      // Only a pick the noun's own description made: a guess by recency alone says nothing new.
      if (place || pick === sameKind) remember(pick, index);
    });
    for (const m of list) if (m.end >= sentence.tokens.length) note(m, index);
    return out.sort((x, y) => x.first - y.first);
  });
  return { ...a, mentions, found };
}
