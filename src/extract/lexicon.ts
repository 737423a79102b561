/**
 * Word lists the rules use, by lemma. Kept in one place so a new trigger or
 * organisation noun is one line, and tests can check them.
 */

/** Nouns after which a quoted or capitalised name is a company. */
export const ENTERPRISE_NOUNS = new Set([
  'компания',
  'предприятие',
  'завод',
  'холдинг',
  'концерн',
  'комбинат',
  'фабрика',
  'объединение',
  'корпорация',
  'группа',
  'производитель',
  'перевозчик',
  'агрохолдинг',
  'агрокомбинат',
  'автоконцерн',
  'автохолдинг',
  'птицефабрика',
  'фирма',
  'общество',
  'оао',
  'ооо',
  'зао',
  'ао',
  'ак',
  'пао',
  'одо',
  'уп',
  'руп',
  'чуп',
  'сооо',
  'иооо',
  'гк',
  'автозавод',
  'агрофирма',
  'хозяйство',
  'банк',
  'производство',
  'дистрибьютор',
  'поставщик',
  'торговый дом',
  'резидент',
  'автопроизводитель',
  'ритейлер',
  'сеть',
  'застройщик',
  'винодельня',
  'пивоварня',
  'верфь',
  'судоверфь',
  'мануфактура',
  'кооператив',
  'тоо',
  // Builders and traders named by what they do for others ("трест «Строитель»", "дилер «Агро»").
  'трест',
  'стройтрест',
  'подрядчик',
  'генподрядчик',
  'дилер',
  'экспортёр',
  'импортёр',
  // Descriptions of a company by its trade or size ("челябинский машиностроитель «X»", "молочный гигант «Y»").
  'машиностроитель',
  'гигант',
  'товарищество',
  'агропредприятие',
  // A carrier by sea or river ("Северо-Западное пароходство").
  'пароходство',
  // Mines run as companies ("рудник «Кумтор»", "шахта «Распадская»", "угольный разрез «Восточный»").
  'рудник',
  'шахта',
  'разрез',
  'прииск',
]);

/**
 * Possessives, demonstratives and quantifiers: they point at or count what their noun names
 * ("наша область", "этот завод", "каждый регион"); they name nothing themselves.
 */
export const DETERMINERS = new Set([
  'свой',
  'наш',
  'ваш',
  'мой',
  'её',
  'его',
  'их',
  'этот',
  'тот',
  'такой',
  'данный',
  'который',
  'весь',
  'каждый',
  'любой',
  'другой',
  'остальной',
  'прочий',
]);

/** Collective nouns of the people who act for a place or body ("руководство области"): they stand for it. */
export const REPRESENTATIVE_NOUNS = new Set(['руководство', 'представитель', 'власть']);

/**
 * Nouns of a group of people from a place ("аграрии Брянской области", "для жителей Гродно"):
 * guidelines send the group's relations to the place they are from.
 */
export const GROUP_NOUNS = new Set([
  'аграрий',
  'фермер',
  'производитель',
  'сельхозпроизводитель',
  'машиностроитель',
  'строитель',
  'потребитель',
  'покупатель',
  'житель',
  'предприниматель',
  'промышленник',
  'перевозчик',
  'хозяйство',
  'муниципалитет',
  'автопарк',
]);

/** Legal forms removed from company names. */
export const LEGAL_FORMS =
  /^(ОАО|ООО|ЗАО|АО|ПАО|ОДО|УП|РУП|ЧУП|СООО|ИООО|ТОО|ГК|ТД|товарищество с ограниченной ответственностью|открытое акционерное общество|закрытое акционерное общество|акционерное общество|общество с ограниченной ответственностью)\s+/iu;

/** Legal forms of non-commercial bodies: a quoted name after them is an organisation, not a company. */
export const NONPROFIT_FORMS = new Set([
  'АНО',
  'НКО',
  'ОО',
  'РОО',
  'ОЮЛ',
  'НП',
  'ГУ',
  'ГУО',
  'ГБУ',
  'ГАУ',
  'ГКУ',
  'МБУ',
  'МКУ',
  'ФГУ',
  'ФГБУ',
  'ФГБОУ',
  'ФГАОУ',
  'УО',
]);

/** Heads of capitalised company names written without quotes ("Белорусская цементная компания"). */
export const ENTERPRISE_HEADS = new Set([
  'завод',
  'компания',
  'комбинат',
  'холдинг',
  'концерн',
  'фабрика',
  'автозавод',
  'пароходство',
  'метрополитен',
  'порт',
]);

/**
 * Heads of institutions named like plants, by a capitalised adjective and more adjectives
 * ("Томский политехнический университет", "Арбитражный суд Омской области"): organisations.
 */
export const INSTITUTION_HEADS = new Set([
  'университет',
  'институт',
  'академия',
  'суд',
  'колледж',
  'техникум',
  'больница',
  'госпиталь',
]);

/** Nouns after which a quoted name is an organisation (not a company). */
export const ORGANIZATION_NOUNS = new Set([
  'ассоциация',
  'союз',
  'университет',
  'институт',
  'академия',
  'фонд',
  'агентство',
  'палата',
  'музей',
  'центр',
]);

/**
 * Heads of public bodies named by genitive dependents when capitalised ("Законодательное собрание
 * Омской области", "Ассоциация производителей …", "Совет депутатов …").
 */
export const ORGANIZATION_HEADS = new Set([
  'администрация',
  'кабинет',
  'ассоциация',
  'союз',
  'собрание',
  'совет',
  'дума',
  'аппарат',
  'корпорация',
  'агентство',
  'банк',
  'фонд',
  'комитет',
  'палата',
  'департамент',
  'комиссия',
  'управление',
  'служба',
  // Research and teaching bodies named by their field and seat ("Институт физики НАН Беларуси").
  'университет',
  'институт',
  'академия',
]);

/** Generic place nouns that refer back to a named place ("министерство … региона"). */
export const GENERIC_PLACE_NOUNS = new Set(['регион', 'область', 'край', 'республика', 'страна']);

/** Facilities that someone builds or opens, besides the project heads of the lexicon. */
export const FACILITY_NOUNS = new Set([
  'школа',
  'сад',
  'детсад',
  'больница',
  'поликлиника',
  'спорткомплекс',
  'физкультурно-оздоровительный',
  'стадион',
  'бассейн',
  'сооружение',
  'ферма',
  'дом',
  'цех',
  'фабрика',
  'комбинат',
  'производство',
  'склад',
  'элеватор',
  'мост',
  'электростанция',
  'гостиница',
  'интернат',
  'лицей',
  'мастерская',
  'лаборатория',
  'теплица',
  'станция',
  'депо',
  'хранилище',
  'газопровод',
  'трубопровод',
  'полигон',
  'питомник',
  'арена',
  'дворец',
  'музей',
  'театр',
  'библиотека',
  'вокзал',
  'аэропорт',
  'порт',
  'отель',
  'санаторий',
  'курорт',
  'аквапарк',
  'котельная',
  'подстанция',
  'магазин',
]);

/** Heads of routes: a project named by its ends, never placed at one place ("рейс Минск — Казань"). */
export const ROUTE_HEADS: ReadonlySet<string> = new Set([
  'авиарейс',
  'рейс',
  'маршрут',
  'авиасообщение',
  'сообщение',
  'коридор',
  'поезд',
]);

/** Heads of noun phrases that name concrete joint undertakings (Projects). */
export const PROJECT_HEADS = new Set([
  ...ROUTE_HEADS,
  'центр',
  'комплекс',
  'парк',
  'технопарк',
  'индустриальный',
  'проект',
  'инвестпроект',
  'программа',
  'площадка',
  'линия',
  'предприятие',
  'завод',
  'сборка',
  'строительство',
  'терминал',
  'хаб',
  'кластер',
  // "особая экономическая зона «Липецк»": a zone with a name is a delimited undertaking.
  'зона',
]);

/** Project heads that need a qualifier to be a project ("совместное предприятие", "строительство завода"). */
export const QUALIFIED_PROJECT_HEADS = new Set(['предприятие', 'завод', 'сборка', 'строительство', 'холдинг']);

/** Words that make those heads a project. */
export const PROJECT_QUALIFIERS = new Set([
  'совместный',
  'собственный',
  'новый',
  'сборочный',
  'строительство',
  'построить',
  'строить',
  'расширение',
  'локализация',
  'создание',
  'открытие',
]);

/** Words after "программа"/"план" that make it a document of cooperation, not a project. */
export const DOCUMENT_TAILS = new Set(['сотрудничество', 'развитие', 'мероприятие', 'действие', 'соглашение']);

/** Nouns of a deal: they name no goods themselves ("заказ на 200 цистерн"), and «на поставку» names its matter. */
export const DEAL_NOUNS: ReadonlySet<string> = new Set(['контракт', 'договор', 'соглашение', 'заказ']);

/** Documents that parties sign or adopt, named «между X и Y» ("соглашение", "дорожная карта"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'соглашение',
  'программа',
  'план',
  'меморандум',
  'договор',
  'контракт',
  'протокол',
  'карта',
]);

/** Titles of people who head something. */
export const HEAD_TITLES = new Set([
  'губернатор',
  'президент',
  'премьер-министр',
  'премьер',
  'глава',
  'раис',
  // Heads of regions and districts in Kazakhstan, Uzbekistan and Turkmenistan.
  'аким',
  'хоким',
  'хяким',
  'мэр',
  'градоначальник',
  'председатель',
  'министр',
  'директор',
  'гендиректор',
  'руководитель',
  'начальник',
  'ректор',
  'генеральный',
  'лидер',
  'управляющий',
  'врио',
]);

/** Titles or words that make a person not the head ("заместитель губернатора", "посол"). */
export const NON_HEAD_TITLES = new Set([
  'заместитель',
  'зам',
  'замминистра',
  'зампред',
  'замглавы',
  'вице-премьер',
  'вице-губернатор',
  'вице-президент',
  'посол',
  'депутат',
  'советник',
  'помощник',
  'представитель',
  'консул',
  'полпред',
  'сенатор',
  'первый',
]);

/** All title nouns (heads and others): a title before a name is not part of it. */
export const PERSON_TITLES = new Set([...HEAD_TITLES, ...NON_HEAD_TITLES, 'делегация', 'коллега', 'гость']);

/**
 * Abbreviations of kinds of facility ("ТЭЦ", "ГОК", "ЖК «Солнечный»"): built or opened, or
 * before a quoted name, they head a project, never a company's name.
 */
export const FACILITY_ABBREVIATIONS = new Set([
  'ТЭЦ',
  'ГЭС',
  'АЭС',
  'ГРЭС',
  'НПЗ',
  'ГОК',
  'ТРЦ',
  'ТЦ',
  'ФОК',
  'ЖК',
  'МФЦ',
  'ОЭЗ',
  'СЭЗ',
  'ТОР',
  'ТОСЭР',
]);

/** Capitalised abbreviations that are not companies. */
export const NON_ENTERPRISE_ABBREVIATIONS = new Set([
  'СНГ',
  'ЕАЭС',
  'ЖКХ',
  'ВИА',
  'ВВП',
  'НДС',
  'АПК',
  'ИТ',
  'IT',
  'СМИ',
  'ТАСС',
  'РИА',
  'БЕЛТА',
  'БелТА',
  'ИНТЕРФАКС',
  'ОДКБ',
  'ШОС',
  'БРИКС',
  'ООН',
  'ЕС',
  'СССР',
  'МТК',
  'ТЭК',
  'ВТО',
  'ОАО',
  'ООО',
  'ЗАО',
  'АО',
  'ПАО',
  'ИП',
  'ЧП',
  'ТВ',
  'МВД',
  'МЧС',
  'МИД',
  'ФСБ',
  'ГЭС',
  'АЭС',
  'ТЭЦ',
  'ДТП',
  'ЧМ',
  'ЧЕ',
  'ВОВ',
  'ПМЭФ',
  'ВЭФ',
  'НИА',
  'ЦА',
  'УФСИН',
]);

/** What parties enter to take part in an undertaking ("войти в капитал / в число учредителей"). */
export const CAPITAL_NOUNS = new Set(['капитал', 'число', 'состав']);

/** Roles in an undertaking: who holds one takes part in it ("Оператором терминала станет X"). */
export const PROJECT_ROLES = new Set([
  'оператор',
  'инвестор',
  'подрядчик',
  'генподрядчик',
  'заказчик',
  'застройщик',
  'партнёр',
  'партнер',
  'участник',
  'резидент',
  'учредитель',
  'соучредитель',
  'акционер',
]);

/** Phrases that introduce examples of the class named before them ("компаний, в том числе «А»"), as words. */
export const EXAMPLE_PHRASES: readonly (readonly string[])[] = [
  ['в', 'том', 'числе'],
  ['включая'],
  ['в', 'частности'],
  ['например'],
  ['среди', 'них'],
];

/** The grammatical gender of each third-person subject pronoun, which its antecedent agrees with. */
export const PRONOUN_GENDER: ReadonlyMap<string, string> = new Map([
  ['он', 'masc'],
  ['она', 'femn'],
  ['оно', 'neut'],
]);

/** Prepositions of where something is or happens («в Гродно», «на заводе»). */
export const LOCATIVE_PREPS: ReadonlySet<string> = new Set(['в', 'во', 'на']);

/** The cases a preposition governs: a name right after it is in one of them ("с Ли Мином" is instrumental). */
export const PREPOSITION_CASES: Readonly<Record<string, readonly string[]>> = {
  с: ['ablt'],
  со: ['ablt'],
  у: ['gent'],
  от: ['gent'],
  до: ['gent'],
  для: ['gent'],
  без: ['gent'],
  из: ['gent'],
  около: ['gent'],
  к: ['datv'],
  ко: ['datv'],
  по: ['datv'],
  о: ['loct'],
  об: ['loct'],
  при: ['loct'],
  в: ['accs', 'loct'],
  на: ['accs', 'loct'],
  за: ['ablt', 'accs'],
  под: ['ablt', 'accs'],
  над: ['ablt'],
  перед: ['ablt'],
  между: ['ablt'],
  через: ['accs'],
  про: ['accs'],
};

/** Copulas that link a role to its holder ("станет", "выступит", "является"): "Оператором станет X". */
export const COPULAS: ReadonlySet<string> = new Set([
  'стать',
  'становиться',
  'выступить',
  'выступать',
  'являться',
  'быть',
  'оставаться',
  'остаться',
]);

/** Verbs and nouns that attribute speech ("отметил", "заявил", "приводит слова", "по словам"). */
export const SPEECH = new Set([
  'сказать',
  'говорить',
  'отметить',
  'отмечать',
  'подчеркнуть',
  'подчёркивать',
  'подчеркивать',
  'заявить',
  'заявлять',
  'добавить',
  'добавлять',
  'констатировать',
  'подытожить',
  'резюмировать',
  'сообщить',
  'сообщать',
  'пояснить',
  'пояснять',
  'рассказать',
  'рассказывать',
  'уточнить',
  'считать',
  'цитировать',
  'процитировать',
  'привести',
  'приводить',
  'заметить',
  'напомнить',
  'поделиться',
  'акцентировать',
  'указать',
  'ответить',
  'слово',
]);

/** A region's or town's executive ("администрация Краснодарского края", "мэрия Казани"). */
export const LOCAL_EXECUTIVES = new Set(['администрация', 'мэрия']);
/** Executive committees of Belarusian oblasts, towns and districts. */
export const EXECUTIVE_HEADS = new Set(['облисполком', 'горисполком', 'райисполком']);
/** Heads of public bodies found with any capitalisation ("министерство промышленности Беларуси"). */
export const STATE_BODY_HEADS = new Set([
  'министерство',
  'правительство',
  ...LOCAL_EXECUTIVES,
  // Regional executive bodies of Kazakhstan and Uzbekistan.
  'акимат',
  'хокимият',
  'посольство',
  'консульство',
  'генконсульство',
  'торгпредство',
  'представительство',
]);

/** Word starts of events (a forum, an exhibition, a sitting, «Дни …»): a gathering, not a party or a maker. */
export const EVENT_NOUNS = /^(форум|выставк|конференци|заседани|съезд|саммит|фестивал|ярмарк|дн(и|ей|ях|ям)$)/u;

/** Verbs of visitors seeing a site ("посетили Брестскую область, где осмотрели завод «X»"). */
export const GUEST_VERBS = new Set([
  'посетить',
  'посещать',
  'осмотреть',
  'осматривать',
  'ознакомиться',
  'знакомиться',
  'побывать',
]);
