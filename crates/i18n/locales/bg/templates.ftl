# The questionnaires shipped with clusterdesk (domain::survey::templates), built in English.
# Each distinct text once; a text used by several questions or questionnaires has one message.

## Shared: the services a cluster organisation offers (SERVICES)
survey-template-service-events-networking = Събития и нетуъркинг
survey-template-service-market-intelligence = Информация и пазарни анализи
survey-template-service-collaborative-projects = Подкрепа за съвместни проекти
survey-template-service-funding = Достъп до програми за финансиране
survey-template-service-training = Обучения
survey-template-service-internationalisation = Интернационализация

## Member satisfaction
survey-template-member-satisfaction-title = Удовлетвореност на членовете
survey-template-member-satisfaction-intro = Доколко клъстерът отговаря на нуждите на Вашата организация? Вашите отговори ще определят работния план за следващата година; попълването отнема около пет минути.
survey-template-section-cluster-services = Услугите на клъстера
survey-template-services-used = Кои услуги на клъстера използва Вашата организация през тази година?
survey-template-service-quality = Доколко сте доволни от всяка услуга?
survey-template-very-dissatisfied = Много недоволен
survey-template-very-satisfied = Много доволен
survey-template-section-overall = Обща оценка
survey-template-overall-satisfaction = Като цяло доколко сте доволни от клъстера?
survey-template-recommend = Колко вероятно е да препоръчате членството в клъстера на партньор?
survey-template-not-at-all-likely = Никак не е вероятно
survey-template-extremely-likely = Изключително вероятно
survey-template-renew = Ще поднови ли Вашата организация членството си?
survey-template-yes = Да
survey-template-probably = По-скоро да
survey-template-probably-not = По-скоро не
survey-template-no = Не
survey-template-renew-why-not = Какво би Ви накарало да останете?
survey-template-improve = Какво трябва клъстерът да прави по-добре или да започне да прави?

## Strategic attitude of companies
survey-template-strategic-attitude-title = Стратегическа нагласа на фирмите
survey-template-strategic-attitude-intro = Как Вашата фирма планира, как си сътрудничи и как вижда клъстера? Обобщени, отговорите показват как се променят фирмите в клъстера през годините.
survey-template-section-cooperation = Сътрудничество
survey-template-openness-to-cooperation = Доколко Вашата фирма е отворена за сътрудничество с други фирми и научноизследователски центрове?
survey-template-not-open-at-all = Изобщо не е отворена
survey-template-very-open = Много отворена
survey-template-cooperation-partners = С кого сте си сътрудничили през последните три години?
survey-template-partner-regional-companies = Други фирми от региона
survey-template-partner-universities = Университети
survey-template-partner-research-centres = Научноизследователски и технологични центрове
survey-template-partner-companies-abroad = Фирми в чужбина
# Both a choice (no partners) and the low label of the perceived-value scale.
survey-template-none = Няма
survey-template-section-strategy = Стратегия
survey-template-strategic-planning = Как Вашата фирма планира бъдещето си?
survey-template-planning-no-written-plan = Няма писмен план
survey-template-planning-yearly-budget = Годишен бюджет
survey-template-planning-multi-year-plan = Писмен план за няколко години
survey-template-planning-reviewed-plan = Писмен план, преглеждан всяка година с индикатори
survey-template-innovation-priority = Какво място заемат иновациите сред приоритетите на Вашата фирма?
survey-template-low = Ниско
survey-template-highest = Най-високо
survey-template-section-the-cluster = Клъстерът
survey-template-perceived-value = Каква стойност носи клъстерът за Вашата фирма?
survey-template-very-much = Много голяма
survey-template-cluster-effects = Доколко сте съгласни?
survey-template-effect-found-partners = Клъстерът ни помогна да намерим партньори
survey-template-effect-new-markets = Клъстерът ни помогна да навлезем на нови пазари
survey-template-effect-visibility = Клъстерът ни направи по-видими
survey-template-strongly-disagree = Напълно несъгласен
survey-template-strongly-agree = Напълно съгласен

## Yearly company performance
survey-template-company-performance-title = Годишни резултати на фирмите
survey-template-company-performance-intro = Клъстерът отчита развитието на своите фирми само обобщено, никога поотделно. Посочете данните за последната приключила финансова година; пропуснете това, което не знаете.
survey-template-section-people-and-money = Персонал и финанси
survey-template-employees = Служители
survey-template-unit-people = души
survey-template-employees-help = Брой на персонала към последния ден на годината
survey-template-turnover = Оборот
# The help text of the money questions (year_end).
survey-template-year-end-help = за последната приключила финансова година
survey-template-exports = Оборот от износ
survey-template-rd-spending = Разходи за научноизследователска и развойна дейност
survey-template-section-innovation-and-markets = Иновации и пазари
survey-template-new-products = Нови продукти или услуги, пуснати на пазара през годината
survey-template-unit-products = продукти
survey-template-new-foreign-markets = Държави, в които сте продавали за първи път през годината
survey-template-unit-countries = държави
survey-template-digital-maturity = Доколко са дигитализирани процесите във Вашата фирма?
survey-template-paper-and-email = Хартия и имейл
survey-template-fully-digital = Изцяло дигитални и базирани на данни

## Consultation for a new strategic plan
survey-template-strategy-consultation-title = Консултация за нов стратегически план
survey-template-strategy-consultation-intro = Клъстерът подготвя своя стратегически план за следващите години. Кажете ни в каква посока да се развива.
survey-template-section-challenges = Предизвикателства
survey-template-main-challenges = Кои са основните предизвикателства пред Вашата фирма през следващите три години?
survey-template-challenge-skilled-people = Намиране на квалифицирани кадри
survey-template-challenge-digitalisation = Дигитализация
survey-template-challenge-decarbonisation = Декарбонизация
survey-template-challenge-finance = Достъп до финансиране
survey-template-challenge-new-markets = Нови пазари
survey-template-challenge-regulation = Регулации
survey-template-other-challenges = Други предизвикателства
survey-template-section-cluster-priorities = Приоритетите на клъстера
survey-template-priorities = Колко важна трябва да бъде всяка област за клъстера?
survey-template-not-important = Не е важна
survey-template-essential = Съществена
survey-template-would-lead = Би ли ръководила Вашата фирма работна група по някое от тези предизвикателства, или би се включила в такава?
survey-template-lead = Бихме ръководили
survey-template-join = Бихме се включили
survey-template-not-now = Не сега
survey-template-ideas = Идеи за проекти, които клъстерът може да започне
