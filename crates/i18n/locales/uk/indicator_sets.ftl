# Набори індикаторів, що постачаються з clusterdesk: назва й опис кожного набору та назви його рядків.


# eccp_listing
indicator-set-eccp-listing = European Cluster Collaboration Platform: мінімальні вимоги для включення
indicator-set-eccp-listing-description = Вимоги European Cluster Collaboration Platform до кластерної організації для включення до переліку, які водночас є першою умовою знака якості: команда управління обсягом щонайменше 0,5 ЕПЗ, щонайменше 15 залучених членів, щонайменше два види членів потрійної спіралі та вебсайт, що показує реальну діяльність.
indicator-set-eccp-listing-line-f1 = Команда управління обсягом щонайменше 0,5 ЕПЗ
indicator-set-eccp-listing-line-f2 = Щонайменше 15 залучених членів
indicator-set-eccp-listing-line-f3 = Щонайменше два види членів (потрійна спіраль)
indicator-set-eccp-listing-line-f4 = Вебсайт, що показує реальну діяльність

# label_readiness
indicator-set-label-readiness = Cluster Management Excellence: готовність до знака якості
indicator-set-label-readiness-description = Сфери індикаторів знака якості (структура, управління та врядування, фінансування, стратегія та послуги, досягнення та визнання), прочитані з даних кластера, з підтвердженнями, наявними для кожної з них. Власні порогові значення знака якості для окремих індикаторів не оприлюднюються: тут використано пороги мінімальних вимог для включення там, де вони є. Щоб вести власні пороги, скопіюйте набір.
indicator-set-label-readiness-line-1-2 = Склад учасників (потрійна спіраль)
indicator-set-label-readiness-line-1-3 = Кількість залучених учасників
indicator-set-label-readiness-line-2-2 = Кадрові ресурси управління кластером
indicator-set-label-readiness-line-3-2 = Частка приватного фінансування
indicator-set-label-readiness-line-4-2 = Задокументована стратегія з планом дій
indicator-set-label-readiness-line-4-5 = Перегляд стратегії та плану дій
indicator-set-label-readiness-line-4-10 = Робочі групи
indicator-set-label-readiness-line-4-12 = Присутність в інтернеті
indicator-set-label-readiness-line-5-1 = Визнання в публікаціях і медіа
indicator-set-label-readiness-line-5-2 = Історії успіху
indicator-set-label-readiness-line-5-3 = Вимірювання задоволеності членів

# regional_programme
indicator-set-regional-programme = Регіональна кластерна програма: індикатори політики
indicator-set-regional-programme-description = Індикатори, яких регіональна кластерна програма вимагає від кластерів, що їх вона фінансує: активні учасники (члени, залучені протягом року щонайменше до одного інноваційного проєкту або двох заходів, пов’язаних з інноваціями) і МСП серед них, схвалені проєкти (включно з міжкластерними), міжнародна співпраця, а також зростання обігу та зайнятості в організаціях-членах. Цілі програми є цілями кластера за тими самими індикаторами.
indicator-set-regional-programme-line-p1 = Активні учасники
indicator-set-regional-programme-line-p2 = Активні МСП
indicator-set-regional-programme-line-p3 = Схвалені проєкти
indicator-set-regional-programme-line-p3-1 = з них міжкластерні проєкти
indicator-set-regional-programme-line-p4 = Міжнародна співпраця
indicator-set-regional-programme-line-p5 = Зростання обігу організацій-членів
indicator-set-regional-programme-line-p6 = Зростання зайнятості в організаціях-членах

# monitoring
indicator-set-monitoring = Система моніторингу
indicator-set-monitoring-description = Усі показники каталогу, вбудовані та власні показники кластера, зіставлені з цільовими значеннями, які встановив кластер.
