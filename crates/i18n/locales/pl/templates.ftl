# The questionnaires shipped with clusterdesk (domain::survey::templates), built in English.
# Each distinct text once; a text used by several questions or questionnaires has one message.

## Shared: the services a cluster organisation offers (SERVICES)
survey-template-service-events-networking = Wydarzenia i networking
survey-template-service-market-intelligence = Informacje i analizy rynkowe
survey-template-service-collaborative-projects = Wsparcie projektów współpracy
survey-template-service-funding = Dostęp do dotacji i funduszy
survey-template-service-training = Szkolenia
survey-template-service-internationalisation = Internacjonalizacja

## Member satisfaction
survey-template-member-satisfaction-title = Zadowolenie członków
survey-template-member-satisfaction-intro = Na ile klaster odpowiada na potrzeby Państwa organizacji? Państwa odpowiedzi wpłyną na plan pracy na przyszły rok; wypełnienie ankiety zajmie około pięciu minut.
survey-template-section-cluster-services = Usługi klastra
survey-template-services-used = Z których usług klastra Państwa organizacja skorzystała w tym roku?
survey-template-service-quality = Na ile są Państwo zadowoleni z poszczególnych usług?
survey-template-very-dissatisfied = Bardzo niezadowolony
survey-template-very-satisfied = Bardzo zadowolony
survey-template-section-overall = Ocena ogólna
survey-template-overall-satisfaction = Ogólnie rzecz biorąc, na ile są Państwo zadowoleni z klastra?
survey-template-recommend = Na ile prawdopodobne jest, że polecą Państwo członkostwo w klastrze swojemu partnerowi?
survey-template-not-at-all-likely = Zupełnie nieprawdopodobne
survey-template-extremely-likely = Bardzo prawdopodobne
survey-template-renew = Czy Państwa organizacja przedłuży członkostwo?
survey-template-yes = Tak
survey-template-probably = Raczej tak
survey-template-probably-not = Raczej nie
survey-template-no = Nie
survey-template-renew-why-not = Co skłoniłoby Państwa do pozostania?
survey-template-improve = Co klaster powinien robić lepiej lub zacząć robić?

## Strategic attitude of companies
survey-template-strategic-attitude-title = Postawa strategiczna firm
survey-template-strategic-attitude-intro = Jak Państwa firma planuje, współpracuje i postrzega klaster? Zbiorcze odpowiedzi pokazują, jak firmy klastra zmieniają się z biegiem lat.
survey-template-section-cooperation = Współpraca
survey-template-openness-to-cooperation = Na ile Państwa firma jest otwarta na współpracę z innymi firmami i ośrodkami badawczymi?
survey-template-not-open-at-all = Wcale nie otwarta
survey-template-very-open = Bardzo otwarta
survey-template-cooperation-partners = Z kim współpracowali Państwo w ciągu ostatnich trzech lat?
survey-template-partner-regional-companies = Inne firmy z regionu
survey-template-partner-universities = Uczelnie
survey-template-partner-research-centres = Ośrodki badawcze i technologiczne
survey-template-partner-companies-abroad = Firmy zagraniczne
# Both a choice (no partners) and the low label of the perceived-value scale.
survey-template-none = Brak
survey-template-section-strategy = Strategia
survey-template-strategic-planning = Jak Państwa firma planuje swoją przyszłość?
survey-template-planning-no-written-plan = Brak pisemnego planu
survey-template-planning-yearly-budget = Roczny budżet
survey-template-planning-multi-year-plan = Pisemny plan wieloletni
survey-template-planning-reviewed-plan = Pisemny plan, co roku weryfikowany za pomocą wskaźników
survey-template-innovation-priority = Jakie miejsce wśród priorytetów Państwa firmy zajmują innowacje?
survey-template-low = Niskie
survey-template-highest = Najwyższe
survey-template-section-the-cluster = Klaster
survey-template-perceived-value = Jaką wartość klaster wnosi do Państwa firmy?
survey-template-very-much = Bardzo dużą
survey-template-cluster-effects = Na ile zgadzają się Państwo z poniższymi stwierdzeniami?
survey-template-effect-found-partners = Klaster pomógł nam znaleźć partnerów
survey-template-effect-new-markets = Klaster pomógł nam wejść na nowe rynki
survey-template-effect-visibility = Dzięki klastrowi jesteśmy bardziej widoczni
survey-template-strongly-disagree = Zdecydowanie się nie zgadzam
survey-template-strongly-agree = Zdecydowanie się zgadzam

## Yearly company performance
survey-template-company-performance-title = Roczne wyniki firm
survey-template-company-performance-intro = Klaster raportuje rozwój swoich firm wyłącznie zbiorczo, nigdy indywidualnie. Prosimy podać dane za ostatni zamknięty rok obrotowy; można pominąć to, czego Państwo nie wiedzą.
survey-template-section-people-and-money = Zatrudnienie i finanse
survey-template-employees = Pracownicy
survey-template-unit-people = osób
survey-template-employees-help = Stan zatrudnienia na ostatni dzień roku
survey-template-turnover = Obroty
# The help text of the money questions (year_end).
survey-template-year-end-help = za ostatni zamknięty rok obrotowy
survey-template-exports = Obroty z eksportu
survey-template-rd-spending = Wydatki na badania i rozwój
survey-template-section-innovation-and-markets = Innowacje i rynki
survey-template-new-products = Nowe produkty lub usługi wprowadzone w ciągu roku
survey-template-unit-products = produktów
survey-template-new-foreign-markets = Kraje, do których sprzedawali Państwo po raz pierwszy w ciągu roku
survey-template-unit-countries = krajów
survey-template-digital-maturity = W jakim stopniu procesy w Państwa firmie są cyfrowe?
survey-template-paper-and-email = Papier i e-mail
survey-template-fully-digital = W pełni cyfrowe i oparte na danych

## Consultation for a new strategic plan
survey-template-strategy-consultation-title = Konsultacje nowego planu strategicznego
survey-template-strategy-consultation-intro = Klaster przygotowuje swój plan strategiczny na najbliższe lata. Prosimy powiedzieć nam, w jakim kierunku powinien zmierzać.
survey-template-section-challenges = Wyzwania
survey-template-main-challenges = Jakie są główne wyzwania Państwa firmy w ciągu najbliższych trzech lat?
survey-template-challenge-skilled-people = Pozyskanie wykwalifikowanych pracowników
survey-template-challenge-digitalisation = Cyfryzacja
survey-template-challenge-decarbonisation = Dekarbonizacja
survey-template-challenge-finance = Dostęp do finansowania
survey-template-challenge-new-markets = Nowe rynki
survey-template-challenge-regulation = Regulacje
survey-template-other-challenges = Inne wyzwania
survey-template-section-cluster-priorities = Priorytety klastra
survey-template-priorities = Jak ważny powinien być dla klastra każdy z obszarów?
survey-template-not-important = Nieistotny
survey-template-essential = Kluczowy
survey-template-would-lead = Czy Państwa firma pokierowałaby grupą roboczą dotyczącą jednego z tych wyzwań lub dołączyła do niej?
survey-template-lead = Kierować
survey-template-join = Dołączyć
survey-template-not-now = Nie teraz
survey-template-ideas = Pomysły na projekty, które klaster mógłby rozpocząć
