# Ankiety: publiczna strona odpowiedzi, kwestionariusze i kampanie zespołu; zadania; interakcje i szablony wywiadów.

## Publiczna strona ankiety
survey-only-if-chosen = Tylko jeśli w pytaniu „{ $question }” wybrano „{ $option }”.
survey-answers-sent = Twoje odpowiedzi zostały wysłane. Dziękujemy.
survey-closed-on = Ankieta została zamknięta { $day }: nie przyjmuje już odpowiedzi.
survey-privacy-anonymous = Ta ankieta jest anonimowa: Twoje odpowiedzi są przechowywane bez Twojego imienia i nazwiska, adresu e-mail i tego linku, jedynie z rodzajem i klasą wielkości Twojej organizacji.
survey-privacy-named = Twoje odpowiedzi są przechowywane wraz z Twoim imieniem i nazwiskiem oraz nazwą Twojej organizacji, dla zespołu klastra.
survey-answers-taken-until = Odpowiedzi są przyjmowane do { $day }; pytania oznaczone * są wymagane do wysłania odpowiedzi, nie do ich zapisania.
survey-progress-saved = Zapisano. Wróć przez ten sam link, aby dokończyć.
survey-answers-to-fix-before-sending =
    { $count ->
        [one] Odpowiedzi do poprawienia przed wysłaniem: { $count }; nic jeszcze nie wysłano.
        [few] Odpowiedzi do poprawienia przed wysłaniem: { $count }; nic jeszcze nie wysłano.
        [many] Odpowiedzi do poprawienia przed wysłaniem: { $count }; nic jeszcze nie wysłano.
       *[other] Odpowiedzi do poprawienia przed wysłaniem: { $count }; nic jeszcze nie wysłano.
    }
survey-answers-to-fix-before-saving =
    { $count ->
        [one] Odpowiedzi do poprawienia przed zapisaniem: { $count }; nic jeszcze nie zapisano.
        [few] Odpowiedzi do poprawienia przed zapisaniem: { $count }; nic jeszcze nie zapisano.
        [many] Odpowiedzi do poprawienia przed zapisaniem: { $count }; nic jeszcze nie zapisano.
       *[other] Odpowiedzi do poprawienia przed zapisaniem: { $count }; nic jeszcze nie zapisano.
    }
survey-required = wymagane
survey-statement = Stwierdzenie
survey-send-my-answers = Wyślij moje odpowiedzi
survey-save-and-finish-later = Zapisz i dokończ później

## Kwestionariusze i kampanie
survey-saved-as-version = Zapisano jako wersję { $version }: udzielone już odpowiedzi zachowują wersję, na którą odpowiadano.
survey-saved = Zapisano.
survey-kind-single-choice = Jednokrotny wybór
survey-kind-multiple-choice = Wielokrotny wybór
survey-kind-likert = Skala Likerta
survey-kind-matrix = Macierz skal
survey-kind-number = Liczba
survey-kind-money = Kwota
survey-kind-text = Tekst
survey-kind-date = Data
survey-list-subheading = Kwestionariusze oraz kampanie, które wysyłają je do segmentu przez osobiste linki, wraz z wynikami
survey-campaigns = Kampanie
survey-campaign = Kampania
survey-sent-to = Wysłano do
survey-closes = Zamknięcie
survey-invited = Zaproszeni
survey-answered = Odpowiedzieli
survey-rate = Wskaźnik
survey-title-anonymous = { $title } (anonimowa)
survey-no-campaign = Nie wysłano jeszcze żadnej kampanii.
survey-questionnaires = Kwestionariusze
survey-questionnaire = Kwestionariusz
survey-questions = Pytania
survey-version = Wersja
survey-responses = Odpowiedzi
survey-archived = zarchiwizowany
survey-no-questionnaire = Nie ma jeszcze kwestionariusza: zacznij od szablonu poniżej.
survey-send-a-campaign = Wyślij kampanię
survey-new-questionnaire = Nowy kwestionariusz
survey-make = Utwórz
survey-start-from = Punkt wyjścia
survey-empty-questionnaire = Pusty kwestionariusz
survey-title = Tytuł
survey-title-hint = Dla pustego kwestionariusza; szablon ma własny.
survey-choose = Wybierz
survey-send-to-contacts-of = Wyślij do kontaktów z segmentu
survey-choose-a-segment = Wybierz segment
survey-segment-hint = Otrzymują ją tylko kontakty, których stała zgoda obejmuje ankiety wysyłane e-mailem; pozostałe są wymienione.
survey-title-respondents-read = Tytuł widoczny dla respondentów
survey-campaign-title-hint = Tytuł kwestionariusza, jeśli puste.
survey-answers-taken-until-label = Odpowiedzi przyjmowane do
survey-anonymous = Anonimowa
survey-anonymous-hint = Odpowiedzi są przechowywane bez powiązania z osobą ani z rodzajem czy wielkością organizacji; respondenci są o tym informowani.
survey-figures-year = Rok danych
survey-figures-year-hint = Dla ankiety o wynikach firm: ostatni zamknięty rok.
survey-questionnaire-made = Utworzono: zmień go według potrzeb.
survey-campaign-sent =
    { $count ->
        [one] Wysłano: { $count } osobisty link jest w drodze.
        [few] Wysłano: { $count } osobiste linki są w drodze.
        [many] Wysłano: { $count } osobistych linków jest w drodze.
       *[other] Wysłano: { $count } osobistego linku jest w drodze.
    }
survey-not-sent-to = Nie wysłano do osób (liczba: { $count }):
survey-and-more-left-out = i jeszcze { $count } (odpowiedź API wymienia wszystkie)
survey-kind-text-scale = Skala { $points }-punktowa, od { $low } do { $high }
survey-kind-text-matrix = Stwierdzenia: { $count }, na skali { $points }-punktowej
survey-bounds-between = od { $min } do { $max }
survey-bounds-at-least = co najmniej { $min }
survey-bounds-at-most = co najwyżej { $max }
survey-number-in = Liczba w { $unit }
survey-question = Pytanie
survey-answer-needed = Odpowiedź jest wymagana
survey-help-under-question = Pomoc pod pytaniem
survey-options-one-a-line = Opcje, jedna w wierszu
survey-options-hint = Dla jednokrotnego lub wielokrotnego wyboru.
survey-statements-one-a-line = Stwierdzenia, jedno w wierszu
survey-statements-hint = Dla macierzy: każde jest oceniane na skali.
survey-points-of-scale = Punkty skali
survey-points-hint = Od 2 do 11; 5, jeśli puste. Dla skali lub macierzy.
survey-label-of-1 = Etykieta 1
survey-label-of-1-hint = Na przykład „Bardzo niezadowolony”.
survey-label-of-top = Etykieta najwyższego punktu
survey-label-of-top-hint = Na przykład „Bardzo zadowolony”.
survey-unit = Jednostka
survey-unit-hint = Dla liczby: osoby, produkty, %.
survey-at-least = Co najmniej
survey-at-most = Co najwyżej
survey-decimals = Miejsca po przecinku
survey-decimals-hint = Od 0 do 3.
survey-long = Akapit, nie jeden wiersz
survey-long-hint = Dla tekstu.
survey-show-only-when = Pokaż tylko, gdy
survey-always-shown = Zawsze widoczne
survey-is-answered = … ma odpowiedź
survey-is-answered-hint = Opcja lub punkt skali (4), przy którym pokazuje się to pytanie.
survey-key = Klucz
survey-key-hint = Jak eksporty i wskaźniki nazywają odpowiedzi; tworzony z pytania, jeśli puste.
survey-no-introduction = Brak wprowadzenia.
survey-responses-to-all-versions = Odpowiedzi na wszystkie wersje
survey-version-was-sent = Ta wersja została wysłana w kampanii: zmiana tworzy nową wersję, a zaproszeni zachowują tę, którą otrzymali.
survey-needed = wymagane
survey-shown-when = gdy { $question } = { $value }
survey-up = W górę
survey-down = W dół
survey-remove = Usuń
survey-remove-question-confirm = Usunąć pytanie „{ $question }”?
survey-required-column = Wymagane
survey-shown = Widoczność
survey-no-question-in-section = W tej sekcji nie ma jeszcze pytań.
survey-remove-section = Usuń sekcję { $number }
survey-remove-section-confirm = Usunąć pustą sekcję „{ $section }”?
survey-section = Sekcja
survey-add-a-question = Dodaj pytanie
survey-add = Dodaj
survey-add-a-section = Dodaj sekcję
survey-title-and-introduction = Tytuł i wprowadzenie
survey-save = Zapisz
survey-introduction = Wprowadzenie, które respondenci czytają najpierw
survey-bring-back = Przywróć
survey-archive-confirm = Zarchiwizować kwestionariusz? Nie będzie można go użyć w nowych kampaniach; jego kampanie i odpowiedzi pozostaną.
survey-question-added = Pytanie zostało dodane.
survey-archived-notice = Zarchiwizowano.
survey-brought-back = Przywrócono.

## Wyniki kampanii
survey-n-answered = odpowiedzi: { $count }
survey-mean-median = średnia { $mean } · mediana { $median }
survey-answers = Odpowiedzi
survey-count = Liczba
survey-filter-invalid = Filtr jest nieprawidłowy: { $error }. Pokazano wszystkie odpowiedzi.
survey-campaign-subheading = Wysłano do: { $audience } · wersja { $version } kwestionariusza · odpowiedzi przyjmowane do { $day }
survey-campaign-subheading-anonymous = Wysłano do: { $audience } · wersja { $version } kwestionariusza · odpowiedzi przyjmowane do { $day } · anonimowa
survey-answers-csv = Odpowiedzi (CSV)
survey-answers-xlsx = Odpowiedzi (XLSX)
survey-import-answers = Importuj odpowiedzi
survey-response-rate = Wskaźnik odpowiedzi
survey-responses-counted = Odpowiedzi uwzględnione poniżej
survey-imported = Zaimportowane z innego narzędzia
survey-group = Grupa
survey-rate-by-kind = Wskaźnik odpowiedzi według rodzaju organizacji
survey-rate-by-size-class = Wskaźnik odpowiedzi według klasy wielkości
survey-nobody-invited = Nikogo nie zaproszono.
survey-answer = Odpowiedź
survey-share = Udział
survey-mean = Średnia
survey-mean-point-chart = { $question }: średni punkt każdego stwierdzenia
survey-range-to-under = od { $low } do poniżej { $high }
survey-by-month = według miesięcy
survey-month = Miesiąc
survey-kind-of-organisation = Rodzaj organizacji
survey-any = Dowolny
survey-size-class = Klasa wielkości
survey-segment = Segment
survey-which-responses = Które odpowiedzi
survey-show = Pokaż
survey-remind-title = Przypomnij tym, którzy nie odpowiedzieli
survey-send-reminders = Wyślij przypomnienia
survey-people-reminded =
    { $count ->
        [one] Przypomniano { $count } osobie, z nowym linkiem.
        [few] Przypomniano { $count } osobom, z nowym linkiem.
        [many] Przypomniano { $count } osobom, z nowym linkiem.
       *[other] Przypomniano { $count } osoby, z nowym linkiem.
    }

## Kwestionariusze dostarczane z clusterdesk
template-member-satisfaction = Zadowolenie członków
template-strategic-attitude = Postawa strategiczna firm
template-company-performance = Roczne wyniki firm
template-strategy-consultation = Konsultacje nowego planu strategicznego

## Zadania
task-tasks = Zadania
task-nobody-yet = jeszcze nikt
task-nobody-yet-option = (jeszcze nikt)
task-my-open-tasks = Moje otwarte zadania
task-all-open-tasks = Wszystkie otwarte zadania
task-done = Zrobione
task-done-tasks = Zadania zrobione
task-open-about-organisation = Otwarte zadania dotyczące jednej organizacji
task-nothing-to-do = Nic do zrobienia: żadne otwarte zadanie nie jest Twoje.
task-none-here = Brak zadań.
task-what-is-to-be-done = Co trzeba zrobić
task-due = Termin
task-who-does-it = Kto to robi
task-new = Nowe zadanie
task-new-about = Nowe zadanie dotyczące organizacji { $organisation }
task-add = Dodaj zadanie
task-created = Zadanie zostało utworzone.
task-task = Zadanie
task-who = Kto
task-overdue = zaległe
task-open-again = Otwórz ponownie

## Interakcje i szablony wywiadów
interaction-no-date = bez daty
interaction-timeline = Oś czasu
interaction-what = Co
interaction-timeline-empty = Brak interakcji i zadań. Zapisz spotkanie, rozmowę telefoniczną, wizytę lub wywiad.
interaction-log = Zapisz interakcję
interaction-task-done = Zadanie, zrobione
interaction-task-overdue = Zadanie, zaległe
interaction-open-from-organisation = otwórz formularz ze strony organizacji
interaction-day = Dzień
interaction-subject = Temat
interaction-with = Z kim
interaction-nobody-in-particular = (nikt konkretny)
interaction-team-member = Członek zespołu
interaction-none = (brak)
interaction-notes = Notatki
interaction-interview-template = Wywiad: { $template }
interaction-interview-with = Wywiad z organizacją { $organisation }: { $template }
interaction-log-with = Zapisz interakcję z organizacją { $organisation }
interaction-no-templates = Wywiady przebiegają według szablonów pytań; klaster nie ma jeszcze żadnego.
interaction-log-an-interaction = Zapisz interakcję
interaction-logged = Interakcja została zapisana.
interaction-logged-by = Zapisał(a)
interaction-by-on = { $who }, { $day }
interaction-kind-with = { $kind } – { $organisation }
interaction-follow-up-tasks = Zadania następcze
interaction-state = Stan
interaction-no-follow-up-tasks = Brak zadań następczych.
interaction-add-follow-up-task = Dodaj zadanie następcze
interaction-record-project-idea = Zapisz na tej podstawie pomysł na projekt
interaction-templates-intro = Pytania, według których przebiega wywiad ustrukturyzowany. Odpowiedzi są przechowywane osobno dla każdego pytania, aby można było porównywać wywiady.
interaction-no-templates-yet = Brak szablonów.
interaction-new-template = Nowy szablon
interaction-template-name = Nazwa
interaction-one-question-a-line = Jedno pytanie w wierszu.
interaction-add-template = Dodaj szablon
survey-group-unknown = Nieznane
survey-chart-not-rated = bez oceny
