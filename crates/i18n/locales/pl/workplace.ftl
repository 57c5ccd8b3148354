# Strona startowa, przegląd klastra, to, co wymaga uwagi, Twoje konto, osoby klastra, linki do hasła, wyszukiwanie, sieć, wysłana poczta i części wspólne wszystkich stron.
workplace-your-clusters = Twoje klastry
workplace-the-network = Sieć
workplace-network-intro = Wszystkie klastry sieci wraz z tym, co dziś w nich wymaga uwagi.
workplace-clusters-intro = Co dziś wymaga uwagi w każdym z Twoich klastrów.
workplace-compare-clusters = Porównaj klastry
workplace-no-cluster-yet = Nie masz jeszcze roli w żadnym klastrze. Poproś koordynatora klastra o dodanie Cię.
workplace-cluster = Klaster
workplace-country = Kraj
workplace-needs-attention = Do załatwienia
workplace-urgent = Pilne
workplace-stat-organisations =
    { $count ->
        [one] organizacja
        [few] organizacje
        [many] organizacji
       *[other] organizacji
    }
workplace-stat-contacts =
    { $count ->
        [one] kontakt
        [few] kontakty
        [many] kontaktów
       *[other] kontaktów
    }
workplace-stat-members =
    { $count ->
        [one] członek
        [few] członkowie
        [many] członków
       *[other] członków
    }
workplace-stat-overdue-invoices =
    { $count ->
        [one] zaległa faktura
        [few] zaległe faktury
        [many] zaległych faktur
       *[other] zaległych faktur
    }
workplace-stat-open = { $amount } do zapłaty
workplace-needs-attention-today = Do załatwienia dziś
workplace-all-done = Wszystko zrobione: dziś nic nie wymaga Twojej uwagi.
workplace-yours = przypisane Tobie
workplace-attention-all = Wszystkie ({ $count })
workplace-concern-tasks = Zadania z terminem
workplace-concern-events = Nadchodzące wydarzenia
workplace-concern-applications = Oczekujące wnioski o członkostwo
workplace-concern-registration-requests = Zgłoszenia do sprawdzenia
workplace-concern-unmatched-payments = Płatności nieprzypisane do faktury
workplace-concern-overdue-invoices = Zaległe faktury
workplace-concern-members-at-risk = Członkowie zagrożeni odejściem
workplace-concern-milestones = Kamienie milowe projektów z terminem
workplace-concern-action-lines = Działania planu działań z terminem lub opóźnione
workplace-role-board = Zarząd
workplace-role-staff = Zespół
workplace-role-cluster-manager = Koordynator klastra
workplace-role-lower-board = zarząd
workplace-role-lower-staff = zespół
workplace-role-lower-cluster-manager = koordynator klastra
workplace-save = Zapisz
workplace-nothing-changed = Nic nie zmieniono: { $problem }.
workplace-year = Rok
workplace-unknown = nieznane
workplace-browser-on = { $browser } w systemie { $system }
workplace-your-account = Twoje konto
workplace-change-your-password = Zmień hasło
workplace-api-tokens = Tokeny API
workplace-network-administrator = Administrator sieci
workplace-you-manage-every-cluster = zarządzasz wszystkimi klastrami
workplace-works-in = Pracuje w
workplace-no-cluster-yet-short = jeszcze żaden klaster
workplace-this-browser = ta przeglądarka
workplace-end-session = Zakończ
workplace-signed-in-where = Gdzie jesteś zalogowany ({ $count })
workplace-browser = Przeglądarka
workplace-address = Adres
workplace-signed-in = Zalogowano
workplace-last-used = Ostatnie użycie
workplace-no-other-session = Brak innych sesji poza tą.
workplace-dates-are-written = Zapis dat
workplace-dates-hint = Na każdej czytanej stronie; wysyłane dokumenty zachowują własny zapis.
workplace-how-you-read-dates = Jak czytasz daty
workplace-as-my-browser-asks = Tak jak chce moja przeglądarka (inaczej angielski)
workplace-pages-are-written-in = Język stron
workplace-your-language = Twój język
workplace-language-set = Strony są teraz w języku: { $language }.
workplace-language-of-browser = Strony są teraz w języku, którego chce Twoja przeglądarka.
workplace-date-style-set = Daty są teraz zapisywane tak: { $example }.
workplace-change-the-password = Zmień hasło
workplace-current-password = Obecne hasło
workplace-new-password = Nowe hasło
workplace-new-password-hint = Co najmniej { $chars } znaków; zdanie z niezwiązanych ze sobą słów łatwo zapamiętać i trudno odgadnąć.
workplace-new-password-again = Powtórz nowe hasło
workplace-other-sessions-end = Pozostałe sesje zostaną zakończone; ta pozostaje.
workplace-password-changed = Hasło zostało zmienione.
workplace-password-changed-sessions-ended =
    { $count ->
        [one] Hasło zostało zmienione, a Twoja inna sesja została zakończona.
        [few] Hasło zostało zmienione, a { $count } inne sesje zostały zakończone.
        [many] Hasło zostało zmienione, a { $count } innych sesji zostało zakończonych.
       *[other] Hasło zostało zmienione, a { $count } innych sesji zostało zakończonych.
    }
workplace-session-ended = Sesja została zakończona: ta przeglądarka jest wylogowana.
workplace-your-api-tokens = Twoje tokeny API
workplace-tokens-intro = Token pozwala programowi korzystać z API w Twoim imieniu, w klastrach, w których pracujesz.
workplace-token-made = Token „{ $name }” został utworzony. Skopiuj go teraz: jest pokazywany tylko ten jeden raz.
workplace-new-token = Nowy token
workplace-token-revoked-at = unieważniony { $moment }
workplace-token-works = aktywny
workplace-revoke = Unieważnij
workplace-tokens-count = Tokeny ({ $count })
workplace-name = Nazwa
workplace-made = Utworzono
workplace-state = Stan
workplace-no-tokens = Nie masz tokenów API.
workplace-make-a-token = Utwórz token
workplace-token-name-hint = Co z niego korzysta, by rozpoznać go później.
workplace-token-revoked = Token został unieważniony: programy, które go używają, są od teraz odrzucane.
workplace-role = Rola
workplace-role-hint = Koordynatorzy klastra zarządzają wszystkim, także osobami i ustawieniami; zespół zmienia dane; zarząd przegląda.
workplace-person-deactivated = dezaktywowane
workplace-person-invited = zaproszenie wysłane, brak hasła
workplace-person-active = aktywne
workplace-people-intro = Wszyscy, którzy pracują w tym klastrze, i ich role.
workplace-invite-someone = Zaproś osobę
workplace-people-count = Osoby ({ $count })
workplace-nobody-works-here = W tym klastrze nikt jeszcze nie pracuje.
workplace-invite-name-hint = Jak widzą tę osobę inni; może ją zachować.
workplace-send-the-invitation = Wyślij zaproszenie
workplace-invite-intro =
    { $count ->
        [one] Osoba otrzyma e-mail z linkiem do ustawienia hasła, ważnym jednorazowo przez { $count } dzień.
        [few] Osoba otrzyma e-mail z linkiem do ustawienia hasła, ważnym jednorazowo przez { $count } dni.
        [many] Osoba otrzyma e-mail z linkiem do ustawienia hasła, ważnym jednorazowo przez { $count } dni.
       *[other] Osoba otrzyma e-mail z linkiem do ustawienia hasła, ważnym jednorazowo przez { $count } dni.
    }
workplace-invited-give-link = Zaproszenie dla { $email } jest gotowe, ale poczta nie jest skonfigurowana: przekaż ten link samodzielnie, działa jednorazowo: { $link }
workplace-invited = Zaproszenie dla { $email } zostało wysłane: link do ustawienia hasła jest w drodze.
workplace-invited-has-account = Konto { $email } już istnieje i teraz pracuje także tutaj; wiadomość o tym wysłano e-mailem.
workplace-person = Osoba
workplace-all-people = Wszystkie osoby
workplace-works-in-other-clusters = Pracuje w innych klastrach
workplace-network-administrator-yes = tak: pracuje w każdym klastrze jako koordynator
workplace-your-own-account = Twoje własne konto
workplace-your-own-account-note = Twoją rolę zmienia tutaj inny koordynator klastra; hasło i sesje znajdziesz w sekcji Twoje konto
workplace-change-the-role = Zmień rolę
workplace-take-out-of-cluster = Usunięcie z klastra
workplace-remove-from-cluster = Usuń z tego klastra
workplace-remove-confirm = Usunąć osobę { $name } z klastra { $cluster }? Jej konto i utworzone przez nią dane pozostaną.
workplace-account = Konto
workplace-deactivate-account = Dezaktywuj konto
workplace-deactivate-confirm = Dezaktywować konto { $email }? Nie będzie można się na nie zalogować; jego sesje i tokeny API przestaną działać natychmiast.
workplace-reactivate-account = Aktywuj konto ponownie
workplace-reactivate-confirm = Pozwolić ponownie logować się na konto { $email }?
workplace-role-set = Nowa rola osoby { $name }: { $role }.
workplace-removed = Osoba { $name } nie pracuje już w tym klastrze.
workplace-reactivated = Na konto { $email } można znów się logować.
workplace-deactivated = Konto { $email } jest dezaktywowane: wylogowane wszędzie i nie można się już na nie zalogować.
workplace-form-expired-or-foreign = formularz wygasł lub nie pochodził z tej witryny; wróć, odśwież stronę i wyślij go ponownie
workplace-form-unread = nie udało się odczytać formularza: { $problem }
workplace-next-has-control-characters = strona, do której wraca się po zalogowaniu, zawiera znaki sterujące
workplace-password-set-log-in = Hasło zostało ustawione: zaloguj się nim.
workplace-forgot-intro =
    { $count ->
        [one] Wpisz e-mail, którym się logujesz: wyślemy na niego link do ustawienia nowego hasła. Działa jednorazowo przez { $count } minutę.
        [few] Wpisz e-mail, którym się logujesz: wyślemy na niego link do ustawienia nowego hasła. Działa jednorazowo przez { $count } minuty.
        [many] Wpisz e-mail, którym się logujesz: wyślemy na niego link do ustawienia nowego hasła. Działa jednorazowo przez { $count } minut.
       *[other] Wpisz e-mail, którym się logujesz: wyślemy na niego link do ustawienia nowego hasła. Działa jednorazowo przez { $count } minut.
    }
workplace-send-the-link = Wyślij link
workplace-form-expired-send-again = Formularz wygasł. Wyślij go ponownie.
workplace-reset-link-on-its-way = Jeśli istnieje konto z adresem { $email }, link do ustawienia nowego hasła jest w drodze.
workplace-reset-link-works =
    { $count ->
        [one] Działa jednorazowo przez { $count } minutę; sprawdź też folder spamu.
        [few] Działa jednorazowo przez { $count } minuty; sprawdź też folder spamu.
        [many] Działa jednorazowo przez { $count } minut; sprawdź też folder spamu.
       *[other] Działa jednorazowo przez { $count } minut; sprawdź też folder spamu.
    }
workplace-welcome = Witamy w clusterdesk
workplace-choose-a-new-password = Ustaw nowe hasło
workplace-choose-intro = Ustaw hasło dla konta { $email } (co najmniej { $chars } znaków: zdanie z niezwiązanych ze sobą słów łatwo zapamiętać i trudno odgadnąć).
workplace-set-the-password = Ustaw hasło
workplace-form-expired-type-again = Formularz wygasł. Wpisz hasło ponownie.
workplace-login-form-expired = Formularz logowania wygasł. Zaloguj się ponownie.
workplace-email-or-password-wrong = Nieprawidłowy e-mail lub hasło.
workplace-upload-unreadable = przesłany plik jest większy niż { $mib } MiB lub nie udało się go odczytać
workplace-upload-form-expired = formularz wygasł; odśwież stronę i prześlij plik ponownie
workplace-back-to-login = Wróć do logowania
workplace-search-too-short =
    { $count ->
        [one] Wpisz co najmniej { $count } znak.
        [few] Wpisz co najmniej { $count } znaki.
        [many] Wpisz co najmniej { $count } znaków.
       *[other] Wpisz co najmniej { $count } znaków.
    }
workplace-search-nothing-matches = Brak wyników dla „{ $query }”.
workplace-search-all-organisations =
    { $count ->
        [one] Pasująca organizacja
        [few] Wszystkie { $count } pasujące organizacje
        [many] Wszystkie pasujące organizacje ({ $count })
       *[other] Wszystkie pasujące organizacje ({ $count })
    }
workplace-search-all-contacts =
    { $count ->
        [one] Pasujący kontakt
        [few] Wszystkie { $count } pasujące kontakty
        [many] Wszystkie pasujące kontakty ({ $count })
       *[other] Wszystkie pasujące kontakty ({ $count })
    }
workplace-search-all-invoices =
    { $count ->
        [one] Pasująca faktura
        [few] Wszystkie { $count } pasujące faktury
        [many] Wszystkie pasujące faktury ({ $count })
       *[other] Wszystkie pasujące faktury ({ $count })
    }
workplace-search-all-events =
    { $count ->
        [one] Pasujące wydarzenie
        [few] Wszystkie { $count } pasujące wydarzenia
        [many] Wszystkie pasujące wydarzenia ({ $count })
       *[other] Wszystkie pasujące wydarzenia ({ $count })
    }
workplace-search-all-projects =
    { $count ->
        [one] Pasujący projekt
        [few] Wszystkie { $count } pasujące projekty
        [many] Wszystkie pasujące projekty ({ $count })
       *[other] Wszystkie pasujące projekty ({ $count })
    }
workplace-search-intro = Organizacje, kontakty, faktury, wydarzenia i projekty; wielkość liter i znaki diakrytyczne nie mają znaczenia.
workplace-search-for = Szukaj
workplace-address-unread = nie można odczytać adresu: { $problem }
workplace-network-period-unread = { $problem }. Pokazano { $year }.
workplace-network-clusters = Klastry sieci
workplace-network-clusters-in = Klastry sieci, { $period }
workplace-network-intro-compare = Wybrane wskaźniki wszystkich klastrów obok siebie; kwoty w euro według tabeli kursów sieci
workplace-network-missing-rates = Kwoty w walutach { $currencies } pominięto: tabela kursów nie ma dla nich kursu. Dodaj go poniżej.
workplace-indicator = Wskaźnik
workplace-network-benchmark = Benchmark: pozostałe bez nazw
workplace-network-side-by-side = Obok siebie
workplace-network-no-indicators = Nie wybrano wskaźników.
workplace-rate-table = Tabela kursów
workplace-currency = Waluta
workplace-units-a-euro-buys = Jednostek za euro
workplace-set-by = Ustawił(a)
workplace-set-on = Dnia
workplace-no-rates = Brak kursów: kwoty w euro ich nie potrzebują.
workplace-what-to-compare = Co porównać
workplace-show = Pokaż
workplace-year-or-quarter = Rok lub kwartał
workplace-indicators = Wskaźniki
workplace-benchmark-for = Benchmark dla
workplace-every-cluster-by-name = Wszystkie klastry z nazwami
workplace-benchmark-hint = Pokazuje jeden klaster z nazwą, a pozostałe jako Klaster A, B, … w kolejności ich pierwszej wartości.
workplace-set-a-rate = Ustaw kurs
workplace-currency-hint = Kod ISO 4217: PLN, RON, BGN, UAH.
workplace-units-one-euro-buys = Jednostek za jedno euro
workplace-per-euro-hint = 4.265 lub 4,265.
workplace-rate-set = Kurs waluty { $currency } został ustawiony.
workplace-sent-mail = Wysłana poczta
workplace-sent-mail-intro = Ostatnie wiadomości (maks. { $shown }): potwierdzenia zgłoszeń, przypomnienia i prośby o opinię. Poczta czeka w skrzynce nadawczej, aż zostanie wysłana; to, co serwer pocztowy odrzuci, jest ponawiane, łącznie prób: { $attempts }. Godziny w strefie { $zone }.
workplace-mail-not-set-up = Poczta nie jest skonfigurowana, więc nic nie trafia do kolejki ani nie jest wysyłane: ustaw CLUSTERDESK_SMTP_URL i CLUSTERDESK_MAIL_FROM.
workplace-mail-sent-at = Wysłano { $moment }
workplace-mail-given-up =
    { $count ->
        [one] Zaniechano po { $count } próbie
        [few] Zaniechano po { $count } próbach
        [many] Zaniechano po { $count } próbach
       *[other] Zaniechano po { $count } próbach
    }
workplace-mail-waiting = Czeka na wysłanie
workplace-mail-refused =
    { $count ->
        [one] Odrzucono { $count } raz
        [few] Odrzucono { $count } razy
        [many] Odrzucono { $count } razy
       *[other] Odrzucono { $count } razy
    }
workplace-mail-next-try = następna próba { $moment }
workplace-messages = Wiadomości
workplace-queued = W kolejce od
workplace-to = Do
workplace-subject = Temat
workplace-about = Dotyczy
workplace-last-error = Ostatni błąd
workplace-no-mail-yet = Żadna wiadomość nie trafiła jeszcze do kolejki.
