# Sondaje: pagina publică de răspuns, chestionarele și campaniile echipei; sarcini; interacțiuni și șabloane de interviu.

## Pagina publică a unui sondaj
survey-only-if-chosen = Doar dacă ai ales „{ $option }” la „{ $question }”.
survey-answers-sent = Răspunsurile tale au fost trimise. Mulțumim.
survey-closed-on = Sondajul s-a închis pe { $day }: nu mai primește răspunsuri.
survey-privacy-anonymous = Acest sondaj este anonim: răspunsurile tale sunt păstrate fără numele tău, adresa ta de e-mail sau acest link, doar cu tipul și clasa de mărime ale organizației tale.
survey-privacy-named = Răspunsurile tale sunt păstrate cu numele tău și al organizației tale, pentru echipa clusterului.
survey-answers-taken-until = Răspunsurile sunt primite până pe { $day }; întrebările marcate cu * sunt necesare pentru a le trimite, nu pentru a le salva.
survey-progress-saved = Salvat. Revino prin același link pentru a termina.
survey-answers-to-fix-before-sending =
    { $count ->
        [one] { $count } răspuns de corectat înainte ca răspunsurile să poată fi trimise; nu s-a trimis încă nimic.
        [few] { $count } răspunsuri de corectat înainte ca răspunsurile să poată fi trimise; nu s-a trimis încă nimic.
       *[other] { $count } de răspunsuri de corectat înainte ca răspunsurile să poată fi trimise; nu s-a trimis încă nimic.
    }
survey-answers-to-fix-before-saving =
    { $count ->
        [one] { $count } răspuns de corectat înainte ca răspunsurile să poată fi salvate; nu s-a salvat încă nimic.
        [few] { $count } răspunsuri de corectat înainte ca răspunsurile să poată fi salvate; nu s-a salvat încă nimic.
       *[other] { $count } de răspunsuri de corectat înainte ca răspunsurile să poată fi salvate; nu s-a salvat încă nimic.
    }
survey-required = obligatoriu
survey-statement = Afirmație
survey-send-my-answers = Trimite răspunsurile mele
survey-save-and-finish-later = Salvează și termină mai târziu

## Chestionare și campanii
survey-saved-as-version = Salvat ca versiunea { $version }: răspunsurile deja date își păstrează versiunea la care au răspuns.
survey-saved = Salvat.
survey-kind-single-choice = Alegere unică
survey-kind-multiple-choice = Alegere multiplă
survey-kind-likert = Scală Likert
survey-kind-matrix = Matrice de scale
survey-kind-number = Număr
survey-kind-money = Sumă de bani
survey-kind-text = Text
survey-kind-date = Dată
survey-list-subheading = Chestionarele și campaniile care le trimit unui segment prin linkuri personale, cu rezultatele lor
survey-campaigns = Campanii
survey-campaign = Campanie
survey-sent-to = Trimisă către
survey-closes = Se închide
survey-invited = Invitați
survey-answered = Au răspuns
survey-rate = Rată
survey-title-anonymous = { $title } (anonim)
survey-no-campaign = Nicio campanie trimisă încă.
survey-questionnaires = Chestionare
survey-questionnaire = Chestionar
survey-questions = Întrebări
survey-version = Versiune
survey-responses = Răspunsuri
survey-archived = arhivat
survey-no-questionnaire = Niciun chestionar încă: pornește de la un șablon de mai jos.
survey-send-a-campaign = Trimite o campanie
survey-new-questionnaire = Chestionar nou
survey-make = Creează
survey-start-from = Pornește de la
survey-empty-questionnaire = Un chestionar gol
survey-title = Titlu
survey-title-hint = Pentru un chestionar gol; un șablon are propriul titlu.
survey-choose = Alege
survey-send-to-contacts-of = Trimite contactelor din
survey-choose-a-segment = Alege un segment
survey-segment-hint = Îl primesc doar contactele al căror acord permanent acoperă sondajele prin e-mail; celelalte sunt enumerate.
survey-title-respondents-read = Titlul citit de respondenți
survey-campaign-title-hint = Titlul chestionarului, dacă este gol.
survey-answers-taken-until-label = Răspunsuri primite până pe
survey-anonymous = Anonim
survey-anonymous-hint = Răspunsurile sunt păstrate fără legătură cu persoana, nici cu tipul sau mărimea organizației; respondenții sunt informați despre aceasta.
survey-figures-year = Anul cifrelor
survey-figures-year-hint = Pentru un sondaj despre performanța companiilor: ultimul an încheiat.
survey-questionnaire-made = Creat: modifică-l după nevoie.
survey-campaign-sent =
    { $count ->
        [one] Trimis: { $count } link personal este pe drum.
        [few] Trimis: { $count } linkuri personale sunt pe drum.
       *[other] Trimis: { $count } de linkuri personale sunt pe drum.
    }
survey-not-sent-to =
    { $count ->
        [one] Netrimis către { $count } persoană:
        [few] Netrimis către { $count } persoane:
       *[other] Netrimis către { $count } de persoane:
    }
survey-and-more-left-out = și încă { $count } (răspunsul API-ului le enumeră pe toate)
survey-kind-text-scale = Scală cu { $points } puncte, de la { $low } la { $high }
survey-kind-text-matrix = Afirmații: { $count }, pe o scală cu { $points } puncte
survey-bounds-between = de la { $min } la { $max }
survey-bounds-at-least = cel puțin { $min }
survey-bounds-at-most = cel mult { $max }
survey-number-in = Număr în { $unit }
survey-question = Întrebare
survey-answer-needed = Este necesar un răspuns
survey-help-under-question = Ajutor sub întrebare
survey-options-one-a-line = Opțiuni, una pe rând
survey-options-hint = Pentru o alegere unică sau multiplă.
survey-statements-one-a-line = Afirmații, una pe rând
survey-statements-hint = Pentru o matrice: fiecare este evaluată pe scală.
survey-points-of-scale = Punctele scalei
survey-points-hint = De la 2 la 11; 5 dacă este gol. Pentru o scală sau o matrice.
survey-label-of-1 = Eticheta lui 1
survey-label-of-1-hint = De exemplu „Foarte nemulțumit”.
survey-label-of-top = Eticheta punctului maxim
survey-label-of-top-hint = De exemplu „Foarte mulțumit”.
survey-unit = Unitate
survey-unit-hint = Pentru un număr: persoane, produse, %.
survey-at-least = Cel puțin
survey-at-most = Cel mult
survey-decimals = Zecimale
survey-decimals-hint = De la 0 la 3.
survey-long = Un paragraf, nu un rând
survey-long-hint = Pentru un text.
survey-show-only-when = Afișează doar când
survey-always-shown = Afișată mereu
survey-is-answered = … are răspunsul
survey-is-answered-hint = Opțiunea sau punctul scalei (4) care face să apară această întrebare.
survey-key = Cheie
survey-key-hint = Cum numesc exporturile și indicatorii răspunsurile; formată din întrebare dacă este goală.
survey-no-introduction = Nicio introducere încă.
survey-responses-to-all-versions = Răspunsuri la toate versiunile
survey-version-was-sent = O campanie a trimis această versiune: o modificare creează o versiune nouă, iar invitații o păstrează pe cea primită.
survey-needed = obligatorie
survey-shown-when = când { $question } este { $value }
survey-up = Sus
survey-down = Jos
survey-remove = Elimină
survey-remove-question-confirm = Elimini întrebarea „{ $question }”?
survey-required-column = Obligatorie
survey-shown = Afișare
survey-no-question-in-section = Nicio întrebare în această secțiune încă.
survey-remove-section = Elimină secțiunea { $number }
survey-remove-section-confirm = Elimini secțiunea goală „{ $section }”?
survey-section = Secțiune
survey-add-a-question = Adaugă o întrebare
survey-add = Adaugă
survey-add-a-section = Adaugă o secțiune
survey-title-and-introduction = Titlu și introducere
survey-save = Salvează
survey-introduction = Introducerea pe care respondenții o citesc mai întâi
survey-bring-back = Readu
survey-archive-confirm = Arhivezi chestionarul? Nu mai poate fi folosit în campanii noi; campaniile și răspunsurile lui rămân.
survey-question-added = Întrebarea a fost adăugată.
survey-archived-notice = Arhivat.
survey-brought-back = Readus.

## Rezultatele unei campanii
survey-n-answered =
    { $count ->
        [one] { $count } răspuns
        [few] { $count } răspunsuri
       *[other] { $count } de răspunsuri
    }
survey-mean-median = medie { $mean } · mediană { $median }
survey-answers = Răspunsuri
survey-count = Număr
survey-filter-invalid = Filtrul nu este valid: { $error }. Sunt afișate toate răspunsurile.
survey-campaign-subheading = Trimisă către { $audience } · versiunea { $version } a chestionarului · răspunsuri primite până pe { $day }
survey-campaign-subheading-anonymous = Trimisă către { $audience } · versiunea { $version } a chestionarului · răspunsuri primite până pe { $day } · anonim
survey-answers-csv = Răspunsuri (CSV)
survey-answers-xlsx = Răspunsuri (XLSX)
survey-import-answers = Importă răspunsuri
survey-response-rate = Rata de răspuns
survey-responses-counted = Răspunsuri numărate mai jos
survey-imported = Importate din alt instrument
survey-group = Grup
survey-rate-by-kind = Rata de răspuns după tipul organizației
survey-rate-by-size-class = Rata de răspuns după clasa de mărime
survey-nobody-invited = Nu a fost invitat nimeni.
survey-answer = Răspuns
survey-share = Pondere
survey-mean = Medie
survey-mean-point-chart = { $question }: punctul mediu al fiecărei afirmații
survey-range-to-under = de la { $low } la sub { $high }
survey-by-month = pe luni
survey-month = Luna
survey-kind-of-organisation = Tipul organizației
survey-any = Oricare
survey-size-class = Clasa de mărime
survey-segment = Segment
survey-which-responses = Ce răspunsuri
survey-show = Afișează
survey-remind-title = Reamintește celor care nu au răspuns
survey-send-reminders = Trimite mementouri
survey-people-reminded =
    { $count ->
        [one] { $count } persoană a primit un memento cu un link nou.
        [few] { $count } persoane au primit un memento cu un link nou.
       *[other] { $count } de persoane au primit un memento cu un link nou.
    }

## Chestionarele livrate cu clusterdesk
template-member-satisfaction = Satisfacția membrilor
template-strategic-attitude = Atitudinea strategică a companiilor
template-company-performance = Performanța anuală a companiilor
template-strategy-consultation = Consultare pentru un nou plan strategic

## Sarcini
task-tasks = Sarcini
task-nobody-yet = nimeni încă
task-nobody-yet-option = (nimeni încă)
task-my-open-tasks = Sarcinile mele deschise
task-all-open-tasks = Toate sarcinile deschise
task-done = Gata
task-done-tasks = Sarcini finalizate
task-open-about-organisation = Sarcini deschise despre o organizație
task-nothing-to-do = Nimic de făcut: nicio sarcină deschisă nu este a ta.
task-none-here = Nicio sarcină aici.
task-what-is-to-be-done = Ce este de făcut
task-due = Termen
task-who-does-it = Cine o face
task-new = Sarcină nouă
task-new-about = Sarcină nouă despre { $organisation }
task-add = Adaugă sarcina
task-created = Sarcina a fost creată.
task-task = Sarcină
task-who = Cine
task-overdue = restantă
task-open-again = Redeschide

## Interacțiuni și șabloane de interviu
interaction-no-date = fără dată
interaction-timeline = Cronologie
interaction-what = Ce
interaction-timeline-empty = Nicio interacțiune sau sarcină încă. Înregistrează o întâlnire, un apel, o vizită sau un interviu.
interaction-log = Înregistrează o interacțiune
interaction-task-done = Sarcină, finalizată
interaction-task-overdue = Sarcină, restantă
interaction-open-from-organisation = deschide formularul de pe pagina unei organizații
interaction-day = Ziua
interaction-subject = Subiect
interaction-with = Cu
interaction-nobody-in-particular = (nimeni anume)
interaction-team-member = Membru al echipei
interaction-none = (niciunul)
interaction-notes = Note
interaction-interview-template = Interviu: { $template }
interaction-interview-with = Interviu cu { $organisation }: { $template }
interaction-log-with = Înregistrează o interacțiune cu { $organisation }
interaction-no-templates = Interviurile urmează șabloane de întrebări; clusterul nu are încă niciunul.
interaction-log-an-interaction = Înregistrează o interacțiune
interaction-logged = Interacțiunea a fost înregistrată.
interaction-logged-by = Înregistrată de
interaction-by-on = { $who } pe { $day }
interaction-kind-with = { $kind } cu { $organisation }
interaction-follow-up-tasks = Sarcini de urmărire
interaction-state = Stare
interaction-no-follow-up-tasks = Nicio sarcină de urmărire.
interaction-add-follow-up-task = Adaugă o sarcină de urmărire
interaction-record-project-idea = Înregistrează o idee de proiect pornind de aici
interaction-templates-intro = Întrebările pe care le urmează un interviu structurat. Răspunsurile sunt păstrate pe întrebări, ca interviurile să poată fi comparate.
interaction-no-templates-yet = Niciun șablon încă.
interaction-new-template = Șablon nou
interaction-template-name = Nume
interaction-one-question-a-line = O întrebare pe rând.
interaction-add-template = Adaugă șablonul
survey-group-unknown = Necunoscut
survey-chart-not-rated = neevaluat
