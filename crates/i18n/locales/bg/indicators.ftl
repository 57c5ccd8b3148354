# Видове организации: тройната спирала и нейното обкръжение.
organisation-kind-company = Фирма
organisation-kind-university = Университет
organisation-kind-research-centre = Научноизследователски или технологичен център
organisation-kind-public-administration = Публична администрация
organisation-kind-association = Сдружение
organisation-kind-investor = Инвеститор
organisation-kind-other = Друго

# Категориите МСП по размер в ЕС (Препоръка 2003/361/ЕО на Комисията).
size-class-micro = Микропредприятие
size-class-small = Малко предприятие
size-class-medium = Средно предприятие
size-class-large = Голямо предприятие
size-class-unknown = Неизвестен размер

# Видове взаимодействия с организация.
interaction-kind-meeting = Среща
interaction-kind-call = Обаждане
interaction-kind-email = Имейл
interaction-kind-visit = Посещение
interaction-kind-interview = Интервю

# Канали, по които лицето е съгласно да бъде търсено.
channel-email = Имейл
channel-phone = Телефон
channel-post = Поща

# Какво е направено с данните на лицето (дневник по ОРЗД).
privacy-action-export = Данните са експортирани
privacy-action-erasure = Данните са изтрити
# Стандартните индикатори на системата за мониторинг: наименованието и определението на всеки.

indicator-events-held = Проведени събития
indicator-events-held-description = Неотменените събития през годината, по вид в подробностите.

indicator-participants = Участници
indicator-participants-description = Регистрирани присъствия на събитията през годината (лице, присъствало на две събития, се брои два пъти).

indicator-members-reached = Обхванати членове на клъстера
indicator-members-reached-description = Членове с поне едно лице, присъствало на събитие през годината.

indicator-participation-rate = Степен на участие
indicator-participation-rate-description = Членовете, участвали в поне една дейност (събитие, услуга, анкета) или проект през годината, спрямо всички членове.

indicator-average-satisfaction = Средна удовлетвореност
indicator-average-satisfaction-description = Среден отговор на общия въпрос от анкетата за удовлетвореност (от 1 до 5) в кампаниите, приключващи през годината.

indicator-new-members = Нови членове
indicator-new-members-description = Членства, започнали през годината.

indicator-retention-rate = Степен на задържане
indicator-retention-rate-description = От членовете в началото на годината – делът на тези, които са още членове в края ѝ.

indicator-interactions-logged = Записани взаимодействия
indicator-interactions-logged-description = Обаждания, срещи, посещения и имейли с организации, записани през годината.

indicator-active-member-share = Дял на активните членове
indicator-active-member-share-description = Членовете, които са активни участници според правилото на клъстера (проекти или дейности през годината), спрямо всички членове.

indicator-members = Членове
indicator-members-description = Организации членове в края на годината (или днес, в течение на годината).

indicator-active-actors = Активни участници
indicator-active-actors-description = Членове, участвали в поне един проект или две дейности през годината (правилото на клъстера определя броя).

indicator-active-smes = Активни МСП
indicator-active-smes-description = Активни участници, които са микро, малки или средни предприятия.

indicator-working-groups-met = Работни групи със срещи
indicator-working-groups-met-description = Работни групи с поне една среща през годината.

indicator-media-mentions = Споменавания в медиите
indicator-media-mentions-description = Статии, предавания и публикации за клъстера през годината, въведени с публикациите в пресата като доказателства.

indicator-projects-running = Проекти в изпълнение
indicator-projects-running-description = Проекти, изпълнявани през годината, по етап в подробностите.

indicator-aligned-share = Дял, съобразен с предизвикателство
indicator-aligned-share-description = От проектите през годината – тези, които служат на поне едно предизвикателство от стратегията.

indicator-members-in-projects = Членове на клъстера в проекти
indicator-members-in-projects-description = Членове, участващи в проект през годината.

indicator-sme-share = Дял на МСП сред участниците
indicator-sme-share-description = От организациите членове в проектите през годината, чийто размер е известен – МСП.

indicator-budget-mobilised = Мобилизиран бюджет
indicator-budget-mobilised-description = Бюджетите на проектите, започнали през годината (всеки отчетен веднъж, в първата си година).

indicator-public-funding = Привлечено публично финансиране
indicator-public-funding-description = Публично финансиране, осигурено от финансираните проекти, започнали през годината.

indicator-private-funding = Привлечено частно финансиране
indicator-private-funding-description = Частно финансиране, осигурено от финансираните проекти, започнали през годината.

indicator-inter-cluster-projects = Междуклъстерни проекти
indicator-inter-cluster-projects-description = Проектите през годината с партньорски клъстер или в междуклъстерната област.

indicator-projects-approved = Одобрени проекти
indicator-projects-approved-description = Проекти, започнали през годината и осигурили финансирането си (финансирани, в изпълнение или приключени), включително междуклъстерните.

indicator-international-projects = Международно сътрудничество
indicator-international-projects-description = Проектите през годината с участник от друга държава: организация, партньорски клъстер или външен орган.

indicator-fees-billed = Фактуриран членски внос
indicator-fees-billed-description = Фактури за членски внос за членския период на годината, намалени с кредитните известия.

indicator-fees-collected = Събран членски внос
indicator-fees-collected-description = Платената част от фактурирания членски внос.

indicator-fixed-cost-coverage = Покритие на постоянните разходи
indicator-fixed-cost-coverage-description = Повтарящите се приходи на структурата (членски внос, публична подкрепа за структурата, повтарящи се услуги) спрямо разходите за структурата, в пъти (отчетни данни).

indicator-private-share = Частен дял в приходите
indicator-private-share-description = Частните приходи (членски внос, услуги, спонсорство, частни приноси) спрямо всички приходи (отчетни данни).

indicator-public-dependency = Зависимост от публични средства
indicator-public-dependency-description = Публичните приходи спрямо всички приходи (отчетни данни).

indicator-staff-fte = Персонал в ЕПЗ
indicator-staff-fte-description = Еквивалентите на пълна заетост на екипа в края на годината (или днес).

indicator-members-per-fte = Членове на ЕПЗ
indicator-members-per-fte-description = Членовете в края на годината спрямо ЕПЗ на екипа.

indicator-action-lines-on-track = Направления от плана за действие по план
indicator-action-lines-on-track-description = Направленията от плана за действие за годината, които са по план или изпълнени, спрямо всички негови направления.

indicator-board-meetings = Заседания на управителния съвет
indicator-board-meetings-description = Неотменените заседания на управителния съвет през годината.

indicator-fee-coverage = Покритие от членски внос
indicator-fee-coverage-description = Приходите от членски внос спрямо разходите за структурата, в пъти (отчетни данни).

indicator-services-share = Дял на услугите
indicator-services-share-description = Приходите от услуги спрямо всички приходи (отчетни данни).

indicator-fee-concentration = Концентрация на членския внос
indicator-fee-concentration-description = Приходите от членски внос, платени от петте най-големи платци, спрямо фактурираните приходи от членски внос (отчетни данни).

indicator-project-leverage = Лостов ефект на проектите
indicator-project-leverage-description = Проектното финансиране, мобилизирано за участниците, спрямо разходите за структурата, в пъти (отчетни данни).

indicator-runway = Запас
indicator-runway-description = Месеците разходи за структурата, които резервите покриват: резерви × 12 спрямо разходите за структурата.

indicator-triple-helix-kinds = Видове членове по тройната спирала
indicator-triple-helix-kinds-description = Колко от видовете – бизнес (фирми, инвеститори), знание (университети, научноизследователски и технологични центрове) и публична администрация – има сред членовете.

indicator-strategy-documented = Документирани стратегия и план за действие
indicator-strategy-documented-description = 1, когато стратегия обхваща годината с поне едно предизвикателство и за годината има план за действие с поне едно направление; иначе 0.

indicator-strategy-reviews = Прегледи на стратегията
indicator-strategy-reviews-description = Прегледи на стратегията, обхващаща годината, и на плана ѝ за действие, записани през годината.

indicator-internet-presence = Присъствие в интернет
indicator-internet-presence-description = 1, когато уебсайтът на клъстера показва текущата му дейност (новини или събития от годината), въведено с адреса на сайта като доказателство; иначе 0.

indicator-turnover-growth = Ръст на оборота
indicator-turnover-growth-description = Промяна на оборота на членовете спрямо предходната година, за членовете с данни за двете години.

indicator-employment-growth = Ръст на заетостта
indicator-employment-growth-description = Промяна на броя на служителите на членовете спрямо предходната година, за членовете с данни за двете години.

indicator-export-share = Дял на износа
indicator-export-share-description = Износът на членовете спрямо оборота им, за членовете с двете стойности.

indicator-rd-intensity = Интензивност на НИРД
indicator-rd-intensity-description = Разходите на членовете за НИРД спрямо оборота им, за членовете с двете стойности.

indicator-innovating-share = Дял на иновиращите членове
indicator-innovating-share-description = От членовете с данни за годината – тези с поне един нов продукт.

indicator-new-foreign-markets = Нови чуждестранни пазари
indicator-new-foreign-markets-description = Нови чуждестранни пазари, на които членовете са навлезли през годината.

indicator-digital-maturity = Дигитална зрялост
indicator-digital-maturity-description = Средната дигитална зрялост на членовете (от 1 до 5).

indicator-openness-to-cooperation = Отвореност за сътрудничество
indicator-openness-to-cooperation-description = Среден отговор на въпроса за отвореността за сътрудничество от анкетата за стратегическа нагласа, в кампаниите, приключващи през годината.

indicator-planning-maturity = Зрялост на стратегическото планиране
indicator-planning-maturity-description = Средно ниво на планиране в анкетата за стратегическа нагласа (от 1 – няма писмен план, до 4 – план, преглеждан всяка година с индикатори), в кампаниите, приключващи през годината.

indicator-perceived-value = Възприемана стойност на клъстера
indicator-perceived-value-description = Среден отговор на въпроса за стойността на клъстера от анкетата за стратегическа нагласа, в кампаниите, приключващи през годината.


# Икономическите съотношения на клъстерната организация: наименованието и формулата на всяко.

ratio-fixed-cost-coverage = Покритие на постоянните разходи
ratio-fixed-cost-coverage-formula = повтарящи се приходи на структурата (членски внос, публична подкрепа за структурата и повтарящи се услуги) / разходи за структурата
ratio-fixed-cost-coverage-goal = 1,00 или повече: постоянните разходи са покрити с постоянни приходи

ratio-private-share = Частен дял
ratio-private-share-formula = частни приходи (членски внос, услуги, спонсорство, частни приноси в пари или в натура) / общи приходи

ratio-public-dependency = Зависимост от публични средства
ratio-public-dependency-formula = публични приходи / общи приходи

ratio-fee-coverage = Покритие от членски внос
ratio-fee-coverage-formula = приходи от членски внос / разходи за структурата

ratio-services-share = Дял на услугите
ratio-services-share-formula = приходи от услуги / общи приходи

ratio-fee-concentration = Концентрация на членския внос
ratio-fee-concentration-formula = приходи от членски внос, платени от петте най-големи платци / фактурирани приходи от членски внос

ratio-project-leverage = Лостов ефект на проектите
ratio-project-leverage-formula = проектно финансиране, мобилизирано за участниците / разходи за структурата

ratio-runway = Запас
ratio-runway-formula = месеци разходи за структурата, които резервите покриват: резерви × 12 / разходи за структурата
