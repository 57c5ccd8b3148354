# Rodzaje organizacji: potrójna helisa i jej otoczenie.
organisation-kind-company = Przedsiębiorstwo
organisation-kind-university = Uczelnia
organisation-kind-research-centre = Ośrodek badawczy lub technologiczny
organisation-kind-public-administration = Administracja publiczna
organisation-kind-association = Stowarzyszenie
organisation-kind-investor = Inwestor
organisation-kind-other = Inne

# Klasy wielkości MŚP w UE (zalecenie Komisji 2003/361/WE).
size-class-micro = Mikroprzedsiębiorstwo
size-class-small = Małe przedsiębiorstwo
size-class-medium = Średnie przedsiębiorstwo
size-class-large = Duże przedsiębiorstwo
size-class-unknown = Wielkość nieznana

# Rodzaje interakcji z organizacją.
interaction-kind-meeting = Spotkanie
interaction-kind-call = Rozmowa telefoniczna
interaction-kind-email = E-mail
interaction-kind-visit = Wizyta
interaction-kind-interview = Wywiad

# Kanały, którymi osoba zgadza się być kontaktowana.
channel-email = E-mail
channel-phone = Telefon
channel-post = Poczta

# Co zrobiono z danymi osoby (rejestr RODO).
privacy-action-export = Dane wyeksportowane
privacy-action-erasure = Dane usunięte
# Standardowe wskaźniki systemu monitoringu: nazwa i definicja każdego z nich.

indicator-events-held = Zorganizowane wydarzenia
indicator-events-held-description = Nieodwołane wydarzenia roku, w szczegółach według rodzaju.

indicator-participants = Uczestnicy
indicator-participants-description = Obecności zarejestrowane na wydarzeniach roku (osoba obecna na dwóch wydarzeniach liczy się podwójnie).

indicator-members-reached = Członkowie klastra, do których dotarto
indicator-members-reached-description = Członkowie, z których co najmniej jedna osoba uczestniczyła w wydarzeniu roku.

indicator-participation-rate = Wskaźnik uczestnictwa
indicator-participation-rate-description = Członkowie, którzy w roku wzięli udział w co najmniej jednej aktywności (wydarzenie, usługa, ankieta) lub projekcie, wśród wszystkich członków.

indicator-average-satisfaction = Średnie zadowolenie
indicator-average-satisfaction-description = Średnia odpowiedź na ogólne pytanie ankiety zadowolenia (od 1 do 5) w kampaniach zamykanych w roku.

indicator-new-members = Nowi członkowie
indicator-new-members-description = Członkostwa rozpoczęte w roku.

indicator-retention-rate = Wskaźnik utrzymania członków
indicator-retention-rate-description = Spośród członków na początek roku odsetek tych, którzy na jego koniec nadal są członkami.

indicator-interactions-logged = Zarejestrowane interakcje
indicator-interactions-logged-description = Rozmowy telefoniczne, spotkania, wizyty i e-maile z organizacjami zarejestrowane w roku.

indicator-active-member-share = Odsetek aktywnych członków
indicator-active-member-share-description = Członkowie, którzy według zasady klastra są aktywnymi podmiotami (projekty lub aktywności w roku), wśród wszystkich członków.

indicator-members = Członkowie
indicator-members-description = Organizacje członkowskie na koniec roku (lub dziś, w trakcie roku).

indicator-active-actors = Aktywne podmioty
indicator-active-actors-description = Członkowie, którzy w roku wzięli udział w co najmniej jednym projekcie lub dwóch aktywnościach (liczby określa zasada klastra).

indicator-active-smes = Aktywne MŚP
indicator-active-smes-description = Aktywne podmioty będące mikro, małymi lub średnimi przedsiębiorstwami.

indicator-working-groups-met = Grupy robocze, które się spotkały
indicator-working-groups-met-description = Grupy robocze z co najmniej jednym spotkaniem w roku.

indicator-media-mentions = Wzmianki w mediach
indicator-media-mentions-description = Artykuły, audycje i publikacje o klastrze w roku, wprowadzone wraz z wycinkami prasowymi jako dowodami.

indicator-projects-running = Realizowane projekty
indicator-projects-running-description = Projekty realizowane w roku, w szczegółach według etapu.

indicator-aligned-share = Odsetek zgodnych z wyzwaniem
indicator-aligned-share-description = Spośród projektów roku te, które służą co najmniej jednemu wyzwaniu strategii.

indicator-members-in-projects = Członkowie klastra w projektach
indicator-members-in-projects-description = Członkowie uczestniczący w projekcie roku.

indicator-sme-share = Udział MŚP wśród uczestników
indicator-sme-share-description = Spośród organizacji członkowskich w projektach roku, których wielkość jest znana – MŚP.

indicator-budget-mobilised = Zmobilizowany budżet
indicator-budget-mobilised-description = Budżety projektów rozpoczętych w roku (każdy liczony raz, w swoim pierwszym roku).

indicator-public-funding = Pozyskane finansowanie publiczne
indicator-public-funding-description = Finansowanie publiczne pozyskane przez sfinansowane projekty rozpoczęte w roku.

indicator-private-funding = Pozyskane finansowanie prywatne
indicator-private-funding-description = Finansowanie prywatne pozyskane przez sfinansowane projekty rozpoczęte w roku.

indicator-inter-cluster-projects = Projekty międzyklastrowe
indicator-inter-cluster-projects-description = Projekty roku z klastrem partnerskim lub w obszarze międzyklastrowym.

indicator-projects-approved = Zatwierdzone projekty
indicator-projects-approved-description = Projekty rozpoczęte w roku, które pozyskały finansowanie (sfinansowane, w realizacji lub zakończone), łącznie z międzyklastrowymi.

indicator-international-projects = Współpraca międzynarodowa
indicator-international-projects-description = Projekty roku z uczestnikiem z innego kraju: organizacją, klastrem partnerskim lub podmiotem zewnętrznym.

indicator-fees-billed = Zafakturowane składki
indicator-fees-billed-description = Faktury składkowe za okres członkostwa danego roku, pomniejszone o faktury korygujące.

indicator-fees-collected = Wpłacone składki
indicator-fees-collected-description = Zapłacona część zafakturowanych składek.

indicator-fixed-cost-coverage = Pokrycie kosztów stałych
indicator-fixed-cost-coverage-description = Cykliczne przychody struktury (składki, publiczne wsparcie struktury, cykliczne usługi) w stosunku do kosztów struktury, jako krotność (dane wykonania).

indicator-private-share = Udział prywatny w przychodach
indicator-private-share-description = Przychody prywatne (składki, usługi, sponsoring, wkłady prywatne) w stosunku do wszystkich przychodów (dane wykonania).

indicator-public-dependency = Zależność od środków publicznych
indicator-public-dependency-description = Przychody publiczne w stosunku do wszystkich przychodów (dane wykonania).

indicator-staff-fte = Personel w EPC
indicator-staff-fte-description = Ekwiwalenty pełnego czasu pracy zespołu na koniec roku (lub dziś).

indicator-members-per-fte = Członkowie na EPC
indicator-members-per-fte-description = Członkowie na koniec roku w stosunku do EPC zespołu.

indicator-action-lines-on-track = Linie planu działań zgodne z planem
indicator-action-lines-on-track-description = Linie planu działań roku realizowane zgodnie z planem lub zakończone, wśród wszystkich jego linii.

indicator-board-meetings = Posiedzenia zarządu
indicator-board-meetings-description = Nieodwołane posiedzenia zarządu w roku.

indicator-fee-coverage = Pokrycie składkami
indicator-fee-coverage-description = Przychody ze składek członkowskich w stosunku do kosztów struktury, jako krotność (dane wykonania).

indicator-services-share = Udział usług
indicator-services-share-description = Przychody z usług w stosunku do wszystkich przychodów (dane wykonania).

indicator-fee-concentration = Koncentracja składek
indicator-fee-concentration-description = Przychody ze składek wpłacone przez pięciu największych płatników w stosunku do zafakturowanych przychodów ze składek (dane wykonania).

indicator-project-leverage = Dźwignia projektowa
indicator-project-leverage-description = Finansowanie projektów zmobilizowane dla uczestników w stosunku do kosztów struktury, jako krotność (dane wykonania).

indicator-runway = Zapas
indicator-runway-description = Liczba miesięcy kosztów struktury pokrywanych przez rezerwy: rezerwy × 12 w stosunku do kosztów struktury.

indicator-triple-helix-kinds = Rodzaje członków potrójnej helisy
indicator-triple-helix-kinds-description = Ile z rodzajów – biznes (przedsiębiorstwa, inwestorzy), nauka (uczelnie, ośrodki badawcze i technologiczne) i administracja publiczna – jest reprezentowanych wśród członków.

indicator-strategy-documented = Udokumentowana strategia i plan działań
indicator-strategy-documented-description = 1, gdy strategia obejmująca rok zawiera co najmniej jedno wyzwanie, a rok ma plan działań z co najmniej jedną linią; w przeciwnym razie 0.

indicator-strategy-reviews = Przeglądy strategii
indicator-strategy-reviews-description = Przeglądy strategii obejmującej rok oraz jej planu działań, zarejestrowane w roku.

indicator-internet-presence = Obecność w internecie
indicator-internet-presence-description = 1, gdy strona internetowa klastra pokazuje jego bieżącą działalność (aktualności lub wydarzenia roku), wprowadzone z adresem strony jako dowodem; w przeciwnym razie 0.

indicator-turnover-growth = Wzrost obrotów
indicator-turnover-growth-description = Zmiana obrotów członków w stosunku do roku poprzedniego, dla członków z danymi za oba lata.

indicator-employment-growth = Wzrost zatrudnienia
indicator-employment-growth-description = Zmiana zatrudnienia u członków w stosunku do roku poprzedniego, dla członków z danymi za oba lata.

indicator-export-share = Udział eksportu
indicator-export-share-description = Eksport członków w stosunku do ich obrotów, dla członków z obiema danymi.

indicator-rd-intensity = Intensywność B+R
indicator-rd-intensity-description = Wydatki członków na B+R w stosunku do ich obrotów, dla członków z obiema danymi.

indicator-innovating-share = Odsetek członków wprowadzających innowacje
indicator-innovating-share-description = Spośród członków z danymi za rok ci, którzy mają co najmniej jeden nowy produkt.

indicator-new-foreign-markets = Nowe rynki zagraniczne
indicator-new-foreign-markets-description = Nowe rynki zagraniczne, na które członkowie weszli w roku.

indicator-digital-maturity = Dojrzałość cyfrowa
indicator-digital-maturity-description = Średnia dojrzałość cyfrowa członków (od 1 do 5).

indicator-openness-to-cooperation = Otwartość na współpracę
indicator-openness-to-cooperation-description = Średnia odpowiedź na pytanie ankiety postaw strategicznych o otwartość na współpracę, w kampaniach zamykanych w roku.

indicator-planning-maturity = Dojrzałość planowania strategicznego
indicator-planning-maturity-description = Średni poziom planowania w ankiecie postaw strategicznych (od 1 – brak pisemnego planu do 4 – plan przeglądany co roku z użyciem wskaźników), w kampaniach zamykanych w roku.

indicator-perceived-value = Postrzegana wartość klastra
indicator-perceived-value-description = Średnia odpowiedź na pytanie ankiety postaw strategicznych o wartość klastra, w kampaniach zamykanych w roku.


# Wskaźniki ekonomiczne koordynatora klastra: nazwa i wzór każdego z nich.

ratio-fixed-cost-coverage = Pokrycie kosztów stałych
ratio-fixed-cost-coverage-formula = cykliczne przychody struktury (składki członkowskie, publiczne wsparcie struktury i cykliczne usługi) / koszty struktury
ratio-fixed-cost-coverage-goal = 1,00 lub więcej: koszty stałe pokryte stałymi przychodami

ratio-private-share = Udział prywatny
ratio-private-share-formula = przychody prywatne (składki, usługi, sponsoring, wkłady prywatne pieniężne lub niepieniężne) / przychody ogółem

ratio-public-dependency = Zależność od środków publicznych
ratio-public-dependency-formula = przychody publiczne / przychody ogółem

ratio-fee-coverage = Pokrycie składkami
ratio-fee-coverage-formula = przychody ze składek członkowskich / koszty struktury

ratio-services-share = Udział usług
ratio-services-share-formula = przychody z usług / przychody ogółem

ratio-fee-concentration = Koncentracja składek
ratio-fee-concentration-formula = przychody ze składek wpłacone przez pięciu największych płatników / zafakturowane przychody ze składek

ratio-project-leverage = Dźwignia projektowa
ratio-project-leverage-formula = finansowanie projektów zmobilizowane dla uczestników / koszty struktury

ratio-runway = Zapas
ratio-runway-formula = liczba miesięcy kosztów struktury pokrywanych przez rezerwy: rezerwy × 12 / koszty struktury
