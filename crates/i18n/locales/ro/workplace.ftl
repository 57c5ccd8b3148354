# Pagina de start, prezentarea generală a unui cluster, ce necesită atenție, contul tău, persoanele unui cluster, linkurile pentru parolă, căutarea, rețeaua, corespondența trimisă și părțile comune tuturor paginilor.
workplace-your-clusters = Clusterele tale
workplace-the-network = Rețeaua
workplace-network-intro = Toate clusterele rețelei, cu ce necesită atenție azi în fiecare.
workplace-clusters-intro = Ce necesită atenție azi în fiecare dintre clusterele tale.
workplace-compare-clusters = Compară clusterele
workplace-no-cluster-yet = Nu ai încă niciun rol în vreun cluster. Roagă managerul clusterului să te adauge.
workplace-cluster = Cluster
workplace-country = Țara
workplace-needs-attention = De rezolvat
workplace-urgent = Urgente
workplace-stat-organisations =
    { $count ->
        [one] organizație
        [few] organizații
       *[other] de organizații
    }
workplace-stat-contacts =
    { $count ->
        [one] contact
        [few] contacte
       *[other] de contacte
    }
workplace-stat-members =
    { $count ->
        [one] membru
        [few] membri
       *[other] de membri
    }
workplace-stat-overdue-invoices =
    { $count ->
        [one] factură restantă
        [few] facturi restante
       *[other] de facturi restante
    }
workplace-stat-open = { $amount } de încasat
workplace-needs-attention-today = De rezolvat azi
workplace-all-done = Totul e gata: azi nimic nu necesită atenția ta.
workplace-yours = atribuită ție
workplace-attention-all = Toate ({ $count })
workplace-concern-tasks = Sarcini scadente
workplace-concern-events = Evenimente care urmează
workplace-concern-applications = Cereri de aderare în așteptare
workplace-concern-registration-requests = Înscrieri de verificat
workplace-concern-unmatched-payments = Plăți neasociate unei facturi
workplace-concern-overdue-invoices = Facturi restante
workplace-concern-members-at-risk = Membri în risc
workplace-concern-milestones = Etape de proiect scadente
workplace-concern-action-lines = Acțiuni din planul de acțiune scadente sau întârziate
workplace-role-board = Consiliu director
workplace-role-staff = Echipă
workplace-role-cluster-manager = Manager de cluster
workplace-role-lower-board = consiliu director
workplace-role-lower-staff = echipă
workplace-role-lower-cluster-manager = manager de cluster
workplace-save = Salvează
workplace-nothing-changed = Nu s-a schimbat nimic: { $problem }.
workplace-year = Anul
workplace-unknown = necunoscut
workplace-browser-on = { $browser } pe { $system }
workplace-your-account = Contul tău
workplace-change-your-password = Schimbă-ți parola
workplace-api-tokens = Tokenuri API
workplace-network-administrator = Administrator al rețelei
workplace-you-manage-every-cluster = administrezi toate clusterele
workplace-works-in = Lucrează în
workplace-no-cluster-yet-short = încă niciun cluster
workplace-this-browser = acest browser
workplace-end-session = Încheie
workplace-signed-in-where = Unde ești conectat ({ $count })
workplace-browser = Browser
workplace-address = Adresă
workplace-signed-in = Conectat
workplace-last-used = Ultima utilizare
workplace-no-other-session = Nicio altă sesiune în afară de aceasta.
workplace-dates-are-written = Datele se scriu
workplace-dates-hint = Pe fiecare pagină pe care o citești; documentele trimise își păstrează propriul format.
workplace-how-you-read-dates = Cum citești datele
workplace-as-my-browser-asks = Cum cere browserul meu (altfel engleză)
workplace-pages-are-written-in = Limba paginilor
workplace-your-language = Limba ta
workplace-language-set = Paginile sunt acum în { $language }.
workplace-language-of-browser = Paginile sunt acum în limba cerută de browserul tău.
workplace-date-style-set = Datele se scriu acum așa: { $example }.
workplace-change-the-password = Schimbă parola
workplace-current-password = Parola actuală
workplace-new-password = Parola nouă
workplace-new-password-hint = Cel puțin { $chars } caractere; o frază din cuvinte fără legătură între ele e ușor de ținut minte și greu de ghicit.
workplace-new-password-again = Parola nouă, încă o dată
workplace-other-sessions-end = Celelalte sesiuni ale tale se încheie; aceasta rămâne.
workplace-password-changed = Parola ta a fost schimbată.
workplace-password-changed-sessions-ended =
    { $count ->
        [one] Parola ta a fost schimbată, iar cealaltă sesiune a ta s-a încheiat.
        [few] Parola ta a fost schimbată, iar celelalte { $count } sesiuni ale tale s-au încheiat.
       *[other] Parola ta a fost schimbată, iar celelalte { $count } de sesiuni ale tale s-au încheiat.
    }
workplace-session-ended = Sesiunea s-a încheiat: acel browser este deconectat.
workplace-your-api-tokens = Tokenurile tale API
workplace-tokens-intro = Un token permite unui program să folosească API-ul în numele tău, în clusterele în care lucrezi.
workplace-token-made = Tokenul „{ $name }” a fost creat. Copiază-l acum: este afișat doar acum.
workplace-new-token = Token nou
workplace-token-revoked-at = revocat la { $moment }
workplace-token-works = activ
workplace-revoke = Revocă
workplace-tokens-count = Tokenuri ({ $count })
workplace-name = Nume
workplace-made = Creat
workplace-state = Stare
workplace-no-tokens = Nu ai tokenuri API.
workplace-make-a-token = Creează un token
workplace-token-name-hint = Ce îl folosește, ca să-l recunoști mai târziu.
workplace-token-revoked = Tokenul este revocat: programele care îl folosesc sunt refuzate de acum înainte.
workplace-role = Rol
workplace-role-hint = Managerii de cluster conduc totul, inclusiv persoanele și setările; echipa modifică înregistrările; consiliul director consultă.
workplace-person-deactivated = dezactivat
workplace-person-invited = invitat, încă fără parolă
workplace-person-active = activ
workplace-people-intro = Toți cei care lucrează în acest cluster și rolul lor.
workplace-invite-someone = Invită pe cineva
workplace-people-count = Persoane ({ $count })
workplace-nobody-works-here = Încă nu lucrează nimeni în acest cluster.
workplace-invite-name-hint = Cum îl văd ceilalți; îl poate păstra.
workplace-send-the-invitation = Trimite invitația
workplace-invite-intro =
    { $count ->
        [one] Primește un e-mail cu un link pentru a-și alege parola, valabil o singură dată, timp de { $count } zi.
        [few] Primește un e-mail cu un link pentru a-și alege parola, valabil o singură dată, timp de { $count } zile.
       *[other] Primește un e-mail cu un link pentru a-și alege parola, valabil o singură dată, timp de { $count } de zile.
    }
workplace-invited-give-link = { $email } a fost invitat, dar e-mailul nu este configurat: transmite tu acest link, valabil o singură dată: { $link }
workplace-invited = { $email } a fost invitat: un link pentru alegerea parolei este pe drum.
workplace-invited-has-account = { $email } are deja un cont și acum lucrează și aici; este anunțat prin e-mail.
workplace-person = Persoană
workplace-all-people = Toate persoanele
workplace-works-in-other-clusters = Lucrează în alte clustere
workplace-network-administrator-yes = da: lucrează în fiecare cluster ca manager
workplace-your-own-account = Propriul tău cont
workplace-your-own-account-note = rolul tău îl schimbă aici alt manager de cluster; parola și sesiunile tale sunt la Contul tău
workplace-change-the-role = Schimbă rolul
workplace-take-out-of-cluster = Scoate din cluster
workplace-remove-from-cluster = Elimină din acest cluster
workplace-remove-confirm = Elimini { $name } din { $cluster }? Contul și înregistrările create rămân.
workplace-account = Cont
workplace-deactivate-account = Dezactivează contul
workplace-deactivate-confirm = Dezactivezi { $email }? Nu se mai poate conecta; sesiunile și tokenurile API se opresc imediat.
workplace-reactivate-account = Reactivează contul
workplace-reactivate-confirm = Permiți din nou conectarea pentru { $email }?
workplace-role-set = { $name } are acum rolul „{ $role }”.
workplace-removed = { $name } nu mai lucrează în acest cluster.
workplace-reactivated = { $email } se poate conecta din nou.
workplace-deactivated = { $email } este dezactivat: deconectat peste tot și nu se mai poate conecta.
workplace-form-expired-or-foreign = formularul expirase sau nu venea de pe acest site; întoarce-te, reîncarcă pagina și trimite-l din nou
workplace-form-unread = formularul nu a putut fi citit: { $problem }
workplace-next-has-control-characters = pagina la care se revine după autentificare conține caractere de control
workplace-password-set-log-in = Parola ta este setată: autentifică-te cu ea.
workplace-forgot-intro =
    { $count ->
        [one] Scrie adresa de e-mail cu care te autentifici: acolo se trimite un link pentru alegerea unei parole noi. Este valabil o singură dată, timp de { $count } minut.
        [few] Scrie adresa de e-mail cu care te autentifici: acolo se trimite un link pentru alegerea unei parole noi. Este valabil o singură dată, timp de { $count } minute.
       *[other] Scrie adresa de e-mail cu care te autentifici: acolo se trimite un link pentru alegerea unei parole noi. Este valabil o singură dată, timp de { $count } de minute.
    }
workplace-send-the-link = Trimite linkul
workplace-form-expired-send-again = Formularul expirase. Te rugăm să-l trimiți din nou.
workplace-reset-link-on-its-way = Dacă un cont are adresa { $email }, un link pentru alegerea unei parole noi este pe drum.
workplace-reset-link-works =
    { $count ->
        [one] Este valabil o singură dată, timp de { $count } minut; verifică și dosarul de spam.
        [few] Este valabil o singură dată, timp de { $count } minute; verifică și dosarul de spam.
       *[other] Este valabil o singură dată, timp de { $count } de minute; verifică și dosarul de spam.
    }
workplace-welcome = Bine ai venit în clusterdesk
workplace-choose-a-new-password = Alege o parolă nouă
workplace-choose-intro = Alege parola pentru { $email } (cel puțin { $chars } caractere: o frază din cuvinte fără legătură între ele e ușor de ținut minte și greu de ghicit).
workplace-set-the-password = Setează parola
workplace-form-expired-type-again = Formularul expirase. Te rugăm să scrii din nou parola.
workplace-login-form-expired = Formularul de autentificare expirase. Te rugăm să te autentifici din nou.
workplace-email-or-password-wrong = E-mailul sau parola sunt greșite.
workplace-upload-unreadable = fișierul încărcat depășește { $mib } MiB sau nu a putut fi citit
workplace-upload-form-expired = formularul expirase; reîncarcă pagina și încarcă din nou fișierul
workplace-back-to-login = Înapoi la autentificare
workplace-search-too-short =
    { $count ->
        [one] Scrie cel puțin { $count } caracter.
        [few] Scrie cel puțin { $count } caractere.
       *[other] Scrie cel puțin { $count } de caractere.
    }
workplace-search-nothing-matches = Nimic nu corespunde cu „{ $query }”.
workplace-search-all-organisations =
    { $count ->
        [one] Organizația găsită
        [few] Toate cele { $count } organizații găsite
       *[other] Toate cele { $count } de organizații găsite
    }
workplace-search-all-contacts =
    { $count ->
        [one] Contactul găsit
        [few] Toate cele { $count } contacte găsite
       *[other] Toate cele { $count } de contacte găsite
    }
workplace-search-all-invoices =
    { $count ->
        [one] Factura găsită
        [few] Toate cele { $count } facturi găsite
       *[other] Toate cele { $count } de facturi găsite
    }
workplace-search-all-events =
    { $count ->
        [one] Evenimentul găsit
        [few] Toate cele { $count } evenimente găsite
       *[other] Toate cele { $count } de evenimente găsite
    }
workplace-search-all-projects =
    { $count ->
        [one] Proiectul găsit
        [few] Toate cele { $count } proiecte găsite
       *[other] Toate cele { $count } de proiecte găsite
    }
workplace-search-intro = Organizații, contacte, facturi, evenimente și proiecte; majusculele și diacriticele nu contează.
workplace-search-for = Caută
workplace-address-unread = adresa nu poate fi citită: { $problem }
workplace-network-period-unread = { $problem }. Se afișează { $year }.
workplace-network-clusters = Clusterele rețelei
workplace-network-clusters-in = Clusterele rețelei, { $period }
workplace-network-intro-compare = Indicatorii aleși ai fiecărui cluster, unul lângă altul; sumele în euro după tabelul de cursuri al rețelei
workplace-network-missing-rates = Sumele în { $currencies } sunt lăsate deoparte: tabelul de cursuri nu are un curs pentru ele. Adaugă unul mai jos.
workplace-indicator = Indicator
workplace-network-benchmark = Benchmark: celelalte fără nume
workplace-network-side-by-side = Unul lângă altul
workplace-network-no-indicators = Niciun indicator ales.
workplace-rate-table = Tabelul de cursuri
workplace-currency = Moneda
workplace-units-a-euro-buys = Unități pentru un euro
workplace-set-by = Stabilit de
workplace-set-on = La
workplace-no-rates = Încă niciun curs: sumele în euro nu au nevoie de unul.
workplace-what-to-compare = Ce compari
workplace-show = Afișează
workplace-year-or-quarter = An sau trimestru
workplace-indicators = Indicatori
workplace-benchmark-for = Benchmark pentru
workplace-every-cluster-by-name = Toate clusterele cu numele lor
workplace-benchmark-hint = Afișează un cluster cu numele lui și pe celelalte ca Cluster A, B, … în ordinea primei lor valori.
workplace-set-a-rate = Stabilește un curs
workplace-currency-hint = Cod ISO 4217: PLN, RON, BGN, UAH.
workplace-units-one-euro-buys = Unități pentru un euro
workplace-per-euro-hint = 4.265 sau 4,265.
workplace-rate-set = Cursul pentru { $currency } este stabilit.
workplace-sent-mail = Corespondență trimisă
workplace-sent-mail-intro = Ultimele { $shown } mesaje: confirmări de înscriere, mementouri și cereri de feedback. Mesajele așteaptă în coada de trimitere până pleacă; ce refuză serverul de e-mail se reîncearcă, de { $attempts } ori în total. Orele sunt în { $zone }.
workplace-mail-not-set-up = E-mailul nu este configurat, deci nimic nu este pus în coadă sau trimis: setează CLUSTERDESK_SMTP_URL și CLUSTERDESK_MAIL_FROM.
workplace-mail-sent-at = Trimis la { $moment }
workplace-mail-given-up =
    { $count ->
        [one] Abandonat după { $count } încercare
        [few] Abandonat după { $count } încercări
       *[other] Abandonat după { $count } de încercări
    }
workplace-mail-waiting = Așteaptă să plece
workplace-mail-refused =
    { $count ->
        [one] Refuzat o dată
        [few] Refuzat de { $count } ori
       *[other] Refuzat de { $count } de ori
    }
workplace-mail-next-try = următoarea încercare { $moment }
workplace-messages = Mesaje
workplace-queued = Pus în coadă
workplace-to = Către
workplace-subject = Subiect
workplace-about = Motiv
workplace-last-error = Ultima eroare
workplace-no-mail-yet = Încă nu a fost pus în coadă niciun mesaj.
