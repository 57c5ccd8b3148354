# The questionnaires shipped with clusterdesk (domain::survey::templates), built in English.
# Each distinct text once; a text used by several questions or questionnaires has one message.

## Shared: the services a cluster organisation offers (SERVICES)
survey-template-service-events-networking = Заходи та нетворкінг
survey-template-service-market-intelligence = Інформація та аналітика ринку
survey-template-service-collaborative-projects = Підтримка спільних проєктів
survey-template-service-funding = Доступ до грантового фінансування
survey-template-service-training = Навчання
survey-template-service-internationalisation = Інтернаціоналізація

## Member satisfaction
survey-template-member-satisfaction-title = Задоволеність членів
survey-template-member-satisfaction-intro = Наскільки кластер відповідає потребам Вашої організації? Ваші відповіді визначать робочий план на наступний рік; заповнення займе близько п’яти хвилин.
survey-template-section-cluster-services = Послуги кластера
survey-template-services-used = Якими послугами кластера Ваша організація скористалася цього року?
survey-template-service-quality = Наскільки Ви задоволені кожною послугою?
survey-template-very-dissatisfied = Зовсім не задоволений
survey-template-very-satisfied = Дуже задоволений
survey-template-section-overall = Загальна оцінка
survey-template-overall-satisfaction = Загалом наскільки Ви задоволені кластером?
survey-template-recommend = Наскільки ймовірно, що Ви порекомендуєте членство в кластері партнерові?
survey-template-not-at-all-likely = Зовсім не ймовірно
survey-template-extremely-likely = Надзвичайно ймовірно
survey-template-renew = Чи поновить Ваша організація своє членство?
survey-template-yes = Так
survey-template-probably = Швидше так
survey-template-probably-not = Швидше ні
survey-template-no = Ні
survey-template-renew-why-not = Що спонукало б Вас залишитися?
survey-template-improve = Що кластер має робити краще або почати робити?

## Strategic attitude of companies
survey-template-strategic-attitude-title = Стратегічні настанови компаній
survey-template-strategic-attitude-intro = Як Ваша компанія планує, співпрацює та бачить кластер? Узагальнені відповіді показують, як змінюються компанії кластера з роками.
survey-template-section-cooperation = Співпраця
survey-template-openness-to-cooperation = Наскільки Ваша компанія відкрита до співпраці з іншими компаніями та науково-дослідними центрами?
survey-template-not-open-at-all = Зовсім не відкрита
survey-template-very-open = Дуже відкрита
survey-template-cooperation-partners = З ким Ви співпрацювали протягом останніх трьох років?
survey-template-partner-regional-companies = Інші компанії регіону
survey-template-partner-universities = Університети
survey-template-partner-research-centres = Науково-дослідні та технологічні центри
survey-template-partner-companies-abroad = Компанії за кордоном
# Both a choice (no partners) and the low label of the perceived-value scale.
survey-template-none = Немає
survey-template-section-strategy = Стратегія
survey-template-strategic-planning = Як Ваша компанія планує своє майбутнє?
survey-template-planning-no-written-plan = Немає письмового плану
survey-template-planning-yearly-budget = Річний бюджет
survey-template-planning-multi-year-plan = Письмовий план на кілька років
survey-template-planning-reviewed-plan = Письмовий план, що щороку переглядається за індикаторами
survey-template-innovation-priority = Яке місце посідають інновації серед пріоритетів Вашої компанії?
survey-template-low = Низьке
survey-template-highest = Найвище
survey-template-section-the-cluster = Кластер
survey-template-perceived-value = Яку цінність кластер приносить Вашій компанії?
survey-template-very-much = Дуже велику
survey-template-cluster-effects = Наскільки Ви погоджуєтеся?
survey-template-effect-found-partners = Кластер допоміг нам знайти партнерів
survey-template-effect-new-markets = Кластер допоміг нам вийти на нові ринки
survey-template-effect-visibility = Завдяки кластеру ми стали помітнішими
survey-template-strongly-disagree = Повністю не згоден
survey-template-strongly-agree = Повністю згоден

## Yearly company performance
survey-template-company-performance-title = Річні результати компаній
survey-template-company-performance-intro = Кластер звітує про розвиток своїх компаній лише в узагальненому вигляді, ніколи окремо. Вкажіть дані за останній завершений фінансовий рік; пропустіть те, чого не знаєте.
survey-template-section-people-and-money = Персонал і фінанси
survey-template-employees = Працівники
survey-template-unit-people = осіб
survey-template-employees-help = Чисельність працівників на останній день року
survey-template-turnover = Обіг
# The help text of the money questions (year_end).
survey-template-year-end-help = за останній завершений фінансовий рік
survey-template-exports = Обіг від експорту
survey-template-rd-spending = Витрати на дослідження та розробки
survey-template-section-innovation-and-markets = Інновації та ринки
survey-template-new-products = Нові продукти або послуги, запущені протягом року
survey-template-unit-products = продуктів
survey-template-new-foreign-markets = Країни, до яких Ви вперше продавали протягом року
survey-template-unit-countries = країн
survey-template-digital-maturity = Наскільки цифровими є процеси Вашої компанії?
survey-template-paper-and-email = Папір та електронна пошта
survey-template-fully-digital = Повністю цифрові й керовані даними

## Consultation for a new strategic plan
survey-template-strategy-consultation-title = Консультація щодо нового стратегічного плану
survey-template-strategy-consultation-intro = Кластер готує свій стратегічний план на наступні роки. Скажіть нам, у якому напрямку йому рухатися.
survey-template-section-challenges = Виклики
survey-template-main-challenges = Які основні виклики стоять перед Вашою компанією в наступні три роки?
survey-template-challenge-skilled-people = Пошук кваліфікованих кадрів
survey-template-challenge-digitalisation = Цифровізація
survey-template-challenge-decarbonisation = Декарбонізація
survey-template-challenge-finance = Доступ до фінансування
survey-template-challenge-new-markets = Нові ринки
survey-template-challenge-regulation = Регулювання
survey-template-other-challenges = Інші виклики
survey-template-section-cluster-priorities = Пріоритети кластера
survey-template-priorities = Наскільки важливою має бути кожна сфера для кластера?
survey-template-not-important = Неважлива
survey-template-essential = Ключова
survey-template-would-lead = Чи очолила б Ваша компанія робочу групу з одного з цих викликів або приєдналася б до неї?
survey-template-lead = Очолити
survey-template-join = Приєднатися
survey-template-not-now = Не зараз
survey-template-ideas = Ідеї проєктів, які кластер міг би започаткувати
