/**
 * Word lists for the synthetic corpus. Places and enterprises normally come
 * from graph-data/reference; the short fallback lists here keep the generator
 * working before (or without) that data. People are invented on purpose.
 */

export interface Place {
  id: string;
  name: string;
  /** True for places on the Belarusian side, so articles pair the two sides. */
  belarus: boolean;
}

export const FALLBACK_COUNTRIES: readonly Place[] = [
  { id: 'country:belarus', name: 'Беларусь', belarus: true },
  { id: 'country:russia', name: 'Россия', belarus: false },
];

export const FALLBACK_REGIONS: readonly Place[] = [
  { id: 'region:kaluga-oblast', name: 'Калужская область', belarus: false },
  { id: 'region:bryansk-oblast', name: 'Брянская область', belarus: false },
  { id: 'region:smolensk-oblast', name: 'Смоленская область', belarus: false },
  { id: 'region:krasnodar-krai', name: 'Краснодарский край', belarus: false },
  { id: 'region:tatarstan', name: 'Республика Татарстан', belarus: false },
  { id: 'region:tver-oblast', name: 'Тверская область', belarus: false },
  { id: 'region:gomel-oblast', name: 'Гомельская область', belarus: true },
  { id: 'region:minsk-oblast', name: 'Минская область', belarus: true },
  { id: 'region:vitebsk-oblast', name: 'Витебская область', belarus: true },
  { id: 'region:brest-oblast', name: 'Брестская область', belarus: true },
];

export const FALLBACK_CITIES: readonly Place[] = [
  { id: 'city:minsk', name: 'Минск', belarus: true },
  { id: 'city:gomel', name: 'Гомель', belarus: true },
  { id: 'city:brest', name: 'Брест', belarus: true },
  { id: 'city:vitebsk', name: 'Витебск', belarus: true },
  { id: 'city:kaluga', name: 'Калуга', belarus: false },
  { id: 'city:bryansk', name: 'Брянск', belarus: false },
  { id: 'city:smolensk', name: 'Смоленск', belarus: false },
  { id: 'city:kazan', name: 'Казань', belarus: false },
];

export const FALLBACK_ENTERPRISES: readonly Place[] = [
  { id: 'enterprise:maz', name: 'МАЗ', belarus: true },
  { id: 'enterprise:belaz', name: 'БелАЗ', belarus: true },
  { id: 'enterprise:mtz', name: 'МТЗ', belarus: true },
  { id: 'enterprise:gomselmash', name: 'Гомсельмаш', belarus: true },
  { id: 'enterprise:amkodor', name: 'Амкодор', belarus: true },
  { id: 'enterprise:kamaz', name: 'КАМАЗ', belarus: false },
  { id: 'enterprise:sinara', name: 'Синара', belarus: false },
  { id: 'enterprise:merkator', name: 'Меркатор', belarus: false },
];

/** Invented first names (male) and surnames; no real person is meant. */
export const MALE_FIRST = ['Андрей', 'Сергей', 'Игорь', 'Павел', 'Олег', 'Виктор', 'Денис', 'Алексей', 'Роман', 'Глеб'];
export const FEMALE_FIRST = ['Анна', 'Ирина', 'Елена', 'Марина', 'Ольга', 'Наталья', 'Татьяна', 'Светлана'];
export const SURNAMES = [
  'Карпов',
  'Лазарев',
  'Соколов',
  'Жуков',
  'Рябинин',
  'Гончаров',
  'Ветров',
  'Осипов',
  'Мельников',
  'Зуев',
  'Тарасов',
  'Беляев',
  'Шилин',
  'Громов',
  'Кудрин',
];

/** Job titles: the head noun declines, the tail (a genitive phrase) is added after it. */
export const OFFICIAL_ROLES = [
  'губернатор',
  'глава',
  'вице-губернатор',
  'председатель правительства',
  'министр экономики',
];
export const ENTERPRISE_ROLES = ['генеральный директор', 'директор', 'председатель правления'];

/** Products as [genitive plural, nominative] so "поставки тракторов" and numerals read right. */
export const PRODUCTS: readonly (readonly [string, string])[] = [
  ['тракторов', 'тракторы'],
  ['комбайнов', 'комбайны'],
  ['самосвалов', 'самосвалы'],
  ['автобусов', 'автобусы'],
  ['лифтов', 'лифты'],
  ['грузовиков', 'грузовики'],
  ['локомотивов', 'локомотивы'],
  ['шин', 'шины'],
  ['станков', 'станки'],
  ['холодильников', 'холодильники'],
  ['троллейбусов', 'троллейбусы'],
  ['двигателей', 'двигатели'],
];

/** Sectors in the genitive ("в сфере сельского хозяйства"). */
export const SECTORS = [
  'сельского хозяйства',
  'машиностроения',
  'строительства',
  'образования',
  'здравоохранения',
  'туризма',
  'энергетики',
  'логистики',
  'промышленной кооперации',
  'информационных технологий',
];

/** Joint undertakings, as the nominative name of a project. */
export const PROJECTS = [
  'строительство логистического центра',
  'сборочное производство тракторов',
  'центр сервисного обслуживания техники',
  'программа обновления автобусного парка',
  'строительство молочно-товарного комплекса',
  'совместное предприятие по выпуску лифтов',
  'технопарк промышленной кооперации',
  'прямое авиасообщение',
];

export const SOURCES = ['Синтетическое агентство', 'Тестовые новости', 'Пример-ТВ', 'Условный вестник'];
export const MONTHS_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
