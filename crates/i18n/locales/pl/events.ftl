# Strony wydarzeń dla zespołu (lista, formularz, strona wydarzenia, rejestracja obecności, identyfikatory,
# cykle) i strony zaangażowania (grupy robocze, zaangażowanie w roku, opinie).
events-seats-taken = Zajęte miejsca: { $taken } z { $capacity }; na liście rezerwowej: { $waiting }
events-seats-no-limit = Zarejestrowani: { $registered }, bez limitu miejsc
events-cancelled = Odwołane
events-past-events = Minione wydarzenia
events-list-subheading = Zasubskrybuj kanał kalendarza w dowolnym programie kalendarza, aby widzieć wszystkie wydarzenia.
events-new-event = Nowe wydarzenie
events-coming-events = Nadchodzące wydarzenia
events-calendar-feed = Kanał kalendarza
events-sent-mail = Wysłane wiadomości
events-new-series = Nowy cykl
events-create-series = Utwórz cykl
events-title = Tytuł
events-description = Opis
events-time-zone = Strefa czasowa
events-set-time-zone = Ustaw strefę czasową
events-time-zone-field = Strefa czasowa (nazwa z bazy tz)
events-time-zone-hint = Godziny wydarzeń są podawane w strefie { $zone }. Pozostaw puste, aby użyć strefy kraju ({ $country_zone }).
events-visitors-registrations = Rejestracje gości
events-mail-not-set-up-hint = Na tym serwerze nie skonfigurowano poczty: do tego czasu rejestracje czekają na zespół.
events-public-registrations = Rejestracje ze stron publicznych
events-save = Zapisz
events-privacy-notice-address = Informacja o ochronie danych (adres strony)
events-privacy-notice-hint = Każdy formularz publiczny zawiera do niej link: co klaster przechowuje o gościach, dlaczego i jak długo.
events-renew-feed = Nadaj kanałowi nowy adres
events-renew-feed-confirm = Kalendarze subskrybujące stary adres przestaną otrzymywać wydarzenia. Nadać kanałowi nowy adres?
events-latest-first = Najnowsze najpierw
events-coming = Nadchodzące
events-event = Wydarzenie
events-seats = Miejsca
events-no-events = Brak wydarzeń.
events-series = Cykle
events-no-series = Brak cykli: cykl grupuje spotkania w określonych terminach, np. program szkoleniowy.
events-day = Dzień
events-starts = Początek
events-ends = Koniec
events-place = Miejsce
events-place-hint = Dla wydarzenia stacjonarnego lub hybrydowego.
events-link-to-join = Link do udziału
events-link-hint = Dla wydarzenia online lub hybrydowego.
events-capacity-hint = Puste oznacza brak limitu; gdy miejsc zabraknie, kolejne osoby trafiają na listę rezerwową.
events-price-for-members-in = Cena dla członków ({ $currency })
events-price-for-others-in = Cena dla pozostałych ({ $currency })
events-empty-for-free = Puste oznacza bezpłatnie.
events-non-member-price-hint = Puste oznacza bezpłatnie. Płatna rejestracja powoduje wystawienie faktury.
events-tax-rate = Stawka VAT (%)
events-tax-rate-hint = Od cen, na fakturach za rejestracje. Puste lub 0, jeśli brak.
events-calendar-agenda = Program
events-agenda-hint = Jeden punkt w wierszu: 09:30-10:15 Tytuł | Prelegent. Tytuł zaczynający się od „Break” lub „Coffee” oznacza przerwę.
events-save-event = Zapisz wydarzenie
events-created = Wydarzenie zostało utworzone; jego strona publiczna przyjmuje rejestracje.
events-cancelled-when = Odwołane · { $when }
events-check-in = Rejestracja obecności
events-calendar-file = Plik kalendarza
events-public-page = Strona publiczna
events-attendees-csv = Uczestnicy (CSV)
events-attendees-xlsx = Uczestnicy (XLSX)
events-name-badges = Identyfikatory imienne
events-registration = Rejestracja
events-cancel-the-event = Odwołaj wydarzenie
events-cancel-confirm = Odwołać to wydarzenie? Pozostanie na liście jako odwołane, a subskrybowane kalendarze pokażą je jako odwołane.
events-part-of = Część cyklu
events-a-session-of = Spotkanie cyklu
events-no-series-choice = (bez cyklu)
events-a-meeting-of = Spotkanie grupy
events-no-group-choice = (bez grupy)
events-ask-those-who-came = Poproś uczestników o opinię
events-register-someone = Zarejestruj osobę
events-register-button = Zarejestruj
events-email-of-the-person = E-mail osoby
events-register-someone-hint = Kontakt klastra; otrzyma potwierdzenie ze swoim osobistym linkiem.
events-email-the-registered = Napisz do zarejestrowanych
events-mail-to = Do
events-those-with-a-seat = Osoby z miejscem
events-those-with-a-seat-and-waiting = Osoby z miejscem i osoby z listy rezerwowej
events-mail-subject = Temat
events-mail-subject-hint = Tytuł wydarzenia zostanie dodany.
events-mail-message = Wiadomość
events-mail-ask = Wysłać tę wiadomość do wszystkich wybranych osób? Każda otrzyma własną kopię; odpowiedzi trafią do Ciebie.
events-give-a-seat = Przydziel miejsce
events-give-a-seat-confirm = Brak wolnych miejsc. Przydzielić mimo to miejsce ponad limit (osoba: { $name })?
events-new-review = nowa: do sprawdzenia
events-cancel-registration = Anuluj
events-cancel-registration-confirm = Anulować rejestrację: { $name }? Faktura zostanie skorygowana, a miejsce otrzyma pierwsza osoba z listy rezerwowej.
events-a-contact-of = kontakt organizacji { $organisation }
events-new-email = nowy
events-accept = Przyjmij
events-decline = Odrzuć
events-registrations-to-check = Rejestracje do sprawdzenia ({ $count })
events-person-as-typed = Osoba, jak wpisano
events-organisation-as-typed = Organizacja, jak wpisano
events-the-email-is = Adres e-mail to
events-waiting-for = Czeka na
events-registrations-count = Rejestracje ({ $count })
events-person = Osoba
events-came = Obecność
events-invoice = Faktura
events-review = Weryfikacja
events-waiting-list = Lista rezerwowa
events-nobody-registered = Nikt się jeszcze nie zarejestrował.
events-cancelled-notice = Wydarzenie zostało odwołane; faktury za jego rejestracje zostały skorygowane.
events-undo = Cofnij
events-nobody-holds-a-seat = Nikt nie ma miejsca.
events-nobody-matches = Brak wyników dla „{ $search }”.
events-check-in-heading = Rejestracja obecności: { $title }
events-check-in-tally = Obecni: { $came } z { $registered } zarejestrowanych · { $when }
events-check-in-opens = Rejestracja obecności otwiera się w dniu wydarzenia: { $day }.
events-back-to-the-event = Wróć do wydarzenia
events-find-a-person = Znajdź osobę
events-name-or-organisation = Imię i nazwisko lub organizacja
events-recorded = Zapisano.
events-registration-cancelled = Rejestracja anulowana: { $name }
events-its-invoice-credited = ; faktura została skorygowana
events-moved-up =
    { $count ->
        [one] ; { $count } osoba przechodzi z listy rezerwowej na wolne miejsce
        [few] ; { $count } osoby przechodzą z listy rezerwowej na wolne miejsca
        [many] ; { $count } osób przechodzi z listy rezerwowej na wolne miejsca
       *[other] ; { $count } osoby przechodzi z listy rezerwowej na wolne miejsca
    }
events-seat-given = Przydzielono miejsce: { $name }; powiadomienie wysłano e-mailem.
events-registered-already = Już zarejestrowano: { $who }; nic się nie zmieniło.
events-who-is-registered = Zarejestrowano: { $who }
events-who-is-waiting = Brak wolnych miejsc: { $who } – na liście rezerwowej
events-invoice-issued = ; wystawiono fakturę { $number }
events-confirmation-on-its-way = , a potwierdzenie jest w drodze.
events-mail-sent =
    { $count ->
        [one] Wiadomość jest wysyłana do { $count } osoby.
        [few] Wiadomość jest wysyłana do { $count } osób, do każdej osobno.
        [many] Wiadomość jest wysyłana do { $count } osób, do każdej osobno.
       *[other] Wiadomość jest wysyłana do { $count } osoby, do każdej osobno.
    }
events-badges-intro =
    { $count ->
        [one] { $count } identyfikator dla osoby z miejscem, według nazwiska. Wydrukuj tę stronę na A4 lub zapisz ją jako PDF z okna drukowania.
        [few] { $count } identyfikatory dla wszystkich z miejscem, według nazwisk. Wydrukuj tę stronę na A4 lub zapisz ją jako PDF z okna drukowania.
        [many] { $count } identyfikatorów dla wszystkich z miejscem, według nazwisk. Wydrukuj tę stronę na A4 lub zapisz ją jako PDF z okna drukowania.
       *[other] { $count } identyfikatora dla wszystkich z miejscem, według nazwisk. Wydrukuj tę stronę na A4 lub zapisz ją jako PDF z okna drukowania.
    }
events-nobody-has-a-seat = Nikt nie ma jeszcze miejsca.
events-feedback-asked =
    { $count ->
        [one] Poproszono o opinię { $count } uczestnika.
        [few] Poproszono o opinię { $count } uczestników.
        [many] Poproszono o opinię { $count } uczestników.
       *[other] Poproszono o opinię { $count } uczestnika.
    }
events-saved = Zapisano.
events-time-zone-set = Godziny wydarzeń są teraz podawane w strefie { $zone }.
events-public-registration-mail = Rejestracje gości: gość potwierdza przez link wysłany na podany adres.
events-public-registration-review = Rejestracje gości: zespół przyjmuje lub odrzuca każdą z nich.
events-accepted-told-by-mail = , a osoba została powiadomiona e-mailem
events-accepted-mail-not-set-up = ; poczta nie jest skonfigurowana, więc powiadom tę osobę samodzielnie
events-accepted-already = Przyjęto: osoba była już zarejestrowana
events-accepted-waiting = Przyjęto: brak wolnych miejsc, więc osoba czeka na miejsce
events-accepted-registered = Przyjęto: zarejestrowano
events-declined = Odrzucono: niczego nie zarejestrowano.
events-feed-renewed = Kanał kalendarza ma nowy adres: kalendarze subskrybujące stary przestaną otrzymywać wydarzenia.
events-sessions-count = Spotkania ({ $count })
events-series-session = Spotkanie
events-no-sessions = Brak spotkań: dodaj wydarzenia do cyklu z ich stron.
attendance-attended = Obecność
attendance-no-show = Nieobecność
registration-check-mail = Gość potwierdza przez link wysłany na podany adres
registration-check-review = Zespół przyjmuje lub odrzuca każdą z nich
activity-events = Udział w wydarzeniach
activity-working-groups = Grupy robocze
activity-services = Otrzymane usługi
activity-surveys = Wypełnione ankiety
engagement-working-groups = Grupy robocze
engagement-working-group = Grupa robocza
engagement-feedback = Opinie
engagement-groups-subheading = Członkowie spotykają się wokół wspólnego tematu; ich spotkania to wydarzenia powiązane z grupą.
engagement-new-working-group = Nowa grupa robocza
engagement-create-group = Utwórz grupę
engagement-group-name = Nazwa
engagement-what-it-works-on = Czym się zajmuje
engagement-groups = Grupy
engagement-group = Grupa
engagement-group-members = Uczestnicy
engagement-no-working-groups = Brak grup roboczych.
engagement-add-a-member = Dodaj uczestnika
engagement-add = Dodaj
engagement-email-of-the-contact = E-mail kontaktu
engagement-from = Od
engagement-left-on = odejście: { $day }
engagement-leaves = Odchodzi
engagement-group-members-count = Uczestnicy ({ $count })
engagement-since = Od
engagement-nobody-yet = Jeszcze nikogo.
engagement-meetings = Spotkania
engagement-meeting = Spotkanie
engagement-registered = Zarejestrowani
engagement-no-meetings = Brak spotkań: powiąż wydarzenie z grupą na stronie wydarzenia.
engagement-give-the-email = podaj e-mail kontaktu
engagement-no-contact-with-email = żaden kontakt klastra nie ma tego adresu e-mail
engagement-joined = Do grupy dołączył(a): { $name }.
engagement-person-left = Osoba odeszła z grupy.
engagement-of-year = Zaangażowanie { $year }
engagement-at-risk-explained = Zagrożeni: członkowie, którzy płacą składki, ale nie biorą udziału.
engagement-active = Aktywni
engagement-at-risk = Zagrożeni
engagement-new-not-yet-active = Nowi, jeszcze nieaktywni
engagement-show = Pokaż
engagement-year = Rok
engagement-who = Kto
engagement-every-organisation = Wszystkie organizacje
engagement-members-at-risk = Zagrożeni członkowie
engagement-new-members = Nowi członkowie
engagement-ask-the-members-at-risk = Zapytaj zagrożonych członków
engagement-survey-them = Wyślij ankietę
engagement-tag-at-risk-ask = Oznaczyć zagrożonych członków ({ $count }) tagiem „{ $tag }” i wybrać ankietę do wysłania?
engagement-rule = Zasada aktywnego członka
engagement-save-rule = Zapisz zasadę
engagement-rule-activities = Aktywności w roku, co najmniej
engagement-rule-projects = lub projekty w roku, co najmniej
engagement-rule-grace-months = Nowi członkowie nie są zagrożeni przez (miesiące)
engagement-rule-counts = Aktywności, które się liczą
engagement-active-member = Aktywny członek
engagement-new-member = Nowy członek
engagement-not-a-member = Nie jest członkiem
engagement-log-a-call = Zapisz rozmowę
engagement-create-a-task = Utwórz zadanie
engagement-members-count = Członkowie ({ $count })
engagement-members-at-risk-count = Zagrożeni członkowie ({ $count })
engagement-new-members-count = Nowi członkowie ({ $count })
engagement-organisations-count = Organizacje ({ $count })
engagement-member-since = Członek od
engagement-activities = Aktywności
engagement-next-step = Następny krok
engagement-or = Lub
engagement-nobody-here = Nikogo tu nie ma.
engagement-rule-saved = Zasada została zapisana.
engagement-at-risk-gathered = Zagrożeni członkowie ({ $count }) są w segmencie „{ $tag }”: wybierz kwestionariusz i wyślij.
engagement-feedback-of-year = Opinie { $year }
engagement-feedback-subheading = Oceny od 1 do 5 wystawione przez uczestników przez ich osobisty link.
engagement-by-event = Według wydarzenia
engagement-by-kind = Według rodzaju
engagement-by-month = Według miesiąca
engagement-average = Średnia
engagement-ratings = Oceny
engagement-no-ratings = Brak ocen w tym roku.
engagement-comments = Komentarze
engagement-rating = Ocena
engagement-comment = Komentarz
engagement-no-comments = Brak komentarzy.
engagement-new-member-not-yet-active = Nowy członek, jeszcze nieaktywny
engagement-at-risk-member = Zagrożony: członek, który nie bierze udziału
engagement-takes-part-not-member = Bierze udział, nie będąc członkiem
engagement-neither = W tym roku ani członek, ani uczestnik.
engagement-of-all = Zaangażowanie wszystkich
