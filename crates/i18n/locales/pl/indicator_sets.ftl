# Zestawy wskaźników dostarczane z clusterdesk: nazwa i opis każdego zestawu oraz nazwy jego pozycji.


# eccp_listing
indicator-set-eccp-listing = European Cluster Collaboration Platform: próg wpisu
indicator-set-eccp-listing-description = Czego European Cluster Collaboration Platform wymaga od organizacji klastrowej, zanim ją wpisze, i czego znak jakości wymaga w pierwszej kolejności: zespołu zarządzającego w wymiarze co najmniej 0,5 EPC, co najmniej 15 zaangażowanych członków, co najmniej dwóch rodzajów członków potrójnej helisy oraz strony internetowej pokazującej rzeczywistą działalność.
indicator-set-eccp-listing-line-f1 = Zespół zarządzający w wymiarze co najmniej 0,5 EPC
indicator-set-eccp-listing-line-f2 = Co najmniej 15 zaangażowanych członków
indicator-set-eccp-listing-line-f3 = Co najmniej dwa rodzaje członków (potrójna helisa)
indicator-set-eccp-listing-line-f4 = Strona internetowa pokazująca rzeczywistą działalność

# label_readiness
indicator-set-label-readiness = Cluster Management Excellence: gotowość do znaku jakości
indicator-set-label-readiness-description = Obszary wskaźników znaku jakości (struktura, zarządzanie i ład organizacyjny, finansowanie, strategia i usługi, osiągnięcia i rozpoznawalność) odczytane z danych klastra, wraz z dowodami zgromadzonymi dla każdego z nich. Własne progi znaku jakości dla poszczególnych wskaźników nie są publiczne: tam, gdzie próg wpisu określa wartość, przyjęto ją tutaj. Aby prowadzić własne progi, należy skopiować zestaw.
indicator-set-label-readiness-line-1-2 = Skład uczestników (potrójna helisa)
indicator-set-label-readiness-line-1-3 = Liczba zaangażowanych uczestników
indicator-set-label-readiness-line-2-2 = Zasoby kadrowe zarządzania klastrem
indicator-set-label-readiness-line-3-2 = Udział finansowania prywatnego
indicator-set-label-readiness-line-4-2 = Udokumentowana strategia z planem działań
indicator-set-label-readiness-line-4-5 = Przegląd strategii i planu działań
indicator-set-label-readiness-line-4-10 = Grupy robocze
indicator-set-label-readiness-line-4-12 = Obecność w internecie
indicator-set-label-readiness-line-5-1 = Rozpoznawalność w publikacjach i mediach
indicator-set-label-readiness-line-5-2 = Historie sukcesu
indicator-set-label-readiness-line-5-3 = Pomiar zadowolenia członków

# regional_programme
indicator-set-regional-programme = Regionalny program klastrowy: wskaźniki polityki klastrowej
indicator-set-regional-programme-description = Wskaźniki, których regionalny program klastrowy wymaga od finansowanych klastrów: aktywne podmioty (członkowie uczestniczący w roku w co najmniej jednym projekcie innowacyjnym lub w dwóch działaniach związanych z innowacjami) i MŚP wśród nich, zatwierdzone projekty (w tym międzyklastrowe), współpraca międzynarodowa oraz wzrost obrotów i zatrudnienia członków. Cele programu są celami klastra dla tych samych wskaźników.
indicator-set-regional-programme-line-p1 = Aktywne podmioty
indicator-set-regional-programme-line-p2 = Aktywne MŚP
indicator-set-regional-programme-line-p3 = Zatwierdzone projekty
indicator-set-regional-programme-line-p3-1 = w tym projekty międzyklastrowe
indicator-set-regional-programme-line-p4 = Współpraca międzynarodowa
indicator-set-regional-programme-line-p5 = Wzrost obrotów członków
indicator-set-regional-programme-line-p6 = Wzrost zatrudnienia u członków

# monitoring
indicator-set-monitoring = System monitorowania
indicator-set-monitoring-description = Wszystkie wskaźniki katalogu, wbudowane i własne klastra, zestawione z celami wyznaczonymi przez klaster.
