# Mesajele cazurilor de utilizare: importuri și fișierele citite, conturi și autentificare, trimiterea e-mailurilor, liste, duplicate și comasări.

## Citirea unui fișier (sheet)
invalid-sheet-file-too-large = fișierul are { $size } MiB; un fișier poate avea cel mult { $limit } MiB
invalid-sheet-xlsx-contradictory = fișierul nu este un registru XLSX lizibil: părțile lui se contrazic
invalid-sheet-too-many-columns = { $at } are { $columns } coloane; un fișier poate avea cel mult { $limit } coloane
invalid-sheet-nul-character = { $at } conține un caracter NUL, pe care niciun text nu îl poate conține: este un fișier text?
invalid-sheet-cell-too-long = { $at } conține peste { $limit } caractere; o celulă poate conține cel mult { $limit }
invalid-sheet-line = rândul { $line }
invalid-sheet-read-as-utf16 = fișierul a fost citit ca UTF-16 (text Unicode) și convertit
invalid-sheet-read-as-windows-1252 = fișierul a fost citit ca Windows-1252 și convertit
invalid-sheet-header-unreadable = rândul de antet nu poate fi citit: { $error }
invalid-sheet-empty-file = fișierul este gol: primul rând trebuie să numească coloanele
invalid-sheet-line-not-csv = rândul { $line }: nu poate fi citit ca CSV: { $error }
invalid-sheet-too-many-rows = fișierul are peste { $limit } rânduri
invalid-sheet-separated-by-semicolons = coloane separate prin punct și virgulă
invalid-sheet-separated-by-tabs = coloane separate prin tabulatori
invalid-sheet-separated-by-commas = coloane separate prin virgule
invalid-sheet-xlsx-unreadable = fișierul nu este un registru XLSX lizibil: { $error }
invalid-sheet-too-many-parts = registrul este alcătuit din { $parts } părți; un registru poate avea cel mult { $limit }
invalid-sheet-unzips-too-large = registrul dezarhivat are { $size } MiB; un registru dezarhivat poate avea cel mult { $limit } MiB
invalid-sheet-no-worksheet = registrul nu are nicio foaie
invalid-sheet-worksheet-unreadable = prima foaie nu poate fi citită: { $error }
invalid-sheet-cell = celula { $cell }
invalid-sheet-value-beyond-columns = { $at } conține o valoare, dar o foaie poate avea cel mult { $limit } coloane (de la A la { $last })
invalid-sheet-rows-out-of-order = { $at } vine după rândul { $row }: rândurile foii nu sunt în ordine
invalid-sheet-worksheet-too-many-rows = foaia are peste { $limit } rânduri cu valori
invalid-sheet-empty-worksheet = prima foaie este goală: primul ei rând trebuie să numească coloanele
invalid-sheet-read-from-first-worksheet = citit din prima foaie

## Importuri: fișierul, asocierea coloanelor și rândurile (import)
invalid-import-mapping-unknown-column = asocierea numește o coloană „{ $header }” pe care fișierul nu o are
invalid-import-mapping-not-a-field = asocierea duce „{ $header }” la „{ $field }”, care nu este un câmp; câmpurile sunt { $fields }
invalid-import-values-read-by-mapping = { $values } valori citite așa cum spune asocierea
invalid-import-values-read-by-name = { $values } valori citite după numele lor în limbile rețelei
invalid-import-mapping-line = rândul { $line } al asocierii: scrie-l ca „Antet de coloană = câmp”
invalid-import-field-count = are { $cells } câmpuri, iar antetul are { $headers }
invalid-import-required-column = nicio coloană nu este asociată cu „{ $field }”, care este obligatoriu
invalid-import-invoices-customer-column = nicio coloană nu este asociată cu „customer” sau „vat_id”; unul dintre ele este obligatoriu
invalid-import-ledger-amount-column = nicio coloană nu este asociată cu „amount” (sau cu „hours”, pentru contribuțiile în natură); unul dintre ele este obligatoriu
invalid-import-membership-overlaps-line = se suprapune cu calitatea de membru a organizației de pe rândul { $line }: o organizație are o singură calitate de membru la un moment dat
invalid-import-answers-into-campaign = răspunsurile la sondaje se importă într-o campanie, din pagina campaniei sau prin `POST .../campaigns/{"{"}id{"}"}/answers/import`
invalid-import-same-membership = aceeași calitate de membru ca pe rândul { $first } (aceeași organizație, tip și început)
invalid-import-same-invoice = aceeași factură ca pe rândul { $first } (același număr sau cotizația aceleiași calități de membru pentru aceeași perioadă)
invalid-import-same-organisation = aceeași organizație ca pe rândul { $first } al acestui fișier (același cod de TVA sau același nume și aceeași țară)
invalid-import-same-person = aceeași persoană ca pe rândul { $first } al acestui fișier (același e-mail sau același nume la aceeași organizație)
invalid-import-organisation-ambiguous = mai multe organizații se numesc „{ $name }”; dă în schimb codul ei de TVA
invalid-import-organisation-unknown = nu există nicio organizație „{ $name }” în acest cluster; import-o sau creeaz-o mai întâi
invalid-import-records-changed = înregistrările clusterului s-au schimbat în timp ce se scria importul de { $target }, de { $attempts } ori; nu s-a importat nimic, trimite din nou fișierul
invalid-import-reverted-already = acest import a fost deja anulat
invalid-import-cannot-revert = acest import nu poate fi anulat: { $why }
invalid-import-blocked-contacts-added =
    { $count ->
        [one] de atunci s-a adăugat { $count } contact la organizații create de acest import; arhivează în schimb acele organizații
        [few] de atunci s-au adăugat { $count } contacte la organizații create de acest import; arhivează în schimb acele organizații
       *[other] de atunci s-au adăugat { $count } de contacte la organizații create de acest import; arhivează în schimb acele organizații
    }
invalid-import-blocked-fee-invoices-issued =
    { $count ->
        [one] de atunci s-a emis { $count } factură de cotizație pentru calități de membru create de acest import; încheie în schimb acele calități de membru
        [few] de atunci s-au emis { $count } facturi de cotizație pentru calități de membru create de acest import; încheie în schimb acele calități de membru
       *[other] de atunci s-au emis { $count } de facturi de cotizație pentru calități de membru create de acest import; încheie în schimb acele calități de membru
    }
invalid-import-blocked-memberships-changed =
    { $count ->
        [one] de atunci s-a făcut { $count } modificare la calități de membru create de acest import (acceptare, suspendare sau încetare)
        [few] de atunci s-au făcut { $count } modificări la calități de membru create de acest import (acceptare, suspendare sau încetare)
       *[other] de atunci s-au făcut { $count } de modificări la calități de membru create de acest import (acceptare, suspendare sau încetare)
    }
invalid-import-blocked-payments-recorded =
    { $count ->
        [one] de atunci s-a înregistrat { $count } plată pe facturi preluate de acest import
        [few] de atunci s-au înregistrat { $count } plăți pe facturi preluate de acest import
       *[other] de atunci s-au înregistrat { $count } de plăți pe facturi preluate de acest import
    }
invalid-import-blocked-credit-notes-issued =
    { $count ->
        [one] de atunci s-a emis { $count } factură de stornare pentru facturi preluate de acest import
        [few] de atunci s-au emis { $count } facturi de stornare pentru facturi preluate de acest import
       *[other] de atunci s-au emis { $count } de facturi de stornare pentru facturi preluate de acest import
    }
invalid-import-blocked-reminders-sent =
    { $count ->
        [one] de atunci s-a trimis { $count } reamintire pentru facturi preluate de acest import
        [few] de atunci s-au trimis { $count } reamintiri pentru facturi preluate de acest import
       *[other] de atunci s-au trimis { $count } de reamintiri pentru facturi preluate de acest import
    }
invalid-import-blocked-invoices-voided =
    { $count ->
        [one] de atunci s-a anulat { $count } factură preluată de acest import
        [few] de atunci s-au anulat { $count } facturi preluate de acest import
       *[other] de atunci s-au anulat { $count } de facturi preluate de acest import
    }
invalid-import-blocked-payments-reversed =
    { $count ->
        [one] de atunci s-a anulat { $count } plată preluată de acest import
        [few] de atunci s-au anulat { $count } plăți preluate de acest import
       *[other] de atunci s-au anulat { $count } de plăți preluate de acest import
    }
invalid-import-blocked-records-refer-to-it = de atunci s-au înregistrat interacțiuni, sarcini, calități de membru, facturi, idei, participanți la proiecte sau prestări de servicii legate de ce a creat acest import
invalid-import-upload-quota = fișierele clusterului care așteaptă importul ocupă { $kept } din cel mult { $limit } MiB: importă-le sau așteaptă să fie șterse la { $hours } ore după trimitere

## Importuri ale răspunsurilor unei campanii (import/answers)
invalid-import-answers-submitted-on-label = Când s-a răspuns
invalid-import-answers-organisation-label = Organizația respondentului
invalid-import-answers-email-label = E-mailul respondentului
invalid-import-answers-no-question-column = nicio coloană nu este asociată cu o întrebare a chestionarului; asociază coloanele cu răspunsuri întrebărilor lor
invalid-import-answers-required-question-unmapped = nicio coloană nu este asociată cu întrebarea obligatorie „{ $key }”: răspunsurile o lasă goală
invalid-import-answers-two-columns = { $first } și { $second }
invalid-import-answers-anonymous = campania este anonimă: coloanele { $columns } nu sunt citite și nu se păstrează nimic despre cine a răspuns
invalid-import-answers-dated-today = nicio coloană nu spune când a fost dat fiecare răspuns: sunt datate { $today }
invalid-import-answers-submitted-on-empty = este gol; spune când s-a răspuns
invalid-import-answers-unknown-email = niciun contact al clusterului nu are e-mailul „{ $email }”; adaugă contactul sau lasă coloana deoparte
invalid-import-answers-contact-elsewhere = este un contact al { $contact_of }, nu al { $named }, organizația pe care o numește rândul
invalid-import-answers-row-label = Răspunsul de pe rândul { $line }
invalid-import-answers-no-answer = nu răspunde la nicio întrebare

## Importuri de facturi neachitate (import/invoices)
invalid-import-invoices-number-too-long = poate avea cel mult { $limit } caractere, fără caractere de control
invalid-import-invoices-date-required = este obligatoriu (ziua în care a fost emisă factura)
invalid-import-invoices-customer-required = este obligatoriu (numele sau codul de TVA al clientului)
invalid-import-invoices-date-after-today = { $day } este după ziua de azi; o factură preluată a fost deja emisă
invalid-import-invoices-not-open = factura are starea „{ $state }”; se preiau doar facturile neachitate
invalid-import-invoices-unknown-status = „{ $value }” nu este o stare a unei facturi; las-o deoparte sau scrie open
invalid-import-invoices-gross-required = este obligatoriu (suma facturii, cu taxe incluse)
invalid-import-invoices-other-currency = factura este în { $code }; clusterul facturează în { $currency }, așa că rămâne în vechiul sistem
invalid-import-invoices-credit-note = o notă de credit nu datorează nimic; rămâne în vechiul sistem
invalid-import-invoices-unknown-kind = „{ $value }” nu este un tip; scrie fee, service sau event
invalid-import-invoices-gross-too-large = este prea mare pentru o factură
invalid-import-invoices-owes-nothing = la { $gross } nu mai este nimic de plată; se preia doar ce mai datorează clienții
invalid-import-invoices-paid-in-full = factura este achitată integral ({ $paid } din { $gross }); se preiau doar facturile neachitate
invalid-import-invoices-tax-range = trebuie să fie între zero și suma fără taxe (o cotă de cel mult 100 %)
invalid-import-invoices-due-before-date = { $due } este înainte de data facturii, { $issued }
invalid-import-invoices-number-taken = { $number } este numărul altei facturi a acestui cluster
invalid-import-invoices-several-memberships = { $customer } avea mai multe calități de membru pe { $day }; dă în „period” o zi din perioada pe care o plătește cotizația
invalid-import-invoices-no-membership = o cotizație ține de o calitate de membru, iar { $customer } nu avea niciuna pe { $day }; importă mai întâi calitățile de membru sau dă în „period” o zi din perioada pe care o plătește cotizația
invalid-import-invoices-type-not-found = tipul calității de membru nu a fost găsit
invalid-import-invoices-fee-invoiced = cotizația { $period } a acestei calități de membru este deja facturată ({ $number })

## Importuri de rânduri contabile (import/ledger)
invalid-import-ledger-other-which = „other” înseamnă other income sau other costs: scrie care
invalid-import-ledger-unknown-category = „{ $value }” nu este o categorie; scrie o sursă de venit ({ $streams }, other income) sau un tip de cost ({ $costs }, other costs), ori asociază-le valorile fișierului
invalid-import-ledger-not-a-year = „{ $value }” nu este nici un an, nici o dată: { $error }
invalid-import-ledger-project-ambiguous = două proiecte se numesc „{ $title }”; dă unuia dintre ele alt titlu
invalid-import-ledger-project-unknown = nu există niciun proiect „{ $title }”
invalid-import-ledger-positive-cost = fișierul scrie costurile ca sume negative, deci un cost pozitiv ({ $amount }) aduce bani înapoi; introdu în schimb costul minus ce s-a recuperat
invalid-import-ledger-project-not-cost = doar un cost de proiect numește un proiect; lasă celula goală

## Importuri de calități de membru (import/memberships)
invalid-import-memberships-unknown-type = nu există niciun tip de membru „{ $name }”; tipurile clusterului sunt { $types }
invalid-import-memberships-unknown-status = „{ $value }” nu este o stare; scrie applied, active, suspended sau terminated
invalid-import-memberships-start-required = este obligatoriu, cu excepția unei cereri (starea applied)
invalid-import-memberships-start-or-status-required = este obligatoriu (o cerere încă neacceptată are starea applied)
invalid-import-memberships-application-no-end = o cerere care nu a fost acceptată nu are sfârșit; lasă câmpul gol
invalid-import-memberships-terminated-needs-end = o calitate de membru încetată are nevoie de ziua în care s-a încheiat
invalid-import-memberships-ended-not-terminated = calitatea de membru s-a încheiat pe { $end }, dar starea ei nu este terminated
invalid-import-memberships-terminated-after-today = { $end } este după ziua de azi, dar calitatea de membru este încetată; dă-i starea active cu sfârșitul ei
invalid-import-memberships-applied-after-start = { $applied } este după început, { $start }
invalid-import-memberships-type-archived = tipul { $type } este arhivat: nu mai primește membri noi
invalid-import-memberships-recorded-already = calitatea de membru { $type } a organizației de la { $from } este deja înregistrată cu alte date sau altă stare; modific-o pe pagina ei
invalid-import-memberships-overlaps-recorded = calitatea de membru a organizației de la { $from } se suprapune cu aceasta; o organizație are o singură calitate de membru la un moment dat (încheie-o mai întâi sau dă acesteia alte date)

## Conturi și autentificare (auth)
invalid-auth-no-cluster-yet = nu există niciun cluster „{ $slug }”: baza de date nu are încă niciun cluster (rulează 'clusterdesk demo' pentru demonstrație)
invalid-auth-unknown-cluster = nu există niciun cluster „{ $slug }”; clusterele sunt: { $clusters }
invalid-auth-not-network-admin = { $email } nu este administrator al rețelei
invalid-auth-unknown-role = „{ $value }” nu este un rol; folosește network-admin, cluster-manager, staff sau board
invalid-auth-role-needs-cluster = un rol într-un cluster are nevoie de --cluster SLUG
invalid-auth-network-admin-no-cluster = network-admin cuprinde toate clusterele; omite --cluster
invalid-auth-password-too-short = trebuie să aibă cel puțin { $min } caractere
invalid-auth-password-guessable-because = este prea ușor de ghicit ({ $why }): folosește o frază mai lungă din cuvinte fără legătură, nu numele sau e-mailul tău
invalid-auth-password-guessable = este prea ușor de ghicit: folosește o frază mai lungă din cuvinte fără legătură, nu numele sau e-mailul tău
invalid-auth-password-straight-rows = rândurile drepte de taste sunt ușor de ghicit
invalid-auth-password-keyboard-patterns = modelele scurte de pe tastatură sunt ușor de ghicit
invalid-auth-password-repeats = repetițiile ca „aaa” sunt ușor de ghicit
invalid-auth-password-repeated-groups = repetițiile ca „abcabcabc” sunt doar puțin mai greu de ghicit decât „abc”
invalid-auth-password-top-10 = aceasta este una dintre cele mai comune 10 parole
invalid-auth-password-top-100 = aceasta este una dintre cele mai comune 100 de parole
invalid-auth-password-very-common = aceasta este o parolă foarte comună
invalid-auth-password-like-common = seamănă cu o parolă folosită des
invalid-auth-password-sequences = secvențele ca abc sau 6543 sunt ușor de ghicit
invalid-auth-password-recent-years = anii recenți sunt ușor de ghicit
invalid-auth-password-single-word = un cuvânt singur este ușor de ghicit
invalid-auth-password-dates = datele calendaristice sunt adesea ușor de ghicit
invalid-auth-password-names-alone = prenumele și numele singure sunt ușor de ghicit
invalid-auth-password-common-names = prenumele și numele comune sunt ușor de ghicit

## Persoanele și conturile lor (account)
invalid-account-email-deactivated = aparține unui cont dezactivat; un administrator al rețelei îl poate reactiva
invalid-account-email-works-here = lucrează deja în acest cluster, ca { $role }; schimbă rolul în listă
invalid-account-email-network-admin = aparține unui administrator al rețelei, care lucrează în toate clusterele
invalid-account-own-role = nu îți poți schimba propriul rol; un alt manager de cluster poate
invalid-account-remove-yourself = nu te poți elimina singur; un alt manager de cluster poate
invalid-account-reactivate-yourself = nu te poți reactiva singur; un alt manager de cluster poate
invalid-account-deactivate-yourself = nu te poți dezactiva singur; un alt manager de cluster poate
invalid-account-reactivate-network-admin = { $email } este administrator al rețelei; doar un alt administrator al rețelei poate reactiva contul
invalid-account-deactivate-network-admin = { $email } este administrator al rețelei; doar un alt administrator al rețelei poate dezactiva contul
invalid-account-reactivate-other-clusters = { $email } lucrează și în alte clustere ({ $clusters }): elimină-i în schimb rolul de aici sau cere unui administrator al rețelei să reactiveze contul
invalid-account-deactivate-other-clusters = { $email } lucrează și în alte clustere ({ $clusters }): elimină-i în schimb rolul de aici sau cere unui administrator al rețelei să dezactiveze contul
invalid-account-wrong-current-password = nu este parola ta actuală
invalid-account-passwords-differ = nu este la fel cu parola nouă
invalid-account-dead-link = acest link a fost deja folosit sau a expirat; cere unul nou cu „Ai uitat parola?” pe pagina de autentificare

## Trimiterea e-mailurilor (mail)
invalid-mail-smtp-address-unusable = adresa SMTP „{ $url }” nu poate fi folosită: { $error }
invalid-mail-smtp-not-an-address = „{ $address }” nu este o adresă: { $error }
invalid-mail-smtp-message-not-built = mesajul nu a putut fi construit: { $error }
invalid-mail-smtp-not-a-content-type = „{ $content_type }” nu este un tip de conținut: { $error }
invalid-mail-smtp-refused = serverul de e-mail a refuzat: { $error }

## Liste de organizații: parametrii adresei (organisation)
invalid-organisation-query-parameter = parametrul { $name }: { $message }
invalid-organisation-query-status = „{ $value }” nu este o stare; folosește current sau archived
invalid-organisation-query-direction = „{ $value }” nu este o direcție; folosește asc sau desc
invalid-organisation-query-sort = „{ $value }” nu este o sortare; folosește name, country, kind, employees, size_class sau created

## Contacte (contact)
invalid-contact-choose-cluster-organisation = alege o organizație a acestui cluster
invalid-contact-choose-organisation = alege organizația contactului

## Vizualizarea rețelei (network)
invalid-network-euro-rate = euro este moneda rețelei: cursul lui este 1
invalid-network-unknown-indicator = parametrul indicators: „{ $key }” nu este un indicator predefinit
invalid-network-unknown-cluster = parametrul named: „{ $slug }” nu este un cluster al rețelei
invalid-network-unnamed-cluster = Clusterul { $letters }

## Date personale (privacy)
invalid-privacy-email-of-several-contacts = mai multe contacte au e-mailul { $email }; comasează-le mai întâi

## Duplicate probabile și comasări (duplicate)
invalid-duplicate-employees = { $employees } angajați
invalid-duplicate-same-vat-id = același cod de TVA { $vat_id }
invalid-duplicate-same-name-and-country = același nume, fără a ține cont de majuscule, diacritice și forma juridică, în aceeași țară
invalid-duplicate-same-name-ignoring-form = același nume, fără a ține cont de majuscule, diacritice și forma juridică
invalid-duplicate-same-email-address = același e-mail { $email }
invalid-duplicate-same-name = același nume
invalid-duplicate-organisation-into-itself = o organizație nu poate fi comasată cu ea însăși
invalid-duplicate-organisations-archived = ambele organizații trebuie să fie curente; restaurează mai întâi pe cea arhivată
invalid-duplicate-choose-membership = ambele organizații au o calitate de membru: alege-o pe cea care rămâne; cealaltă se încheie în ziua comasării
invalid-duplicate-chosen-by-hand = ales manual
invalid-duplicate-contact-into-itself = un contact nu poate fi comasat cu el însuși
invalid-duplicate-contacts-archived = ambele contacte trebuie să fie curente; restaurează mai întâi pe cel arhivat
invalid-duplicate-same-email = același e-mail

## Căutarea (search)
invalid-search-invoice-issued = { $customer } · emisă pe { $day }
invalid-search-event-cancelled = { $moment } · anulat

## Raportul anual (report)
invalid-report-year-parameter = parametrul year: { $error }

## Cifrele organizațiilor (figures)
invalid-figures-reviewed-meanwhile = cifrele au fost verificate în același moment; consultă din nou lista

## Deschiderea bazei de date (lib)
invalid-app-open-database = baza de date nu poate fi deschisă: { $error }
