# Mesajele cazurilor de utilizare ale aplicației: refuzuri și ce spune o pagină sau un răspuns API despre date (monitorizare, facturi, sondaje, evenimente, calități de membru, înscrieri, extrase de cont, implicare, economie, proiecte, servicii, lanț valoric, segmente, interacțiuni, seturi de indicatori, ce cere atenție).
invalid-app-monitoring-events-attended =
    { $count ->
        [one] { $count } eveniment la care a participat
        [few] { $count } evenimente la care a participat
       *[other] { $count } de evenimente la care a participat
    }
invalid-app-monitoring-activities =
    { $count ->
        [one] { $count } activitate
        [few] { $count } activități
       *[other] { $count } de activități
    }
invalid-app-monitoring-projects =
    { $count ->
        [one] { $count } proiect
        [few] { $count } proiecte
       *[other] { $count } de proiecte
    }
invalid-app-monitoring-active = activ
invalid-app-monitoring-not-active = inactiv
invalid-app-monitoring-sme = IMM
invalid-app-monitoring-large = mare
invalid-app-monitoring-size-unknown = mărime necunoscută
invalid-app-monitoring-strand-business =
    { $count ->
        [one] mediul de afaceri ({ $count } membru)
        [few] mediul de afaceri ({ $count } membri)
       *[other] mediul de afaceri ({ $count } de membri)
    }
invalid-app-monitoring-strand-knowledge =
    { $count ->
        [one] mediul academic ({ $count } membru)
        [few] mediul academic ({ $count } membri)
       *[other] mediul academic ({ $count } de membri)
    }
invalid-app-monitoring-strand-government =
    { $count ->
        [one] administrația publică ({ $count } membru)
        [few] administrația publică ({ $count } membri)
       *[other] administrația publică ({ $count } de membri)
    }
invalid-app-monitoring-memberships-began = Calități de membru începute în { $period }
invalid-app-monitoring-members-lost = Membri de la început care nu mai sunt membri
invalid-app-monitoring-fee-invoices-of = Facturi de cotizație pentru { $period }
invalid-app-monitoring-paid = Plătit
invalid-app-monitoring-still-owed = Încă datorat
invalid-app-monitoring-attended = participanți: { $count }
invalid-app-monitoring-meetings =
    { $count ->
        [one] { $count } întâlnire
        [few] { $count } întâlniri
       *[other] { $count } de întâlniri
    }
invalid-app-monitoring-serves-a-challenge = servește o provocare
invalid-app-monitoring-serves-no-challenge = nu servește nicio provocare
invalid-app-monitoring-numerator = Numărător
invalid-app-monitoring-denominator = Numitor
invalid-app-monitoring-members = Membri
invalid-app-monitoring-fte = ENI
invalid-app-monitoring-no-strategy = Nicio strategie nu acoperă anul
invalid-app-monitoring-challenges =
    { $count ->
        [one] { $count } provocare
        [few] { $count } provocări
       *[other] { $count } de provocări
    }
invalid-app-monitoring-action-plan = Plan de acțiune { $year }
invalid-app-monitoring-lines =
    { $count ->
        [one] { $count } linie
        [few] { $count } linii
       *[other] { $count } de linii
    }
invalid-app-monitoring-reviewed-by = Revizuită de { $name }
invalid-app-monitoring-part-of = { $part } din { $whole }
invalid-app-monitoring-new-products =
    { $count ->
        [one] { $count } produs nou
        [few] { $count } produse noi
       *[other] { $count } de produse noi
    }
invalid-app-monitoring-campaign-closed = { $title } (închisă)
invalid-app-monitoring-answers-mean =
    { $count ->
        [one] { $count } răspuns, media { $mean }
        [few] { $count } răspunsuri, media { $mean }
       *[other] { $count } de răspunsuri, media { $mean }
    }
invalid-app-monitoring-entered-by = Introdus de { $name }
invalid-app-monitoring-name-required = dă-i indicatorului un nume
invalid-app-monitoring-at-most-200 = cel mult 200 de caractere
invalid-app-monitoring-control-character = conține un caracter de control
invalid-app-monitoring-at-most-2000 = cel mult 2000 de caractere
invalid-app-monitoring-own-source = indicatorii proprii ai clusterului se introduc manual, prin formule sau din întrebări de sondaj
invalid-app-monitoring-not-a-key = „{ $key }” nu este o cheie: litere mici, cifre și _, începând cu o literă, cel mult 40
invalid-app-monitoring-key-taken = „{ $key }” este cheia lui { $name } ({ $code }); alege alta
invalid-app-monitoring-not-a-question-key = „{ $key }” nu este cheia unei întrebări
invalid-app-monitoring-question-required = numește întrebarea al cărei răspuns mediu îl preia indicatorul
invalid-app-monitoring-formula-periodicity = „{ $key }” este { $periodicity }, formula { $own }: o formulă citește indicatori de aceeași periodicitate
invalid-app-monitoring-added-meanwhile = în același moment a fost adăugat alt indicator cu această cheie sau acest cod; trimite din nou
invalid-app-monitoring-read-by-formula = formula lui { $name } ({ $code }) citește „{ $key }”; modific-o mai întâi
invalid-app-monitoring-give-a-year = { $name } este { $periodicity }: indică un an, de exemplu 2025
invalid-app-monitoring-give-a-quarter = { $name } este { $periodicity }: indică un trimestru, de exemplu 2025-Q3
invalid-app-monitoring-not-typed = { $name } este { $source }: valorile sale nu se introduc
invalid-app-monitoring-value-required = indică valoarea
invalid-app-monitoring-at-most-1000 = cel mult 1.000 de caractere
invalid-app-monitoring-not-an-id = „{ $value }” nu este un identificator
invalid-app-monitoring-no-such-evidence = acest element nu există în arhiva de dovezi
invalid-app-monitoring-title-required = dă-i un titlu
invalid-app-monitoring-file-empty = fișierul este gol
invalid-app-monitoring-file-too-large = un fișier are cel mult { $size } MiB
invalid-app-monitoring-file-kind = arhiva păstrează documente, foi de calcul, imagini și texte (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, TXT, CSV)
invalid-app-monitoring-link-and-file = indică un link sau un fișier, nu pe amândouă
invalid-app-monitoring-link-or-file = indică un link sau alege un fișier
invalid-app-monitoring-no-such-indicator = „{ $key }” nu este un indicator al clusterului
invalid-app-monitoring-store-full = arhiva de dovezi cuprinde cel mult { $size } MiB pentru cluster: șterge mai întâi fișiere vechi
invalid-app-invoice-fee-kind = o cotizație de membru se facturează din calitatea de membru, la prețul tipului ei și legată de ea, ca nicio reînnoire să nu mai factureze perioada (pagina calității de membru sau POST .../memberships/{"{"}id{"}"}/fee-invoice)
invalid-app-invoice-not-a-kind = „{ $value }” nu este un tip de factură; folosește service sau event
invalid-app-invoice-organisation-required = alege organizația căreia îi este adresată factura
invalid-app-invoice-line-quantity = linia { $line }: cantitatea „{ $value }” nu este un număr întreg de la 1 la 1.000.000
invalid-app-invoice-line-price = linia { $line }: prețul { $problem }
invalid-app-invoice-line-description = linia { $line }: spune pentru ce este
invalid-app-invoice-line-description-long = linia { $line }: descrierea trebuie să aibă sub 300 de caractere
invalid-app-invoice-no-line = o factură are nevoie de cel puțin o linie
invalid-app-invoice-nothing-asked = liniile nu însumează nimic; o factură trebuie să ceară o sumă mai mare ca zero
invalid-app-invoice-issued-already = factura { $number } este deja emisă
invalid-app-invoice-draft-gone = între timp ciorna a fost emisă sau s-a renunțat la ea
invalid-app-invoice-issued-not-deleted = factura { $number } este emisă: nu poate fi ștearsă; anulează-o (dacă nu s-a plătit nimic) sau corecteaz-o cu o factură de stornare
invalid-app-invoice-void-reason = spune în câteva cuvinte de ce este anulată
invalid-app-invoice-credit-reason = spune în câteva cuvinte ce corectează stornarea
invalid-app-invoice-credit-amount = o stornare între 0 și { $amount }, cât a rămas din factură
invalid-app-invoice-payment-in-future = o plată nu poate fi înregistrată înainte de a fi primită
invalid-app-invoice-payment-zero = o plată este mai mare ca zero
invalid-app-invoice-overpayment = { $amount } este mai mult decât cei { $owed } încă datorați pe { $number }; confirmă plata în plus pentru a păstra cei { $rest } peste sumă ca credit al clientului
invalid-app-invoice-reverse-reason = spune în câteva cuvinte de ce este anulată plata
invalid-app-invoice-credit-spent = { $kept } din această plată au fost păstrați ca credit al clientului și din acest credit au mai rămas doar { $left }: anulează mai întâi plățile care l-au folosit
invalid-app-invoice-nothing-outstanding = nu mai este nimic de plată pe factura { $number }
invalid-app-invoice-no-credit-to-use = clientul nu are credit de folosit
invalid-app-invoice-refund-note = spune în câteva cuvinte cum a fost rambursat creditul
invalid-app-invoice-refund-amount = o rambursare între 0 și { $amount }, creditul clientului
invalid-app-invoice-no-credit-to-refund = clientul nu are credit de rambursat
invalid-app-invoice-after-today = { $day } este după azi
invalid-app-invoice-statement-stopped = { $problem }; nu s-a înregistrat nimic: importă din nou extrasul
invalid-app-invoice-payments-kept-changing = plățile clusterului s-au tot schimbat în timp ce se citea extrasul; importă-l din nou
billing-matched-by-number = numărul facturii
billing-matched-by-vat = codul TVA și suma
invalid-app-invoice-no-such-number = nu există factura { $number }
invalid-app-invoice-mail-not-set-up = e-mailul nu este configurat: setează CLUSTERDESK_SMTP_URL (și CLUSTERDESK_MAIL_FROM) pentru a trimite reamintiri
invalid-app-invoice-not-an-iban = nu este un IBAN (două litere, apoi între 13 și 32 de litere și cifre)
invalid-app-invoice-not-an-email = nu este o adresă de e-mail
invalid-app-survey-no-such-question = chestionarul nu are întrebarea „{ $key }”
invalid-app-survey-choose-section = alege o secțiune
invalid-app-survey-question-depended-on = „{ $question }” se afișează în funcție de această întrebare: modific-o sau elimin-o mai întâi
invalid-app-survey-no-such-section = această secțiune nu există
invalid-app-survey-section-not-empty = secțiunea mai are întrebări: mută-le sau elimină-le mai întâi
invalid-app-survey-before-today = { $day } este înainte de azi
invalid-app-survey-questionnaire-archived = chestionarul este arhivat: readu-l pentru a-l trimite
invalid-app-survey-questionnaire-empty = chestionarul nu întreabă încă nimic: adaugă mai întâi o întrebare
invalid-app-survey-mail-not-set-up = e-mailul nu este configurat: setează CLUSTERDESK_SMTP_URL pentru a trimite un sondaj
invalid-app-survey-left-out-archived = arhivat
invalid-app-survey-left-out-no-email = nicio adresă de e-mail
invalid-app-survey-left-out-no-consent = niciun consimțământ permanent pentru sondaje prin e-mail
invalid-app-survey-nobody-to-invite = niciunui contact din segmentul { $segment } nu i se poate trimite un sondaj (contacte: { $count }, niciunul cu consimțământ permanent pentru sondaje prin e-mail)
invalid-app-survey-campaign-closed = campania s-a închis la { $day }: nu mai primește răspunsuri
invalid-app-survey-mail-not-set-up-reminders = e-mailul nu este configurat: setează CLUSTERDESK_SMTP_URL pentru a trimite reamintiri
invalid-app-survey-answers-sent = aceste răspunsuri au fost deja trimise; mulțumim
invalid-app-survey-closed = sondajul s-a închis la { $day }
invalid-app-survey-not-a-size-class = „{ $value }” trebuie să fie micro, small, medium sau large
invalid-app-survey-anonymous-no-kind = răspunsurile unei campanii anonime nu păstrează tipul sau clasa de mărime a organizației după care să filtrezi
invalid-app-survey-anonymous-no-organisation = răspunsurile unei campanii anonime nu au o organizație după care să filtrezi
invalid-app-event-cancelled-already = evenimentul este deja anulat
invalid-app-event-nobody-moves-up = evenimentul s-a încheiat sau este anulat: nimeni nu mai urcă de pe lista de așteptare
invalid-app-event-registration-cancelled-already = înscrierea este deja anulată
invalid-app-event-subject-one-line = trebuie să fie pe un singur rând
invalid-app-event-mail-not-set-up = e-mailul nu este configurat: setează CLUSTERDESK_SMTP_URL pentru a trimite e-mailuri
invalid-app-event-no-address = niciuna dintre persoanele alese nu are adresă de e-mail
invalid-app-event-check-in-too-early = evenimentul are loc la { $day }: prezența se înregistrează din acea zi, la intrare sau după
invalid-app-event-check-in-no-seat = doar o persoană cu loc poate fi înregistrată la intrare; dă-i mai întâi un loc
invalid-app-membership-starts-before-applied = o calitate de membru nu poate începe înainte de a fi fost cerută
invalid-app-membership-type-not-open = tipul { $type } nu este deschis organizațiilor de tipul { $kind }
invalid-app-membership-one-at-a-time = organizația are deja o calitate de membru; încheie-o înainte de a adăuga alta
invalid-app-membership-not-accepted-yet = cerere depusă, încă neacceptată
invalid-app-membership-starts-after-period = începe la { $day }, după perioadă
invalid-app-membership-joined-after-rollover = a aderat după ziua de trecere; prima cotizație pentru { $period }
invalid-app-membership-terminated-before = încetată înainte de perioadă
invalid-app-membership-suspended = suspendată
invalid-app-membership-invoiced-already = deja facturată pentru această perioadă
invalid-app-membership-cannot-be-priced = prețul nu poate fi calculat: { $problem }
invalid-app-membership-pro-rata = { $explanation }; proporțional de la { $day }
invalid-app-membership-no-fee = nicio cotizație
invalid-app-membership-not-a-renewal-year = { $year } nu este un an pentru care un cluster face reînnoiri
invalid-app-membership-no-such-year = acest an nu există
invalid-app-membership-from-acceptance = de la acceptare
invalid-app-membership-invoiced-by-another-run = facturată între timp de o altă rulare
invalid-app-membership-moved-meanwhile = între timp calitatea de membru a trecut la altă organizație; încearcă din nou
invalid-app-membership-terminated = calitatea de membru a încetat; adaugă în schimb una nouă
invalid-app-membership-accepted-already = calitatea de membru este deja acceptată
invalid-app-membership-suspended-already = calitatea de membru este deja suspendată
invalid-app-membership-suspend-not-accepted = doar o calitate de membru acceptată poate fi suspendată
invalid-app-membership-not-suspended = calitatea de membru nu este suspendată
invalid-app-membership-ends-before-applied = o calitate de membru nu se poate încheia înainte de a fi fost cerută
invalid-app-registration-confirmed-already = această înscriere este deja confirmată: e-mailul pe care ți l-am trimis conține linkul tău personal
invalid-app-registration-declined = această înscriere a fost refuzată de echipă
invalid-app-registration-held = echipa verifică această înscriere: nu poate fi confirmată din link
invalid-app-registration-awaiting-confirmation = această înscriere așteaptă confirmarea vizitatorului prin e-mail
invalid-app-registration-contact-archived = { $name } este arhivat: restaurează contactul înainte de a-l înscrie
invalid-app-registration-no-such-contact = niciun contact actual al clusterului nu are acest e-mail: adaugă mai întâi persoana la organizația ei
invalid-app-registration-closed = înscrierile sunt închise: evenimentul s-a încheiat sau este anulat
invalid-app-statement-too-large = extrasul depășește { $size } MiB; împarte-l pe luni
invalid-app-statement-no-date-column = extrasul nu are o coloană de dată; numește una dintre coloanele lui 'date' (găsite: { $found })
invalid-app-statement-no-amount-column = extrasul nu are o coloană de sumă; numește una 'amount' sau două 'credit' și 'debit' (găsite: { $found })
invalid-app-statement-no-credit-or-debit = linia nu are nici credit, nici debit
invalid-app-statement-not-utf8 = extrasul XML nu este în UTF-8
invalid-app-statement-unreadable = extrasul XML nu poate fi citit: { $problem }
invalid-app-statement-not-camt = fișierul XML nu este un extras de cont CAMT.053 (rădăcina lui nu conține BkToCstmrStmt, ci { $found })
invalid-app-statement-not-camt-empty = fișierul XML nu este un extras de cont CAMT.053 (rădăcina lui nu conține BkToCstmrStmt și nimic altceva)
invalid-app-statement-entry-no-date = înregistrarea nu are dată de înregistrare sau dată valutei (BookgDt, ValDt)
invalid-app-statement-entry-no-amount = înregistrarea nu are sumă (Amt)
invalid-app-statement-entry-direction = sensul înregistrării este { $value }; CdtDbtInd este CRDT sau DBIT
invalid-app-statement-no-entries = extrasul CAMT.053 nu conține înregistrări (Ntry)
invalid-app-engagement-in-group-already = persoana este deja în grup
invalid-app-engagement-mail-not-set-up = e-mailul nu este configurat: setează CLUSTERDESK_SMTP_URL pentru a cere feedback
invalid-app-engagement-feedback-too-early = feedbackul se cere după ce evenimentul s-a încheiat
invalid-app-engagement-feedback-not-open = feedbackul este pentru cei care au venit, după ce evenimentul s-a încheiat
invalid-app-engagement-rating = alege de la 1 (slab) la 5 (excelent)
invalid-app-engagement-average = { $mean } din { $count } note
invalid-app-engagement-not-in-range = „{ $value }” nu este un număr de la { $min } la { $max }
invalid-app-engagement-no-activity = alege cel puțin o activitate care contează
invalid-app-engagement-nobody-at-risk = niciun membru nu este în risc în { $year }
invalid-app-economics-not-a-year = { $year } nu este un an
invalid-app-economics-years-range = cere între unu și { $max } ani, primul înaintea ultimului
invalid-app-economics-invoiced-twice = { $year }: { $stream } sunt și introduse ca linii ({ $entered }), și facturate ({ $invoiced }); elimină liniile pe care le cuprind facturile.
invalid-app-economics-actual-staff-twice = { $year }: costurile reale cu personalul sunt și introduse ca linii ({ $entered }), și socotite din echipă ({ $team }); elimină liniile pe care le cuprinde echipa.
invalid-app-economics-budget-staff-twice = { $year }: costurile bugetate cu personalul sunt și introduse ca linii ({ $entered }), și socotite din echipă ({ $team }); elimină liniile pe care le cuprinde echipa.
invalid-app-economics-staff-from-team = costurile cu personalul pentru acest an vin din echipă: înregistrează persoanele pe pagina Echipa
invalid-app-economics-from-invoices = { $stream } reale vin deja din facturi: introdu-le acolo sau introdu o linie de buget
invalid-app-economics-from-funding = { $stream } reale vin deja din sursele de finanțare ale proiectelor: introdu-le acolo sau introdu o linie de buget
invalid-app-economics-over-a-billion = depășește un miliard
invalid-app-economics-no-such-day = această zi nu există
invalid-app-strategy-unknown-segment = { $id } nu este un segment al lanțului valoric al rețelei
invalid-app-project-weights-zero = cel puțin un criteriu trebuie să aibă o pondere
invalid-app-project-idea-promoted-already = această idee este deja un proiect
invalid-app-project-idea-promoted-meanwhile = între timp această idee a fost dusă mai departe
invalid-app-project-at-stage-already = proiectul este deja în etapa { $stage }
invalid-app-project-organisation-archived = { $name } este arhivată (sau comasată cu alta): restaureaz-o mai întâi
invalid-app-project-participant-one-of = un participant este o organizație a clusterului, un cluster partener sau o organizație din afară
invalid-app-service-archived = serviciul { $name } este arhivat: nu mai este prestat
invalid-app-service-delivery-invoiced = prestarea este pe o factură: corecteaz-o acolo
invalid-app-service-choose-deliveries = alege prestările de facturat
invalid-app-service-too-many-deliveries = cel mult { $max } pe o factură
invalid-app-service-delivery-on-invoice = prestarea { $service } din { $day } este deja pe factura { $number }
invalid-app-service-different-organisations = prestările merg la organizații diferite: o factură este pentru una singură
invalid-app-service-different-tax-rates = prestările au cote de TVA diferite: pune-le pe facturi separate
invalid-app-service-free = prestările nu costă nimic: un serviciu gratuit nu are nevoie de factură
invalid-app-service-invoiced-meanwhile = între timp unele prestări au fost facturate; nu s-a făcut nimic
invalid-app-task-assignee = alege pe cineva din echipa clusterului care poate finaliza sarcini (personal sau manager de cluster)
invalid-app-value-chain-kind = alege segment sau tehnologie
invalid-app-value-chain-term-exists = taxonomia are deja acest termen
invalid-app-value-chain-unknown-term = { $id } nu este un termen al taxonomiei rețelei
invalid-app-value-chain-title = este obligatoriu, cel mult 200 de caractere
invalid-app-value-chain-choose-term = alege un termen al taxonomiei rețelei
invalid-app-segment-tag-length = o etichetă are între 1 și 60 de caractere
invalid-app-segment-name-taken = există deja un segment numit „{ $name }”; alege alt nume sau deschide-l pe acela
invalid-app-interaction-organisation = alege organizația
invalid-app-interaction-contact = alege o persoană din această organizație
invalid-app-interaction-staff = alege un membru al echipei clusterului
invalid-app-interaction-template = alege unul dintre șabloanele de interviu ale clusterului
invalid-app-interaction-answers = răspunde la cel puțin o întrebare
invalid-app-interaction-template-kind = întrebările unui șablon aparțin unui interviu
invalid-app-interaction-template-name = este obligatoriu, cel mult 120 de caractere
invalid-app-interaction-template-questions = scrie între 1 și 60 de întrebări, câte una pe rând
invalid-app-indicator-set-no-such-indicator = „{ $key }” nu este un indicator din catalogul clusterului
invalid-app-indicator-set-too-many-lines = un set are cel mult { $max } linii
invalid-app-indicator-set-code-twice = { $code } este deja în set
invalid-app-indicator-set-code-taken = { $code } este deja în set; dă liniei alt cod
invalid-app-indicator-set-copy-too-long = un set are cel mult { $max } linii; acesta are { $count }
invalid-app-indicator-set-full = setul are { $max } linii, cât îi este permis; elimină mai întâi una
invalid-app-attention-due-today = scadent azi
invalid-app-attention-due-tomorrow = scadent mâine
invalid-app-attention-overdue-since = întârziat din { $day }
invalid-app-attention-due-on = scadent la { $day }
invalid-app-attention-for-someone = , pentru { $name }
invalid-app-attention-not-assigned = , neatribuit
invalid-app-attention-seats-taken = locuri ocupate: { $count } din { $capacity }
invalid-app-attention-registered = înscriși: { $count }
invalid-app-attention-waiting = , pe lista de așteptare: { $count }
invalid-app-attention-applied =
    { $count ->
        [one] { $type }: cerere din { $day }, acum { $count } zi
        [few] { $type }: cerere din { $day }, acum { $count } zile
       *[other] { $type }: cerere din { $day }, acum { $count } de zile
    }
invalid-app-attention-request = pentru { $event }, trimisă la { $day }
invalid-app-attention-payment = plătit la { $day }, referința „{ $reference }”
invalid-app-attention-owes =
    { $count ->
        [one] datorează { $owed }, întârziere de { $count } zi
        [few] datorează { $owed }, întârziere de { $count } zile
       *[other] datorează { $owed }, întârziere de { $count } de zile
    }
invalid-app-attention-at-risk = { $events }, { $projects } anul acesta
invalid-app-attention-events-attended =
    { $count ->
        [one] { $count } eveniment la care a participat
        [few] { $count } evenimente la care a participat
       *[other] { $count } de evenimente la care a participat
    }
invalid-app-attention-projects =
    { $count ->
        [one] { $count } proiect
        [few] { $count } proiecte
       *[other] { $count } de proiecte
    }
invalid-app-attention-action-line = { $standing }, se încheie la { $day }
