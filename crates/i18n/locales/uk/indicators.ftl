# Види організацій: потрійна спіраль та її оточення.
organisation-kind-company = Компанія
organisation-kind-university = Університет
organisation-kind-research-centre = Науково-дослідний або технологічний центр
organisation-kind-public-administration = Публічна адміністрація
organisation-kind-association = Асоціація
organisation-kind-investor = Інвестор
organisation-kind-other = Інше

# Класи розміру МСП за визначенням ЄС (Рекомендація Комісії 2003/361/ЄС).
size-class-micro = Мікропідприємство
size-class-small = Мале підприємство
size-class-medium = Середнє підприємство
size-class-large = Велике підприємство
size-class-unknown = Розмір невідомий

# Види взаємодії з організацією.
interaction-kind-meeting = Зустріч
interaction-kind-call = Дзвінок
interaction-kind-email = Електронний лист
interaction-kind-visit = Візит
interaction-kind-interview = Інтерв’ю

# Канали, якими особа погоджується на контакт.
channel-email = Електронна пошта
channel-phone = Телефон
channel-post = Пошта

# Що зроблено з даними особи (журнал GDPR).
privacy-action-export = Дані експортовано
privacy-action-erasure = Дані стерто
# Стандартні індикатори системи моніторингу: назва та визначення кожного.

indicator-events-held = Проведені події
indicator-events-held-description = Нескасовані події року, у деталях — за видом.

indicator-participants = Учасники
indicator-participants-description = Відвідування, зафіксовані на подіях року (особа на двох подіях рахується двічі).

indicator-members-reached = Охоплені учасники кластера
indicator-members-reached-description = Члени, від яких щонайменше одна особа відвідала подію року.

indicator-participation-rate = Рівень участі
indicator-participation-rate-description = Члени, що взяли участь щонайменше в одній активності (подія, послуга, опитування) або проєкті протягом року, від усіх членів.

indicator-average-satisfaction = Середня задоволеність
indicator-average-satisfaction-description = Середня відповідь на загальне питання опитування щодо задоволеності (від 1 до 5) у кампаніях, що закриваються протягом року.

indicator-new-members = Нові члени
indicator-new-members-description = Членства, що почалися протягом року.

indicator-retention-rate = Рівень утримання
indicator-retention-rate-description = Серед членів на початок року — частка тих, хто залишається членом на його кінець.

indicator-interactions-logged = Зафіксовані взаємодії
indicator-interactions-logged-description = Дзвінки, зустрічі, візити й електронні листи з організаціями, зафіксовані протягом року.

indicator-active-member-share = Частка активних членів
indicator-active-member-share-description = Члени, які є активними учасниками за правилом кластера (проєкти або активності протягом року), від усіх членів.

indicator-members = Члени
indicator-members-description = Організації — учасники кластера на кінець року (або на сьогодні, поки рік триває).

indicator-active-actors = Активні учасники
indicator-active-actors-description = Члени, що взяли участь щонайменше в одному проєкті або двох активностях протягом року (кількості встановлює правило кластера).

indicator-active-smes = Активні МСП
indicator-active-smes-description = Активні учасники, що є мікро-, малими або середніми підприємствами.

indicator-working-groups-met = Робочі групи, що збиралися
indicator-working-groups-met-description = Робочі групи щонайменше з одним засіданням протягом року.

indicator-media-mentions = Згадки в медіа
indicator-media-mentions-description = Статті, передачі й публікації про кластер протягом року, внесені разом із публікаціями в пресі як підтвердженнями.

indicator-projects-running = Проєкти, що виконуються
indicator-projects-running-description = Проєкти, що виконувалися протягом року, у деталях — за етапом.

indicator-aligned-share = Частка, узгоджена з викликом
indicator-aligned-share-description = Серед проєктів року — ті, що відповідають щонайменше одному виклику стратегії.

indicator-members-in-projects = Учасники кластера в проєктах
indicator-members-in-projects-description = Члени, що беруть участь у проєкті року.

indicator-sme-share = Частка МСП серед учасників
indicator-sme-share-description = Серед організацій-членів у проєктах року, розмір яких відомий, — МСП.

indicator-budget-mobilised = Залучений бюджет
indicator-budget-mobilised-description = Бюджети проєктів, що розпочалися протягом року (кожен враховано один раз, у його перший рік).

indicator-public-funding = Залучене публічне фінансування
indicator-public-funding-description = Публічне фінансування, отримане профінансованими проєктами, що розпочалися протягом року.

indicator-private-funding = Залучене приватне фінансування
indicator-private-funding-description = Приватне фінансування, отримане профінансованими проєктами, що розпочалися протягом року.

indicator-inter-cluster-projects = Міжкластерні проєкти
indicator-inter-cluster-projects-description = Проєкти року з партнерським кластером або в міжкластерному напрямі.

indicator-projects-approved = Схвалені проєкти
indicator-projects-approved-description = Проєкти, що розпочалися протягом року й отримали фінансування (профінансовані, виконуються або завершені), включно з міжкластерними.

indicator-international-projects = Міжнародна співпраця
indicator-international-projects-description = Проєкти року з учасником з іншої країни: організацією, партнерським кластером або зовнішнім органом.

indicator-fees-billed = Виставлені внески
indicator-fees-billed-description = Рахунки на внески за період членства цього року, за вирахуванням кредит-нот.

indicator-fees-collected = Сплачені внески
indicator-fees-collected-description = Сплачена частина виставлених внесків.

indicator-fixed-cost-coverage = Покриття постійних витрат
indicator-fixed-cost-coverage-description = Відношення регулярних доходів структури (внески, публічна підтримка структури, регулярні послуги) до витрат структури, у разах (фактичні дані).

indicator-private-share = Приватна частка доходів
indicator-private-share-description = Відношення приватних доходів (внески, послуги, спонсорство, приватні вклади) до всіх доходів (фактичні дані).

indicator-public-dependency = Залежність від публічних коштів
indicator-public-dependency-description = Відношення публічних доходів до всіх доходів (фактичні дані).

indicator-staff-fte = Персонал в ЕПЗ
indicator-staff-fte-description = Еквіваленти повної зайнятості команди на кінець року (або на сьогодні).

indicator-members-per-fte = Членів на ЕПЗ
indicator-members-per-fte-description = Відношення кількості членів на кінець року до ЕПЗ команди.

indicator-action-lines-on-track = Напрями плану дій за планом
indicator-action-lines-on-track-description = Напрями плану дій року, що йдуть за планом або виконані, від усіх його напрямів.

indicator-board-meetings = Засідання правління
indicator-board-meetings-description = Нескасовані засідання правління протягом року.

indicator-fee-coverage = Покриття внесками
indicator-fee-coverage-description = Відношення доходів від членських внесків до витрат структури, у разах (фактичні дані).

indicator-services-share = Частка послуг
indicator-services-share-description = Відношення доходів від послуг до всіх доходів (фактичні дані).

indicator-fee-concentration = Концентрація внесків
indicator-fee-concentration-description = Відношення доходів від внесків, сплачених п’ятьма найбільшими платниками, до виставлених доходів від внесків (фактичні дані).

indicator-project-leverage = Ефект важеля проєктів
indicator-project-leverage-description = Відношення проєктного фінансування, залученого для учасників, до витрат структури, у разах (фактичні дані).

indicator-runway = Запас
indicator-runway-description = Кількість місяців витрат структури, які покривають резерви: резерви × 12 до витрат структури.

indicator-triple-helix-kinds = Види членів за потрійною спіраллю
indicator-triple-helix-kinds-description = Скільки з видів — бізнес (компанії, інвестори), знання (університети, науково-дослідні та технологічні центри) і публічна адміністрація — представлено серед членів.

indicator-strategy-documented = Задокументовані стратегія і план дій
indicator-strategy-documented-description = 1, коли стратегія охоплює рік щонайменше з одним викликом і рік має план дій щонайменше з одним напрямом; інакше 0.

indicator-strategy-reviews = Перегляди стратегії
indicator-strategy-reviews-description = Перегляди стратегії, що охоплює рік, та її плану дій, зафіксовані протягом року.

indicator-internet-presence = Присутність в інтернеті
indicator-internet-presence-description = 1, коли вебсайт кластера показує його поточну діяльність (новини або події року), що внесено з адресою сайту як підтвердженням; інакше 0.

indicator-turnover-growth = Зростання обігу
indicator-turnover-growth-description = Зміна обігу членів порівняно з попереднім роком, для членів з даними за обидва роки.

indicator-employment-growth = Зростання зайнятості
indicator-employment-growth-description = Зміна кількості працівників членів порівняно з попереднім роком, для членів з даними за обидва роки.

indicator-export-share = Частка експорту
indicator-export-share-description = Відношення експорту членів до їхнього обігу, для членів з обома показниками.

indicator-rd-intensity = Інтенсивність НДДКР
indicator-rd-intensity-description = Відношення витрат членів на НДДКР до їхнього обігу, для членів з обома показниками.

indicator-innovating-share = Частка членів, що впроваджують інновації
indicator-innovating-share-description = Серед членів з даними за рік — ті, що мають щонайменше один новий продукт.

indicator-new-foreign-markets = Нові зарубіжні ринки
indicator-new-foreign-markets-description = Нові зарубіжні ринки, на які члени вийшли протягом року.

indicator-digital-maturity = Цифрова зрілість
indicator-digital-maturity-description = Середня цифрова зрілість членів (від 1 до 5).

indicator-openness-to-cooperation = Відкритість до співпраці
indicator-openness-to-cooperation-description = Середня відповідь на питання опитування щодо стратегічного ставлення про відкритість до співпраці, у кампаніях, що закриваються протягом року.

indicator-planning-maturity = Зрілість стратегічного планування
indicator-planning-maturity-description = Середній рівень планування в опитуванні щодо стратегічного ставлення (від 1 — немає письмового плану до 4 — план, що щороку переглядається з індикаторами), у кампаніях, що закриваються протягом року.

indicator-perceived-value = Сприйнята цінність кластера
indicator-perceived-value-description = Середня відповідь на питання опитування щодо стратегічного ставлення про цінність кластера, у кампаніях, що закриваються протягом року.


# Економічні коефіцієнти кластерної організації: назва та формула кожного.

ratio-fixed-cost-coverage = Покриття постійних витрат
ratio-fixed-cost-coverage-formula = регулярні доходи структури (членські внески, публічна підтримка структури та регулярні послуги) / витрати структури
ratio-fixed-cost-coverage-goal = 1,00 або більше: постійні витрати покриті постійними доходами

ratio-private-share = Приватна частка
ratio-private-share-formula = приватні доходи (внески, послуги, спонсорство, приватні вклади в грошовій або негрошовій формі) / загальні доходи

ratio-public-dependency = Залежність від публічних коштів
ratio-public-dependency-formula = публічні доходи / загальні доходи

ratio-fee-coverage = Покриття внесками
ratio-fee-coverage-formula = доходи від членських внесків / витрати структури

ratio-services-share = Частка послуг
ratio-services-share-formula = доходи від послуг / загальні доходи

ratio-fee-concentration = Концентрація внесків
ratio-fee-concentration-formula = доходи від внесків, сплачені п’ятьма найбільшими платниками / виставлені доходи від внесків

ratio-project-leverage = Ефект важеля проєктів
ratio-project-leverage-formula = проєктне фінансування, залучене для учасників / витрати структури

ratio-runway = Запас
ratio-runway-formula = кількість місяців витрат структури, які покривають резерви: резерви × 12 / витрати структури
