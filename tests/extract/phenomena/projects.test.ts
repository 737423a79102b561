/**
 * Projects as an open class of facility noun phrases, and their relations from
 * argument roles. Every sentence here is invented; each test names the
 * linguistic phenomenon it checks.
 */
import { describe, expect, it } from 'vitest';
import { attributesOf, names, rels, run } from './helpers.ts';

describe('projects: facilities built, opened or launched', () => {
  it('a building verb makes its object a project, placed by its "в + place" and built by its subject', async () => {
    const r = await run('Компания «Гранит» построит в Гродно завод по сборке лифтов.');
    expect(names(r, 'Project')).toEqual(['завод по сборке лифтов']);
    expect(rels(r)).toContain('LOCATED_IN завод по сборке лифтов -> Гродно');
    expect(rels(r)).toContain('PARTICIPATES_IN Гранит -> завод по сборке лифтов');
    // The place is the location, not a participant.
    expect(rels(r, 'PARTICIPATES_IN')).not.toContain('PARTICIPATES_IN Гродно -> завод по сборке лифтов');
  });

  it('a coordinated list of facilities shares the verb and the builder; each keeps its own place', async () => {
    const r = await run(
      'Белорусские строители возводят школу в Ивановке, детский сад в Петровке и больницу в Сосновке.',
    );
    expect(names(r, 'Project').sort()).toEqual(['больница в Сосновке', 'детский сад в Петровке', 'школа в Ивановке']);
    for (const [project, place] of [
      ['школа в Ивановке', 'Ивановка'],
      ['детский сад в Петровке', 'Петровка'],
      ['больница в Сосновке', 'Сосновка'],
    ]) {
      expect(rels(r)).toContain(`LOCATED_IN ${project} -> ${place}`);
      // A group of builders goes to the place they are from.
      expect(rels(r)).toContain(`PARTICIPATES_IN Беларусь -> ${project}`);
    }
  });

  it('a place after the last conjunct is the place of every conjunct', async () => {
    const r = await run('В списке работ – школа и очистные сооружения в Ивановке.');
    expect(names(r, 'Project').sort()).toEqual(['очистные сооружения в Ивановке', 'школа в Ивановке']);
    expect(rels(r)).toContain('LOCATED_IN школа в Ивановке -> Ивановка');
  });

  it('an activity nominal of construction names the project with its object', async () => {
    const r = await run('Холдинг «Кварц» планирует строительство животноводческого комплекса в Петровке.');
    expect(names(r, 'Project')).toEqual(['строительство животноводческого комплекса в Петровке']);
    expect(rels(r)).toContain('PARTICIPATES_IN Кварц -> строительство животноводческого комплекса в Петровке');
    expect(rels(r)).toContain('LOCATED_IN строительство животноводческого комплекса в Петровке -> Петровка');
  });

  it('"проект по строительству X" is the construction of X, shared by the parties of a joint project', async () => {
    const r = await run(
      'Компании «Гранит» и «Кварц» реализуют совместный проект по строительству молочного комплекса.',
    );
    expect(names(r, 'Project')).toEqual(['строительство молочного комплекса']);
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Гранит -> строительство молочного комплекса',
      'PARTICIPATES_IN Кварц -> строительство молочного комплекса',
    ]);
  });

  it('a passive verb with the facility as subject, and a capitalised name after a nominal', async () => {
    const r = await run(
      'Строится спорткомплекс с бассейном в Петровке. Планируется возведение современного Центра водных видов спорта.',
    );
    expect(names(r, 'Project')).toContain('спорткомплекс с бассейном в Петровке');
    expect(names(r, 'Project')).toContain('возведение современного Центра водных видов спорта');
  });

  it('the subject of a relative clause builds its antecedent', async () => {
    const r = await run('Открытие новой школы, которую возводила компания «Гранитстрой», намечено на осень.');
    expect(names(r, 'Project')).toEqual(['новая школа']);
    expect(rels(r)).toContain('PARTICIPATES_IN Гранитстрой -> новая школа');
  });

  it('"на базе X" makes X a participant of the production it hosts', async () => {
    const r = await run('Производство тракторов могут наладить на базе завода «Гранит».');
    expect(names(r, 'Project')).toEqual(['Производство тракторов']);
    expect(rels(r)).toContain('PARTICIPATES_IN Гранит -> Производство тракторов');
  });

  it('the genitive owner of a facility takes part; the place in its tail locates it', async () => {
    const r = await run('Стороны обсудили открытие в Гомеле торгового дома Ферганы.');
    expect(names(r, 'Project')).toEqual(['торговый дом Ферганы']);
    expect(rels(r)).toContain('LOCATED_IN торговый дом Ферганы -> Гомель');
    expect(rels(r)).toContain('PARTICIPATES_IN Фергана -> торговый дом Ферганы');
  });

  it('"проект завода" refers back to the plant named before; its designer takes part', async () => {
    const r = await run(
      'Во Вьетнаме открыли завод по сборке грузовиков. Проект завода был разработан Минским автозаводом.',
    );
    expect(names(r, 'Project')).toEqual(['завод по сборке грузовиков']);
    expect(rels(r)).toContain('LOCATED_IN завод по сборке грузовиков -> Вьетнам');
    expect(rels(r)).toContain('PARTICIPATES_IN МАЗ -> завод по сборке грузовиков');
  });

  it('a headline name gives way to one that says where', async () => {
    const r = await run(
      'Строительство детского сада в поселке Ивановка начнёт компания «Гранит».',
      'Новый детский сад построят белорусские строители',
    );
    expect(names(r, 'Project')).toEqual(['строительство детского сада в поселке Ивановка']);
  });
});

describe('projects: what is not one', () => {
  it('generic plurals name a field, not an undertaking', async () => {
    for (const text of [
      'Компании «Гранит» и «Кварц» намерены развивать совместные проекты в сфере энергетики.',
      'Делегация осмотрела промышленные площадки в регионе.',
      'Форум может привести к созданию новых производств.',
    ])
      expect(names(await run(text), 'Project')).toEqual([]);
  });

  it('roadmaps, programmes of cooperation and national programmes are documents', async () => {
    const r = await run('Стороны подписали дорожную карту и программу сотрудничества на пять лет.');
    expect(names(r, 'Project')).toEqual([]);
  });

  it("a facility after a locative preposition is a venue, and a company's own production is no project", async () => {
    expect(names(await run('Делегация побывала на заводе в Гродно.'), 'Project')).toEqual([]);
    expect(
      names(await run('Наличие собственного производства позволит компании «Гранит» снизить цены.'), 'Project'),
    ).toEqual([]);
    expect(names(await run('Компания «Гранит» планирует локализацию производства в республике.'), 'Project')).toEqual(
      [],
    );
  });

  it('an industrial park named only as a sector is not a project', async () => {
    const r = await run('Край готов предоставить территорию индустриального парка со всеми преференциями.');
    expect(names(r, 'Project')).toEqual([]);
  });

  it('the tail of a project stops at "и" with a non-agreeing phrase and at participles', async () => {
    expect(names(await run('Выиграет от проекта и Калужская область.'), 'Project')).toEqual([]);
    const r = await run(
      'Работы выполнит дочерняя компания холдинга «Кварц», созданной в целях координации инвестиционных проектов и входящей в структуру министерства.',
    );
    expect(names(r, 'Project').filter((n) => /входящ|структур/u.test(n))).toEqual([]);
  });

  it('a supplier of equipment for a facility does not build it', async () => {
    const r = await run('Белоруссия поставит оборудование для новой фермы в Ростовской области.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
    expect(rels(r)).toContain('LOCATED_IN новая ферма в Ростовской области -> Ростовская область');
  });

  it('entities in the sentence that play no role in the building do not take part', async () => {
    const r = await run(
      'Губернатор Калужской области Владислав Шапша сообщил, что компания «Гранит» построит школу в Ивановке.',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Гранит -> школа в Ивановке']);
  });
});

describe('a facility after «с» is a partner', () => {
  it('«наладил кооперацию с крупным предприятием» builds no project', async () => {
    const r = await run('Комбинат «Север» наладил кооперацию с крупным предприятием.');
    expect(names(r, 'Project')).toEqual([]);
  });
});

describe('projects: roles beyond the subject', () => {
  it('those who only discuss a project do not build it', async () => {
    const r = await run('Стороны обсудили создание центра технической поддержки в Калуге.');
    expect(names(r, 'Project')).toEqual(['создание центра технической поддержки в Калуге']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });

  it('a company that considers the possibility of opening a facility plans it', async () => {
    const r = await run('Компания «Гранит» рассматривает возможность открытия в Калуге сервисного центра.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Гранит -> сервисный центр']);
    const talk = await run('Компания «Гранит» рассказала об открытии в Калуге сервисного центра.');
    expect(rels(talk, 'PARTICIPATES_IN')).toEqual([]);
  });

  it('a compound abbreviation names the same facility as its full form', async () => {
    const r = await run(
      'Компания «Гранит» откроет в Калуге центр техподдержки. Стороны обсудили создание центра технической поддержки в Калуге.',
    );
    expect(names(r, 'Project')).toHaveLength(1);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([`PARTICIPATES_IN Гранит -> ${names(r, 'Project')[0]}`]);
  });

  it('a pronoun subject of "принять участие" stands for the company named before it', async () => {
    const r = await run(
      'У холдинга «Кварц» есть опыт, и мы рассчитываем, что он сможет принять участие в строительстве моста в Ивановке.',
    );
    expect(rels(r)).toContain('PARTICIPATES_IN Кварц -> строительство моста в Ивановке');
  });

  it('coordinated place adjectives share the business noun that ends the coordination', async () => {
    const r = await run(
      'Технопарк в Калуге стал площадкой не только для китайского и белорусского, но и для международного бизнеса.',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Беларусь -> Технопарк в Калуге',
      'PARTICIPATES_IN Китай -> Технопарк в Калуге',
    ]);
  });

  it('a joint project with no party in its sentence is shared by the parties of the agreement before it', async () => {
    const r = await run(
      'Компания «Гранит» подписала с холдингом «Кварц» соглашение о сотрудничестве. Совместный проект предполагает строительство завода по выпуску кирпича.',
    );
    expect(names(r, 'Project')).toEqual(['строительство завода по выпуску кирпича']);
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Гранит -> строительство завода по выпуску кирпича',
      'PARTICIPATES_IN Кварц -> строительство завода по выпуску кирпича',
    ]);
  });

  it('a dash between a verbless subject and its predicate is a copula: the subjects take part', async () => {
    const r = await run(
      'Калужская область и Гродненская область – важные звенья в реализации проекта «Северный маршрут».',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Гродненская область -> проект Северный маршрут',
      'PARTICIPATES_IN Калужская область -> проект Северный маршрут',
    ]);
  });

  it('builders named by a place adjective build the facility their clause names', async () => {
    const r = await run('Новая школа в Ивановке – уже третий объект белорусских строителей в регионе.');
    expect(rels(r)).toContain('PARTICIPATES_IN Беларусь -> Новая школа в Ивановке');
  });

  it('an agent left out of a passive or impersonal sentence continues the builders of the sentence before', async () => {
    const r = await run(
      'Новая школа в Ивановке – третий объект белорусских строителей в регионе. В списке их работ – больница в Петровке. ' +
        'Строится спорткомплекс с бассейном в Сосновке. Планируется возведение современного Центра водных видов спорта.',
    );
    for (const project of [
      'Новая школа в Ивановке',
      'больница в Петровке',
      'спорткомплекс с бассейном в Сосновке',
      'возведение современного Центра водных видов спорта',
    ])
      expect(rels(r)).toContain(`PARTICIPATES_IN Беларусь -> ${project}`);
  });

  it('an agentless sentence far from any builder gets no participant', async () => {
    const r = await run('Компания «Гранит» построит склад в Калуге. Погода была тёплой. Строится мост в Ивановке.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Гранит -> склад в Калуге']);
  });

  it('a place adjective of the facility locates it', async () => {
    const r = await run('Компания «Гранит» откроет челябинскую площадку по сборке лифтов.');
    expect(names(r, 'Project')).toEqual(['челябинская площадка по сборке лифтов']);
    expect(rels(r)).toContain('LOCATED_IN челябинская площадка по сборке лифтов -> Челябинская область');
    expect(rels(r)).toContain('PARTICIPATES_IN Гранит -> челябинская площадка по сборке лифтов');
  });

  it('the host enterprise of a facility built on it takes part', async () => {
    const r = await run('На заводе «Гранит» открыли новый цех по выпуску кирпича.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Гранит -> новый цех по выпуску кирпича']);
  });

  it('an enterprise after "на" inside the project phrase hosts it and takes part', async () => {
    const r = await run('Завершено строительство цеха по покраске вагонов на Минском тракторном заводе.');
    expect(names(r, 'Project')).toEqual(['строительство цеха по покраске вагонов на Минском тракторном заводе']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN МТЗ -> строительство цеха по покраске вагонов на Минском тракторном заводе',
    ]);
  });

  it('the source of a report is not a participant', async () => {
    const r = await run(
      'Как сообщили в пресс-службе белорусского предприятия, компания «Гранит» построит склад в Калуге.',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Гранит -> склад в Калуге']);
  });

  it('"с участием X" ends the project name and makes X a participant', async () => {
    const r = await run('В Могилеве построят завод по производству кормов с участием казахстанского инвестора.');
    expect(names(r, 'Project')).toEqual(['завод по производству кормов']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Казахстан -> завод по производству кормов']);
  });

  it('a quoted project name the reference data knows is that one project, not two', async () => {
    const r = await run('Завод построят на территории индустриального парка «Великий камень».');
    expect(names(r, 'Project').filter((n) => n.includes('Великий камень'))).toEqual(['Великий камень']);
  });
});

describe('«проект» referring back', () => {
  it('"Проект" is any project named before, and "совместно с местной компанией X" takes part', async () => {
    const r = await run(
      'В Ульяновской области откроется завод по сборке лифтов. Проект реализует ОАО «Альфа» совместно с местной компанией «Бета».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN Альфа -> завод по сборке лифтов',
      'PARTICIPATES_IN Бета -> завод по сборке лифтов',
    ]);
  });

  it('"проект соглашения" is the draft of a document: no project, and no reference back', async () => {
    const r = await run(
      'В Ульяновской области откроется завод по сборке лифтов. Проект соглашения подписали Минский облисполком и правительство Ульяновской области.',
    );
    expect(names(r, 'Project')).toEqual(['завод по сборке лифтов']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });
});

describe('«проект» with its own name', () => {
  it('"проекта «X»" names a project of its own, not the one before', async () => {
    const r = await run(
      'В Бресте построят мемориальный комплекс. Брестская область участвует в реализации проекта «Новый путь».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).not.toContain('PARTICIPATES_IN Брестская область -> мемориальный комплекс');
  });
});

describe('legal forms in project names', () => {
  it('"дилерский центр ОАО «МАЗ»" is named without the legal form', async () => {
    const r = await run('В Уфе состоялось открытие дилерского центра ОАО «МАЗ».');
    expect(names(r, 'Project')).toEqual(['дилерский центр МАЗ']);
  });
});

describe('a bare «проект» with a place', () => {
  it('says where, not which project', async () => {
    const r = await run('В рамках проекта в Минске появится сборочное производство электробусов.');
    expect(names(r, 'Project')).toEqual(['сборочное производство электробусов']);
  });

  it('a qualified project with a place is still one', async () => {
    const r = await run('Стороны обсудили инвестиционный проект в Минске.');
    expect(names(r, 'Project')).toEqual(['инвестиционный проект в Минске']);
  });
});

describe('a project head inside another project’s name', () => {
  it('is part of that name, not a second project', async () => {
    const r = await run('Гомсельмаш планирует наладить сборку комбайнов на площадке в Курской области.');
    expect(names(r, 'Project')).toEqual(['сборка комбайнов на площадке в Курской области']);
    // Alone, the site is the project.
    const s = await run('Гомсельмаш планирует создать площадку в Курской области.');
    expect(names(s, 'Project')).toEqual(['площадка в Курской области']);
  });
});

describe('a project referred back to by a pronoun or a more general noun', () => {
  it('"Его создаст X": the object pronoun of a verb of building is the project named last', async () => {
    const r = await run(
      'В Череповце планируется открыть сервисный центр по обслуживанию белорусской техники. Его создаст компания «БелТехСервис».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN БелТехСервис -> сервисный центр по обслуживанию белорусской техники',
    ]);
    // Without a verb of building the pronoun is no project.
    const s = await run('В Череповце откроют сервисный центр. Его посетила компания «БелТехСервис».');
    expect(rels(s, 'PARTICIPATES_IN')).toEqual([]);
  });

  it('"предприятие" refers back to a plant, not a new project', async () => {
    const r = await run(
      'В Гродно построят завод по производству кормов. Строительство предприятия профинансирует Евразийский банк развития.',
    );
    expect(names(r, 'Project')).toEqual(['завод по производству кормов']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN Евразийский банк развития -> завод по производству кормов',
    ]);
  });
});

describe('a place that opens the clause', () => {
  it('locates the project the clause builds, however long its subject', async () => {
    const r = await run(
      'Кроме того, в Павлодаре новосибирская компания «СибЭнергоМаш» и казахстанское ТОО «Павлодар Энерго» создадут совместное предприятие по ремонту энергетического оборудования.',
    );
    expect(rels(r, 'LOCATED_IN')).toContain(
      'LOCATED_IN совместное предприятие по ремонту энергетического оборудования -> Павлодар',
    );
  });

  it('a place inside the subject does not', async () => {
    const r = await run(
      'Компания из Павлодара и новосибирская компания «СибЭнергоМаш» вместе с партнёрами создадут совместное предприятие.',
    );
    expect(rels(r, 'LOCATED_IN').some((x) => x.startsWith('LOCATED_IN совместное предприятие'))).toBe(false);
  });
});

describe('a service facility described in other words', () => {
  it('is the same project', async () => {
    const r = await run(
      'Компания «Амкодор» откроет в Казани сервисный центр. Татарстан заинтересован в создании центра технического обслуживания и ремонта погрузчиков.',
    );
    expect(names(r, 'Project')).toEqual(['сервисный центр']);
    const s = await run(
      'Стороны обсудили создание центра технической поддержки в Омске. Регион заинтересован в создании центра по ремонту техники.',
    );
    expect(names(s, 'Project')).toHaveLength(1);
  });

  it('support of something else is another centre', async () => {
    const r = await run(
      'Компания «Амкодор» откроет в Казани сервисный центр. В Казани также создадут центр поддержки аграриев.',
    );
    expect(names(r, 'Project')).toHaveLength(2);
  });
});

describe('a place between a nominal of building and its facility', () => {
  it('does not part them, and locates the facility', async () => {
    const r = await run('Компания «Альфа» профинансирует строительство в Орше завода по переработке льна.');
    expect(names(r, 'Project')).toEqual(['завод по переработке льна']);
    expect(rels(r)).toEqual([
      'LOCATED_IN завод по переработке льна -> Орша',
      'PARTICIPATES_IN Альфа -> завод по переработке льна',
    ]);
  });
});

describe('a project head the dictionary lacks', () => {
  it('"хаб" heads a project as any other', async () => {
    const r = await run('Компания «Альфа» планирует создать в Витебске логистический хаб.');
    expect(names(r, 'Project')).toEqual(['логистический хаб']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Альфа -> логистический хаб']);
  });
});

describe('a joint company not yet named', () => {
  it('"совместный холдинг" is a project; a holding with a name is a company', async () => {
    const r = await run('Гомельская и Брянская области создадут совместный агропромышленный холдинг.');
    expect(names(r, 'Project')).toEqual(['совместный агропромышленный холдинг']);
    const s = await run('Белорусский холдинг «Амкодор» поставляет технику в Якутию.');
    expect(names(s, 'Project')).toEqual([]);
    expect(names(s, 'Enterprise')).toEqual(['Амкодор']);
  });

  it('"совместная компания" is one too, which its founders take part in', async () => {
    const r = await run('Завод «Кедр» и холдинг «Бета» создадут совместную логистическую компанию.');
    expect(names(r, 'Project')).toEqual(['совместная логистическая компания']);
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Бета -> совместная логистическая компания',
      'PARTICIPATES_IN Кедр -> совместная логистическая компания',
    ]);
  });
});

describe('an amount after a project phrase', () => {
  it('is what is spent, not part of the name', async () => {
    const r = await run('Компания «Омега» инвестировала в строительство элеватора в Кургане 30 млн долларов.');
    expect(names(r, 'Project')).toEqual(['строительство элеватора в Кургане']);
  });
});

describe('a bare facility in a locative phrase', () => {
  it('is where something opened, not what opened', async () => {
    const r = await run('На комбинате открылось российско-узбекское предприятие.');
    expect(names(r, 'Project')).toEqual(['российско-узбекское предприятие']);
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Россия -> российско-узбекское предприятие',
      'PARTICIPATES_IN Узбекистан -> российско-узбекское предприятие',
    ]);
  });
});

describe('joint projects in a field', () => {
  it('"совместные проекты в промышленности" delimit no undertaking', async () => {
    const r = await run('Стороны обсудили совместные проекты в промышленности и сельском хозяйстве.');
    expect(names(r, 'Project')).toEqual([]);
  });
});

describe('abbreviated kinds of facility', () => {
  it('head a project when built or opened, and name one before a quoted name', async () => {
    const r = await run('Белорусские строители возведут ТЭЦ в Смоленске.');
    expect(rels(r)).toEqual(
      expect.arrayContaining(['LOCATED_IN ТЭЦ в Смоленске -> Смоленск', 'PARTICIPATES_IN Беларусь -> ТЭЦ в Смоленске']),
    );
    const s = await run('ЖК «Северный» построят белорусские строители в Смоленске.');
    expect(names(s, 'Project')).toEqual(['ЖК Северный']);
    expect(names(s, 'Enterprise')).toEqual([]);
  });

  it('a place after «в» in the accusative is where goods go, not where a project is', async () => {
    const r = await run('Резиденты ОЭЗ «Витебск» экспортируют продукцию в Россию.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a role in a project', () => {
  it('"Оператором терминала станет X": the role\'s holder takes part', async () => {
    const r = await run('Оператором нового терминала в Бресте станет компания «Омега».');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Омега -> новый терминал в Бресте']);
  });

  it('a place inside a body that funds a project is no participant of its own', async () => {
    const r = await run('Финансирование строительства элеватора в Кургане обеспечит Банк развития Казахстана.');
    expect(rels(r, 'PARTICIPATES_IN')).not.toContain('PARTICIPATES_IN Казахстан -> строительство элеватора в Кургане');
  });
});

describe('a facility that starts working', () => {
  it('is a project, whether the verb comes before or after it', async () => {
    const r = await run('В Омске начал работу дилерский центр казахстанских грузовиков.');
    expect(names(r, 'Project')).toEqual(['дилерский центр казахстанских грузовиков']);
    const s = await run('Новый логистический терминал заработал в Орле.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Новый логистический терминал -> Орёл']);
  });

  it('work on something starts no facility', async () => {
    const r = await run('Компания «Кедр» начала работу над новым центром управления.');
    expect(names(r, 'Project')).toEqual([]);
  });
});

describe('«сообщение» as a route', () => {
  it('is a project with an adjective of transport', async () => {
    const r = await run('Открыто прямое железнодорожное сообщение между Гомелем и Брянском.');
    expect(names(r, 'Project')).toEqual(['прямое железнодорожное сообщение между Гомелем и Брянском']);
  });

  it('is a message without one', async () => {
    const r = await run('Губернатор направил сообщение в Министерство транспорта.');
    expect(names(r, 'Project')).toEqual([]);
  });
});

describe('a place between a nominal of building and what it builds', () => {
  it('a generic place noun does not part them either', async () => {
    const r = await run('Холдинг «Омега» договорился с Брянской областью о создании в регионе сервисного центра.');
    expect(names(r, 'Project')).toEqual(['сервисный центр']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN сервисный центр -> Брянская область']);
  });
});

describe('making that starts', () => {
  it('«начнётся сборка X» at a plant is an undertaking there', async () => {
    const r = await run('На базе брянского завода «Бежица» начнётся сборка тракторов «Беларус».');
    expect(names(r, 'Project')).toEqual(['сборка тракторов Беларус']);
    expect(rels(r, 'PARTICIPATES_IN')).toContain('PARTICIPATES_IN Бежица -> сборка тракторов Беларус');
  });

  it('not talks that start about it, nor a company that starts making something', async () => {
    expect(names(await run('В Минске начались переговоры о производстве тракторов.'), 'Project')).toEqual([]);
    expect(names(await run('Компания «Кедр» начала сборку комбайнов.'), 'Project')).toEqual([]);
  });
});

describe('a partner after «с» in a project phrase', () => {
  it('is no part of its name, also after a place adjective, and takes part', async () => {
    const r = await run('Завод «Альфа» рассматривает создание совместного производства с гомельским ОАО «Бета».');
    expect(names(r, 'Project')).toEqual(['создание совместного производства']);
    expect(rels(r, 'PARTICIPATES_IN')).toContain('PARTICIPATES_IN Бета -> создание совместного производства');
  });
});

describe('a service centre', () => {
  it('of a company is a project where it works, said by its adjective as by its tail', async () => {
    const r = await run('В Чите работает сервисный центр компании «Бета».');
    expect(names(r, 'Project')).toEqual(['сервисный центр компании Бета']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Бета -> сервисный центр компании Бета']);
    // A facility at work is no goods of its company.
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('«поезд» as a route', () => {
  it('is a project with an adjective of passenger service', async () => {
    const r = await run('Стороны обсудили запуск пассажирского поезда Челябинск — Костанай.');
    expect(names(r, 'Project')).toEqual(['пассажирский поезд Челябинск — Костанай']);
  });

  it('is a shipment without one', async () => {
    const r = await run('Поезд с курганскими автобусами прибыл в Алматы.');
    expect(names(r, 'Project')).toEqual([]);
  });
});

describe('businesses «из» a place', () => {
  it('take part for their places, as a place adjective of theirs would', async () => {
    const r = await run('В строительстве логистического центра участвуют инвесторы из Китая и Казахстана.');
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Казахстан -> строительство логистического центра',
      'PARTICIPATES_IN Китай -> строительство логистического центра',
    ]);
  });

  it('goods «из» a place are not its businesses', async () => {
    const r = await run('Компания «Кедр» построит терминал для грузов из Китая.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Кедр -> терминал для грузов из Китая']);
  });
});

describe('«совместный с X»: the partner of the adjective of jointness', () => {
  it('takes part in the project the adjective qualifies', async () => {
    const r = await run('В Омске откроется совместное с компанией «Гранит» производство шин.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Гранит -> производство шин']);
    const s = await run(
      'В Приморье будет создано совместное с казахстанскими партнёрами предприятие по выпуску вагонов.',
    );
    expect(rels(s, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Казахстан -> предприятие по выпуску вагонов']);
  });
});

describe('builders named by where they come from', () => {
  it('«строители из X» build for X, as «X-ские строители» do', async () => {
    const r = await run('Строители из Витебской области возведут в Псковской области поликлинику.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Витебская область -> поликлиника']);
  });
});

describe('a role in the project named in the sentence before', () => {
  it('«Генеральным подрядчиком выступит X» opening the next sentence', async () => {
    const r = await run('В Пскове построят детский сад. Генеральным подрядчиком выступит компания «Зодчий».');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Зодчий -> детский сад']);
  });

  it('a role with an owner of its own is no role in that project', async () => {
    const r = await run('В Пскове построят детский сад. Партнёром компании «Кедр» стала компания «Зодчий».');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });

  it('a superlative ranks buyers of goods: «Крупнейшим заказчиком остаётся X» takes no part', async () => {
    const r = await run(
      'Компания «Кедр» откроет в Нерюнгри сервисный центр. Крупнейшим заказчиком остаётся компания «Алмазы Севера».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Кедр -> сервисный центр']);
  });
});

describe('facilities that visitors see', () => {
  it('a school or a museum visited in a town is no undertaking', async () => {
    const r = await run('Делегация посетила школу и музей в Гродно.');
    expect(names(r, 'Project')).toEqual([]);
    const s = await run('Гости осмотрели больницу в Гомеле.');
    expect(names(s, 'Project')).toEqual([]);
  });

  it('the same facility built or reconstructed is one', async () => {
    const r = await run('Белорусские строители реконструируют музей в Гродно.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Беларусь -> музей в Гродно']);
    const s = await run('Компания «Зодчий» построит в Пскове ледовую арену.');
    expect(rels(s, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Зодчий -> ледовая арена']);
  });

  it('«фирменный магазин» a company opens is its outlet; a bare shop is none', async () => {
    const r = await run('Фабрика «Марко» открыла в Перми фирменный магазин.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Марко -> фирменный магазин']);
    const s = await run('В магазине в Перми продают белорусскую обувь.');
    expect(names(s, 'Project')).toEqual([]);
  });
});

describe('a role in the project after a modal verb', () => {
  it("«Его участниками могут стать X и Y» names the project's participants", async () => {
    const r = await run(
      'В Иванове планируют создать совместное швейное производство. Его участниками могут стать фабрика «Элема» и компания «Текстиль-Профи».',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Текстиль-Профи -> совместное швейное производство',
      'PARTICIPATES_IN Элема -> совместное швейное производство',
    ]);
  });
});

describe('a centre that supports an activity', () => {
  it('is a body, no facility: «центр поддержки экспорта»', async () => {
    const r = await run('Бизнес-миссию организовал региональный центр поддержки экспорта.');
    expect(names(r, 'Project')).toEqual([]);
  });

  it('a centre of technical support opened somewhere is a facility', async () => {
    const r = await run('Компания «Кедр» открыла в Омске центр технической поддержки.');
    expect(names(r, 'Project')).toEqual(['центр технической поддержки']);
  });
});

describe('regular services between two named ends', () => {
  it('are one route though plural («прямые рейсы между X и Y»)', async () => {
    const r = await run('Авиакомпания «Сибирь» откроет прямые рейсы между Новосибирском и Ханоем.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Сибирь -> прямые рейсы между Новосибирском и Ханоем']);
  });

  it('are one route also with the ends joined by a dash («рейсы X — Y»)', async () => {
    const r = await run('Авиакомпания «Сибирь» с мая запустит прямые рейсы Новосибирск — Ханой.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Сибирь -> прямые рейсы Новосибирск — Ханой']);
  });

  it('plural flights to a region are no route', async () => {
    const r = await run('Авиакомпания «Сибирь» откроет новые рейсы в Азию.');
    expect(names(r, 'Project')).toEqual([]);
  });
});

describe('routes and their ends', () => {
  it('the ends of a route in its name are where it goes, not who runs it', async () => {
    const r = await run('Компания «Вектор» запустила контейнерный поезд по маршруту Брест — Екатеринбург.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Вектор -> маршрут Брест — Екатеринбург']);
  });

  it('a route joined to two places by a verb of linking is named by them', async () => {
    const r = await run('Новый маршрут связал Гомель с Брянском.');
    expect(names(r, 'Project').map((n) => n.toLowerCase())).toEqual(['новый маршрут гомель — брянск']);
    const s = await run('Компания «Белавиа» открыла рейс, который соединит Минск и Казань.');
    expect(rels(s, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Белавиа -> рейс Минск — Казань']);
  });
});

describe('an undertaking set up «на базе» a company', () => {
  it('is where the text places that company', async () => {
    const r = await run('На базе курганского завода «Кедр» будет создано производство тракторов «Беларус».');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN производство тракторов Беларус -> Курганская область');
  });

  it('is placed nowhere when the text does not place the company', async () => {
    const r = await run('На базе завода «Кедр» будет создано производство тракторов «Беларус».');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('compound facility nouns', () => {
  it('a compound whose last stem is a plant ("птицефабрика", "техцентр") is built as that plant would be', async () => {
    const r = await run('Компания «Уралагро» построит в Казахстане птицефабрику.');
    expect(rels(r)).toEqual(['LOCATED_IN птицефабрика -> Казахстан', 'PARTICIPATES_IN Уралагро -> птицефабрика']);
    const s = await run('Компания «Амурагро» открыла в Харбине техцентр.');
    expect(rels(s, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Амурагро -> техцентр']);
  });

  it('«агрохаб» is a hub', async () => {
    const r = await run('Компания «Уралагро» объявила о создании совместного агрохаба в Казахстане.');
    expect(names(r, 'Project')).toEqual(['создание совместного агрохаба в Казахстане']);
  });

  it('a store compound («овощехранилище») and a hyphenated pair headed by a facility («склад-холодильник»)', async () => {
    const r = await run('Компания «Южный двор» откроет в Краснодаре овощехранилище.');
    expect(rels(r)).toEqual(['LOCATED_IN овощехранилище -> Краснодар', 'PARTICIPATES_IN Южный двор -> овощехранилище']);
    const s = await run('Компания «Южный двор» намерена открыть в Краснодаре склад-холодильник.');
    expect(rels(s, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Южный двор -> склад-холодильник']);
  });

  it('without a verb or nominal that builds it, a compound names a sector, not an undertaking', async () => {
    const r = await run('Развитие агрокомплекса области обсудили губернатор и министр.');
    expect(names(r, 'Project')).toEqual([]);
  });
});

describe('whatever is built with one’s hands', () => {
  it('a noun a verb or nominal of construction takes is a facility, whatever its head', async () => {
    const r = await run('Компания «Стройдом» построит в Брянске жилой микрорайон.');
    expect(rels(r)).toEqual(['LOCATED_IN жилой микрорайон -> Брянск', 'PARTICIPATES_IN Стройдом -> жилой микрорайон']);
    const s = await run('Компания «Стройдом» ведет строительство жилого квартала в Брянске.');
    expect(rels(s, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Стройдом -> строительство жилого квартала в Брянске']);
  });

  it('relations, a dialogue or a state are built only figuratively', async () => {
    const r = await run('Брянская область и Гомельская область строят диалог на основе доверия.');
    expect(names(r, 'Project')).toEqual([]);
    const s = await run('Стороны продолжают строительство Союзного государства.');
    expect(names(s, 'Project')).toEqual([]);
  });

  it('a noun after a preposition is no object of the verb', async () => {
    const r = await run('Компания «Стройдом» построит склад на окраине Брянска.');
    expect(names(r, 'Project')).toEqual(['склад на окраине Брянска']);
  });
});

describe('places joined by a dash in a project’s name', () => {
  it('are the ends of a route, whatever its head, not its participants', async () => {
    const r = await run('Компания «Дорстрой» ведёт строительство трассы Омск — Павлодар.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Дорстрой -> строительство трассы Омск — Павлодар']);
  });
});

describe('an assembly plant at work and the pronoun that refers to it', () => {
  it('«сборочное производство» with its goods is a project without a verb of building', async () => {
    const r = await run('В Тверской области работает сборочное производство белорусских тракторов.');
    expect(rels(r, 'LOCATED_IN')).toEqual([
      'LOCATED_IN сборочное производство белорусских тракторов -> Тверская область',
    ]);
  });

  it('«Его» before a phrase of time and a verb of building is the project named last', async () => {
    const r = await run(
      'В Тверской области работает сборочное производство тракторов. Его в 2024 году открыли компании «Вектор» и «Сигма».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN Вектор -> сборочное производство тракторов',
      'PARTICIPATES_IN Сигма -> сборочное производство тракторов',
    ]);
    const s = await run('В Твери построят цех по выпуску кормов. Его компания «Вектор» известна в области.');
    expect(rels(s, 'PARTICIPATES_IN')).toEqual([]);
  });

  it('a singular facility before a plural verb with no subject is its fronted object', async () => {
    const r = await run('Молочный комбинат построят в Орше.');
    expect(names(r, 'Project')).toEqual(['Молочный комбинат']);
  });

  it('«собственное производство» of a company with a plant named is that plant', async () => {
    const r = await run(
      'Компания «Вектор» построит в Твери завод по сборке тракторов. Наличие собственного сборочного производства снизит затраты.',
    );
    expect(names(r, 'Project')).toEqual(['завод по сборке тракторов']);
  });
});

describe('a role in a project after a copula', () => {
  it('«X стала резидентом СЭЗ Y»: the subject of the copula takes part', async () => {
    const r = await run('Компания «Сибагро» стала резидентом СЭЗ «Гродноинвест».');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Сибагро -> СЭЗ Гродноинвест']);
  });

  it('not a name in an oblique case before the copula', async () => {
    const r = await run('С компанией «Сибагро» стала работать СЭЗ «Гродноинвест».');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });
});

describe('what a project phrase does not name', () => {
  it('a count of an owner’s projects is no undertaking', async () => {
    const a = await run('Губернатор отметил, что это уже второй проект компании в Казахстане.');
    expect(names(a, 'Project')).toEqual([]);
    const b = await run('Компания «Альфа» запустила в Омске второй проект по выпуску тракторов.');
    expect(names(b, 'Project')).toEqual(['второй проект по выпуску тракторов']);
  });

  it('a place that is the whole quoted name of a zone or park is not mentioned as the place', async () => {
    const r = await run('Компания «Альфа» откроет завод в особой экономической зоне «Тольятти».');
    expect(names(r, 'City')).toEqual([]);
    // The plant and the zone it opens in are two undertakings of different kinds.
    expect(names(r, 'Project').sort()).toEqual([
      'завод в особой экономической зоне Тольятти',
      'особая экономическая зона Тольятти',
    ]);
  });
});

describe('an undertaking called a project by a copula', () => {
  it('"Ключевым проектом станет X": X is a project, with its owner and place', async () => {
    const r = await run('Ключевым проектом станет сборка автобусов на заводе «Дельта» в Самарканде.');
    expect(names(r, 'Project')).toEqual(['сборка автобусов на заводе Дельта в Самарканде']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN Дельта -> сборка автобусов на заводе Дельта в Самарканде',
    ]);
    const b = await run('Первым проектом стало производство кормов в Гродно.');
    expect(names(b, 'Project')).toEqual(['производство кормов в Гродно']);
  });

  it('not with another predicate', async () => {
    const r = await run('Главным событием станет производство кормов в Гродно.');
    expect(names(r, 'Project')).toEqual([]);
  });
});

describe('a town in apposition to a facility', () => {
  it('names the facility and runs nothing', async () => {
    const r = await run('Компания «Альфа» готова возить грузы через порт Находка.');
    expect(rels(r, 'PARTICIPATES_IN')).not.toContain('PARTICIPATES_IN Находка -> порт Находка');
  });

  it('a town in the genitive still owns it', async () => {
    const r = await run('В Бресте откроется торговый дом Ферганы.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Фергана -> торговый дом Ферганы']);
  });
});

describe('a place named by a noun between a nominal and its facility', () => {
  it('an alias the dictionary also guesses as an adjective stays the place, not the name', async () => {
    const r = await run('Стороны обсудили создание в Прииртышье сборочного производства лифтов «Дельта».');
    expect(names(r, 'Project')).toEqual(['сборочное производство лифтов Дельта']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN сборочное производство лифтов Дельта -> Омская область']);
  });
});

describe('a project named before, then placed', () => {
  it('by its bare head noun', async () => {
    const r = await run('Завод «Альфа» построит цех по сборке комбайнов. Цех разместится в Орше.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN цех по сборке комбайнов -> Орша']);
  });

  it('by a plant noun before «будет расположено / размещено», not the company', async () => {
    const r = await run(
      'Компания «Альфа» построит завод удобрений. Предприятие будет расположено в Витебской области.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN завод удобрений -> Витебская область']);
  });

  it('by a pronoun that agrees with its head noun', async () => {
    const r = await run('Завод «Альфа» построит фабрику по выпуску обуви. Она разместится в Орше.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN фабрика по выпуску обуви -> Орша']);
    const s = await run(
      'Завод «Альфа» и компания «Бета» создадут совместное предприятие по выпуску картона. Его производственная площадка разместится в Полоцке.',
    );
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN совместное предприятие по выпуску картона -> Полоцк']);
  });

  it('not by a pronoun of another gender, nor after a sentence about a person', async () => {
    const r = await run('Завод «Альфа» построит фабрику по выпуску обуви. Он разместит склад в Орше.');
    expect(rels(r, 'LOCATED_IN')).not.toContain('LOCATED_IN фабрика по выпуску обуви -> Орша');
    const s = await run('Губернатор Иван Петров осмотрел цех по сборке комбайнов. Его резиденция находится в Орше.');
    expect(rels(s, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a facility noun in the genitive of the object of a building verb', () => {
  it('is no project the verb builds', async () => {
    const r = await run('Оршанские специалисты помогут модернизировать оборудование смоленского комбината.');
    expect(names(r, 'Project')).toEqual([]);
  });

  it('the object itself still is', async () => {
    const r = await run('Компания «Альфа» построит в Орше новый склад.');
    expect(names(r, 'Project')).toEqual(['новый склад']);
  });
});

describe('parties entering the capital of a project', () => {
  it('«В его капитал войдут X и Y»: each takes part in the project the pronoun stands for', async () => {
    const r = await run(
      'Стороны подписали соглашение о строительстве элеватора в Троицке. В его капитал войдут компания «Кедр» и ТОО «Ясень».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN Кедр -> строительство элеватора в Троицке',
      'PARTICIPATES_IN Ясень -> строительство элеватора в Троицке',
    ]);
  });

  it('(guard, passes either way) a pronoun before another noun enters nothing', async () => {
    const r = await run(
      'Стороны подписали соглашение о строительстве элеватора в Троицке. В его работе примут участие эксперты.',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });
});

describe('a list of joint projects after a colon', () => {
  it('each project is the sides’ joint undertaking, activity nouns and a place between', async () => {
    const r = await run(
      'Губернатор Тверской области Иван Орлов встретился с председателем Гомельского облисполкома Петром Сидоровым. Стороны договорились о реализации двух совместных проектов: строительстве склада в Речице и открытии в Твери торгового дома гомельских производителей.',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN Тверская область -> строительство склада в Речице',
      'PARTICIPATES_IN Гомельская область -> строительство склада в Речице',
      'PARTICIPATES_IN Тверская область -> торговый дом гомельских производителей',
      'PARTICIPATES_IN Гомельская область -> торговый дом гомельских производителей',
    ]);
  });

  it('the ends of a route in the list take part in no other project', async () => {
    const r = await run('Стороны обсудили создание маршрута «Тверь — Гомель» и открытие торгового дома в Речице.');
    expect(rels(r, 'PARTICIPATES_IN')).not.toContain('PARTICIPATES_IN Гомель -> торговый дом в Речице');
  });
});

describe('«СП» referring back to a joint venture without a name', () => {
  it('its founders take part in it', async () => {
    const r = await run(
      'Минская и Тверская области создадут совместное предприятие по ремонту вагонов. ' +
        'Учредителями СП станут ОАО «Стрела» и компания «Вагонмаш».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(
      expect.arrayContaining([
        'PARTICIPATES_IN Вагонмаш -> совместное предприятие по ремонту вагонов',
        'PARTICIPATES_IN Стрела -> совместное предприятие по ремонту вагонов',
      ]),
    );
  });

  it('not when «СП» has a name of its own (guard, passes either way)', async () => {
    const r = await run(
      'Минская и Тверская области создадут совместное предприятие по ремонту вагонов. ' +
        'Учредителями СП «Вектор» станут ОАО «Стрела» и компания «Вагонмаш».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).not.toContain(
      'PARTICIPATES_IN Стрела -> совместное предприятие по ремонту вагонов',
    );
  });
});

describe('a bare plant noun as the subject of a verb of being placed', () => {
  it('is the plant named before under another plant noun, and the place is its place', async () => {
    const r = await run(
      'Компании «Стрела» и «Вагонмаш» создадут совместное предприятие по ремонту вагонов. Производство разместится в Осиповичах.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN совместное предприятие по ремонту вагонов -> Осиповичи']);
    const s = await run(
      'Компании «Стрела» и «Вагонмаш» построят завод по ремонту вагонов. Предприятие будет находиться в Осиповичах.',
    );
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN завод по ремонту вагонов -> Осиповичи']);
  });

  it('a bare «площадка», the plant’s site, is the plant too', async () => {
    const r = await run(
      'Компании «Стрела» и «Вагонмаш» создадут совместное производство тормозных колодок. Площадка разместится в Жодино.',
    );
    expect(names(r, 'Project')).toEqual(['совместное производство тормозных колодок']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN совместное производство тормозных колодок -> Жодино']);
  });

  it('with another verb it refers to nothing (guard, passes either way)', async () => {
    const r = await run(
      'Компании «Стрела» и «Вагонмаш» построят завод по ремонту вагонов. Производство в Осиповичах выросло на 5%.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a participial phrase after a project', () => {
  it('places the project it agrees with', async () => {
    const r = await run('Ремонт вагонов возьмёт на себя совместное предприятие, созданное в Караганде.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN совместное предприятие -> Караганда']);
  });

  it('not when the participle agrees with another noun of the phrase (guard, passes either way)', async () => {
    const r = await run('Стороны предложили построить молочный комплекс с оборудованием, изготовленным в Караганде.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a bare noun of a line or terminal after a role noun', () => {
  it('refers back to the project of that head: its holder takes part', async () => {
    const r = await run(
      'Области договорились о запуске паромной линии Махачкала — Актау. Оператором линии станет компания «Каспий Флот».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toContain('PARTICIPATES_IN Каспий Флот -> паромная линия Махачкала — Актау');
  });
});

describe('a verb of running a project', () => {
  it('makes its subject take part in the project', async () => {
    const r = await run('Компания «Вектор» будет эксплуатировать новый логистический терминал в Бресте.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Вектор -> новый логистический терминал в Бресте']);
  });
});

describe('a plant noun as the subject, before an infinitive of building with an object of its own', () => {
  it('is no project built: the infinitive builds its object, also past a place', async () => {
    const r = await run(
      'Завод «Альфа» поставит в Ташкент 300 лифтов. Предприятие рассматривает возможность открыть в Узбекистане сборочное производство.',
    );
    expect(names(r, 'Project')).toEqual(['сборочное производство']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Альфа -> сборочное производство']);
  });

  it('a genitive after the phrase of a place is no object (guard, passes either way)', async () => {
    const r = await run('Производство насосов могут наладить на базе Брестского машиностроительного завода.');
    expect(names(r, 'Project')).toHaveLength(1);
  });
});

describe('«стороны» as the subject of an agreement to build', () => {
  it('the two sides it stands for take part in what they agreed to create', async () => {
    const r = await run(
      'Завод «Кедр» поставит компании «Сож» двести насосов. Стороны договорились о создании в Орле ремонтного центра.',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Кедр -> ремонтный центр',
      'PARTICIPATES_IN Сож -> ремонтный центр',
    ]);
  });

  it('but not in what they only discussed (guard, passes either way)', async () => {
    const r = await run(
      'Завод «Кедр» поставит компании «Сож» двести насосов. Стороны обсудили создание в Орле ремонтного центра.',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });
});

describe('founding a business', () => {
  it('«учредить» creates the facility it takes as object, as «создать» does', async () => {
    const r = await run('Компания «Вектор» учредила в Орле завод по выпуску мебели.');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN завод по выпуску мебели -> Орёл',
        'PARTICIPATES_IN Вектор -> завод по выпуску мебели',
      ]),
    );
  });
});

describe('a bare facility noun as the theme of its sentence', () => {
  it('opening the sentence, it is something known, not a new undertaking', async () => {
    const r = await run('Завод «Кедр» выпускает насосы. Предприятие было создано в 1970 году.');
    expect(names(r, 'Project')).toEqual([]);
  });

  it('after its verb it is new (guard, passes either way)', async () => {
    const r = await run('В Орше в 2027 году построят завод.');
    expect(rels(r)).toEqual(['LOCATED_IN завод -> Орша']);
  });
});

describe('a relative clause after a facility', () => {
  it('its subject before its verb builds the facility, and its locative places it', async () => {
    const r = await run('Ремонт возьмёт на себя сервисный центр, который компания «Вектор» откроет в Орле.');
    expect(rels(r).sort()).toEqual(['LOCATED_IN сервисный центр -> Орёл', 'PARTICIPATES_IN Вектор -> сервисный центр']);
  });
});

describe('the parties of a document «между X и Y» about founding a project', () => {
  it('take part in the project, as its signers named as the subject do', async () => {
    const r = await run(
      'Подписано соглашение между компанией «Кедр» и заводом «Бор» о строительстве в Омске логистического центра.',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Бор -> логистический центр',
      'PARTICIPATES_IN Кедр -> логистический центр',
    ]);
  });

  it('a document about something else gives its parties no project (guard, passes either way)', async () => {
    const r = await run(
      'Подписано соглашение между компанией «Кедр» и заводом «Бор» о поставках зерна, а в Омске открылся логистический центр.',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });
});

describe('the project put first, its builder between it and the verb', () => {
  it('the nominative name after the project and before the verb builds it', async () => {
    const r = await run('Новый цех по ремонту комбайнов компания «Агросервис» откроет в Тамбове.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Агросервис -> Новый цех по ремонту комбайнов']);
  });

  it('a name before the project is no builder (guard, passes either way)', async () => {
    const r = await run('Компания «Агросервис» сообщила, что новый цех откроет в Тамбове завод «Ротор».');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Ротор -> новый цех']);
  });
});

describe('officials founding a project act for what they head', () => {
  it('the bodies and places of the named officials take part', async () => {
    const r = await run(
      'Губернатор Курганской области Вадим Шумков и министр промышленности Беларуси Александр Рогожник договорились о создании совместного сервисного центра.',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Курганская область -> создание совместного сервисного центра',
      'PARTICIPATES_IN Министерство промышленности Беларуси -> создание совместного сервисного центра',
    ]);
  });

  it('officials who discuss founding a joint project are its parties through what they head', async () => {
    const r = await run(
      'Губернатор Курганской области Вадим Шумков и председатель Гомельского облисполкома Иван Крупко обсудили создание в Гомеле совместного производства кормов.',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Гомельский облисполком -> совместное производство кормов',
      'PARTICIPATES_IN Курганская область -> совместное производство кормов',
    ]);
  });

  it('an official only speaking of a joint project founds nothing (guard, passes either way)', async () => {
    const r = await run('Губернатор Курганской области Вадим Шумков рассказал журналистам о совместном проекте.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });
});

describe('an official proposing a joint project', () => {
  it('their body takes part, and the sides of the cooperation just stated still do', async () => {
    const r = await run(
      'Курганская область и Гомельская область договорились о сотрудничестве. Губернатор Курганской области Вадим Шумков предложил создать совместный логистический центр.',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Гомельская область -> совместный логистический центр',
      'PARTICIPATES_IN Курганская область -> совместный логистический центр',
    ]);
  });
});

describe('two joint undertakings of different kinds', () => {
  it('are two projects, though their names share words', async () => {
    const r = await run(
      'Стороны обсудили открытие в Казани совместного сервисного центра. Компании «Альфа» и «Бета» договорились о создании совместного предприятия по обслуживанию лифтов.',
    );
    expect(names(r, 'Project')).toHaveLength(2);
    expect(rels(r, 'PARTICIPATES_IN')).toContain(
      'PARTICIPATES_IN Альфа -> создание совместного предприятия по обслуживанию лифтов',
    );
  });

  it('a plant and the making done there stay one project (guard, passes either way)', async () => {
    const r = await run(
      'В Уфе начнётся совместная сборка тракторов. Компании «Альфа» и «Бета» создадут совместное предприятие по сборке тракторов в Уфе.',
    );
    expect(names(r, 'Project')).toHaveLength(1);
  });
});

describe('the dative object of a verb of object control does what its infinitive says', () => {
  it('«предложил псковским партнёрам создать совместное предприятие»: the partners take part', async () => {
    const r = await run('Витебский облисполком предложил псковским партнёрам создать совместное предприятие.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN Витебский облисполком -> совместное предприятие',
      'PARTICIPATES_IN Псковская область -> совместное предприятие',
    ]);
  });

  it('the sides of the sentence before are not borrowed when the sentence names its own', async () => {
    const r = await run(
      'В Пскове работает сборочное производство белорусских тракторов. Председатель Витебского облисполкома предложил псковским партнёрам создать совместное предприятие по выпуску шин.',
    );
    expect(rels(r, 'PARTICIPATES_IN').filter((x) => x.includes('Беларусь'))).toEqual([]);
  });
});

describe('a bare company noun after a company named in its own sentence', () => {
  it('refers to that company, not to a joint venture of an earlier sentence', async () => {
    const r = await run(
      'Стороны предложили создать совместное предприятие по выпуску насосов. Павел Орлов, директор компании «Кедр», сообщил, что предприятие наращивает экспорт в Казахстан.',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Казахстан']);
  });

  it('with no company before it, the bare noun is still the joint venture (guard, passes either way)', async () => {
    const r = await run(
      'Омская область и Гродненская область договорились создать совместное предприятие по выпуску насосов. Предприятие разместится в Омске.',
    );
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN совместное предприятие по выпуску насосов -> Омск');
  });
});

describe('verb, object and subject in that order', () => {
  it('«Финансирует проект Банк …»: a capitalised common noun not in the genitive is the subject, not part of the project', async () => {
    const r = await run('В Кургане построят жилой комплекс. Финансирует проект Банк развития Республики Беларусь.');
    expect(names(r, 'Project')).toEqual(['жилой комплекс']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Банк развития Республики Беларусь -> жилой комплекс']);
  });

  it('«Строит проект компания «X»»: the company after the object builds it', async () => {
    const r = await run('В Кургане построят жилой комплекс. Строит проект компания «Гродножилстрой».');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Гродножилстрой -> жилой комплекс']);
  });

  it('an abbreviation and a town’s name apposed to its noun stay in the tail (guard, passes either way)', async () => {
    const r = await run('В Гомеле открыли цех по сборке автобусов МАЗ. В деревне Берёзка начали строительство школы.');
    expect(names(r, 'Project')).toContain('цех по сборке автобусов МАЗ');
  });
});

describe('«под» with the instrumental of a town places a project', () => {
  it('at that town, before or after the project', async () => {
    const after = await run('Компания «Кедр» планирует строительство логистического склада под Астаной.');
    expect(rels(after, 'LOCATED_IN')).toEqual(['LOCATED_IN строительство логистического склада -> Астана']);
    const before = await run('Под Минском построят завод по выпуску шин.');
    expect(rels(before, 'LOCATED_IN')).toEqual(['LOCATED_IN завод по выпуску шин -> Минск']);
  });
});

describe('«объект» refers back to the facility built', () => {
  it('as «проект» does to any project, so its builder named with it takes part', async () => {
    const r = await run(
      'Белорусские строители завершили возведение ледового дворца в Костроме. Объект строило ОАО «Гроднопромстрой».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toContain(
      'PARTICIPATES_IN Гроднопромстрой -> возведение ледового дворца в Костроме',
    );
  });

  it('a route is no built object (guard, passes either way)', async () => {
    const r = await run('Открылся новый авиарейс Минск — Кострома. Объект строило ОАО «Гроднопромстрой».');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });
});

describe('a route head with only adjectives of a service', () => {
  it('refers back to the route named before', async () => {
    const r = await run(
      'Авиакомпания «Полёт» откроет регулярный рейс Казань — Ташкент. Новый рейс поддержали в правительстве Узбекистана.',
    );
    expect(names(r, 'Project')).toEqual(['регулярный рейс Казань — Ташкент']);
  });

  it('a route with an end of its own is another one, its destination in its name', async () => {
    const r = await run('Авиакомпания «Полёт» откроет рейс Казань — Ташкент. Новый рейс в Самарканд появится позже.');
    expect(names(r, 'Project')).toEqual(['рейс Казань — Ташкент', 'Новый рейс в Самарканд']);
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a resort is a facility', () => {
  it('that a company builds or creates in a place', async () => {
    const r = await run(
      'Компания «Кедр» инвестирует 300 миллионов долларов в создание горнолыжного курорта в Республике Алтай.',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN Кедр -> создание горнолыжного курорта в Республике Алтай',
    ]);
    expect(rels(r, 'LOCATED_IN')).toEqual([
      'LOCATED_IN создание горнолыжного курорта в Республике Алтай -> Республика Алтай',
    ]);
  });
});

describe('a bare «строительство» as subject or object', () => {
  it('is the building of the facility named before, so its agent takes part in it', async () => {
    const r = await run(
      'Компания «Кедр» построит горнолыжный курорт в Республике Алтай. Строительство будет вести компания «Бета».',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Бета -> горнолыжный курорт в Республике Алтай',
      'PARTICIPATES_IN Кедр -> горнолыжный курорт в Республике Алтай',
    ]);
  });

  it('a field of cooperation «в сфере строительства» is no reference to it (guard, passes either way)', async () => {
    const r = await run(
      'Компания «Кедр» построит курорт в Республике Алтай. Стороны обсудили сотрудничество в сфере строительства.',
    );
    expect(names(r, 'Project')).toEqual(['курорт в Республике Алтай']);
    expect(attributesOf(r, 'COOPERATES_WITH', 'Кедр', 'Республика Алтай')?.sector).toBe('строительство');
  });
});

describe('«проект» after a sentence opened by a project placed at a site', () => {
  it('is that project, not the site named after it', async () => {
    const r = await run(
      'В Калужской области откроется сборочное производство автобусов. Производство разместится на площадке индустриального парка «Ворсино». Инвестором проекта выступает ОАО «МАЗ».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN МАЗ -> сборочное производство автобусов']);
  });
});

describe('«в проекте» right before a verb that is also read as a genitive noun', () => {
  it('refers back to the project: the verb is no dependent of «проект»', async () => {
    const r = await run(
      'Компания «Кедр» построит элеватор в Костанае. Участие в проекте примет казахстанская компания «Дала».',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Дала -> элеватор в Костанае',
      'PARTICIPATES_IN Кедр -> элеватор в Костанае',
    ]);
  });
});

describe('a project named inside another project’s phrase', () => {
  it('is where that one is: the parties take part in the outer one only', async () => {
    const r = await run(
      'Компания «Кедр» и правительство Калужской области подписали соглашение о строительстве завода в индустриальном парке «Ворсино».',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Кедр -> строительство завода в индустриальном парке Ворсино',
      'PARTICIPATES_IN Правительство Калужской области -> строительство завода в индустриальном парке Ворсино',
    ]);
  });
});

describe('a company registered in a park or zone', () => {
  it('is its resident, so takes part in it', async () => {
    const r = await run('В белорусском индустриальном парке «Зубр» зарегистрирована новосибирская компания «Кедр».');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Кедр -> белорусский индустриальный парк Зубр']);
  });
});

describe('a project whose name closes with a generic place noun', () => {
  it('names the place the noun refers to', async () => {
    const r = await run(
      'Губернатор Ставропольского края Иван Петров посетил Ереван. Край откроет в Ереване торговый дом края.',
    );
    expect(names(r, 'Project')).toEqual(['торговый дом Ставропольского края']);
  });
});
