# Наборите от индикатори, доставяни с clusterdesk: името и описанието на всеки набор и имената на редовете му.


# eccp_listing
indicator-set-eccp-listing = European Cluster Collaboration Platform: минимални изисквания за вписване
indicator-set-eccp-listing-description = Какво изисква European Cluster Collaboration Platform от една клъстерна организация, преди да я впише, и какво изисква на първо място един етикет за качество: управляващ екип от поне 0,5 ЕПЗ, поне 15 ангажирани членове, поне два вида членове от тройната спирала и уебсайт, който показва реална дейност.
indicator-set-eccp-listing-line-f1 = Управляващ екип от поне 0,5 ЕПЗ
indicator-set-eccp-listing-line-f2 = Поне 15 ангажирани членове
indicator-set-eccp-listing-line-f3 = Поне два вида членове (тройна спирала)
indicator-set-eccp-listing-line-f4 = Уебсайт, който показва реална дейност

# label_readiness
indicator-set-label-readiness = Cluster Management Excellence: готовност за етикета
indicator-set-label-readiness-description = Областите с индикатори на етикета (структура, мениджмънт и управление, финансиране, стратегия и услуги, постижения и признание), прочетени от данните на клъстера, с наличните доказателства за всяка от тях. Собствените прагове на етикета за отделните индикатори не са публични: тук се използват праговете от минималните изисквания за вписване, където има такива. За да поддържате собствени прагове, копирайте набора.
indicator-set-label-readiness-line-1-2 = Състав на участниците (тройна спирала)
indicator-set-label-readiness-line-1-3 = Брой ангажирани участници
indicator-set-label-readiness-line-2-2 = Човешки ресурси на клъстерния мениджмънт
indicator-set-label-readiness-line-3-2 = Дял на частното финансиране
indicator-set-label-readiness-line-4-2 = Документирана стратегия с план за действие
indicator-set-label-readiness-line-4-5 = Преглед на стратегията и плана за действие
indicator-set-label-readiness-line-4-10 = Работни групи
indicator-set-label-readiness-line-4-12 = Присъствие в интернет
indicator-set-label-readiness-line-5-1 = Признание в публикации и медии
indicator-set-label-readiness-line-5-2 = Истории на успеха
indicator-set-label-readiness-line-5-3 = Измерване на удовлетвореността на членовете

# regional_programme
indicator-set-regional-programme = Регионална клъстерна програма: индикатори на политиката
indicator-set-regional-programme-description = Индикаторите, които една регионална клъстерна програма изисква от клъстерите, които финансира: активни участници (членове, участвали през годината в поне един иновационен проект или в две дейности, свързани с иновации) и МСП сред тях, одобрени проекти (включително междуклъстерните), международно сътрудничество, както и ръстът на оборота и на заетостта при членовете. Целите на програмата са целите на клъстера по същите индикатори.
indicator-set-regional-programme-line-p1 = Активни участници
indicator-set-regional-programme-line-p2 = Активни МСП
indicator-set-regional-programme-line-p3 = Одобрени проекти
indicator-set-regional-programme-line-p3-1 = от тях междуклъстерни проекти
indicator-set-regional-programme-line-p4 = Международно сътрудничество
indicator-set-regional-programme-line-p5 = Ръст на оборота на членовете
indicator-set-regional-programme-line-p6 = Ръст на заетостта при членовете

# monitoring
indicator-set-monitoring = Системата за мониторинг
indicator-set-monitoring-description = Всички индикатори от каталога, вградени и собствени на клъстера, сравнени с целите, поставени от клъстера.
