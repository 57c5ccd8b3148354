# Facturare: calitatea de membru și cotizațiile, facturi și facturi de stornare, plăți, extrase de cont,
# reamintiri de plată, datele de facturare ale emitentului și factura tipăribilă.

## Etichetele enumerărilor (după coduri)
membership-status-applied = Cerere depusă
membership-status-active = Activ
membership-status-active-fee-unpaid = Activ, cotizație neplătită
membership-status-suspended = Suspendat
membership-status-lapsed = Expirat
membership-status-terminated = Încetat
invoice-state-draft = Ciornă
invoice-state-issued = Emisă
invoice-state-partially-paid = Plătită parțial
invoice-state-paid = Plătită
invoice-state-overdue = Restantă
invoice-state-credited = Stornată
invoice-state-void = Anulată
invoice-kind-fee = Cotizație de membru
invoice-kind-service = Serviciu
invoice-kind-event = Eveniment
invoice-kind-credit-note = Factură de stornare
payment-source-manual = introdusă manual
payment-source-bank = extras de cont
payment-source-credit = creditul clientului
credit-kind-overpayment = Plată în plus păstrată
credit-kind-applied = Folosit pe o factură
credit-kind-refund = Rambursat
credit-kind-reversal = Plată anulată

## Calitatea de membru
billing-new-invoice = Factură nouă
billing-credit-balance = Credit: { $amount }
billing-not-a-member = Nu este membru
billing-membership = Calitatea de membru
billing-type = Tip
billing-why = Motiv
billing-member-since = Membru din
billing-not-a-member-empty = Nu este membru.
billing-add-membership = Adaugă calitatea de membru
billing-invoices-count = Facturi ({ $count })
billing-no-invoices = Nicio factură.
billing-number = Număr
billing-issued = Emisă
billing-due = Scadență
billing-amount = Sumă
billing-paid = Plătit
billing-state = Stare
billing-draft = Ciornă
billing-membership-types = Tipuri de membru
billing-renewal = Reînnoire
billing-figures = Cifre
billing-memberships-count = { $count ->
    [one] { $count } calitate de membru
    [few] { $count } calități de membru
   *[other] { $count } de calități de membru
    }
billing-show = Afișează
billing-every-status = Orice stare
billing-memberships = Calități de membru
billing-no-memberships-yet = Încă nu există calități de membru: adaugă una din pagina unei organizații.
billing-period-fixed-rollover = anul clusterului; cine aderă de la { $day }/{ $month } începe cu următorul
billing-period-fixed = anul clusterului
billing-period-rolling = luni de la aderare: { $months }
billing-every-kind-lower = orice tip
billing-yes-lower = da
billing-no-lower = nu
billing-types-subheading = Ce plătesc membrii, pentru ce perioadă și ce primesc
billing-new-type = Tip nou
billing-types = Tipuri
billing-name = Nume
billing-fee = Cotizație
billing-period = Perioadă
billing-tax = TVA
billing-open-to = Deschis pentru
billing-vote = Vot
billing-no-types-yet = Încă nu există tipuri de membru.
billing-open-to-hint = Separate prin virgule, dintre: { $codes }. Gol pentru orice tip.
billing-yes = Da
billing-voting-rights = Drept de vot
billing-benefits = Beneficii
billing-period-option-fixed = Anul clusterului
billing-period-option-rolling = Un număr de luni de la aderare
billing-rollover-day = Ziua de trecere
billing-rollover-hint = Pentru anul clusterului: cine aderă în această zi sau după (zi/lună, de exemplu 1/10) începe în anul următor, restul anului curent fiind gratuit.
billing-months = Luni
billing-months-hint = Pentru o perioadă de la aderare: câte luni durează (12 pentru un an).
billing-pro-rata = Proporțional
billing-pro-rata-hint = Dacă un membru care aderă în timpul unei perioade plătește doar zilele rămase.
billing-tax-rate = Cota de TVA (%)
billing-tax-rate-hint = Gol sau 0 dacă cotizațiile nu sunt supuse TVA.
billing-fee-rule = Regula cotizației
fee-rule-flat = Cotizație fixă
fee-rule-by-employees = Pe tranșe de angajați
fee-rule-by-turnover = Pe tranșe de cifră de afaceri
fee-rule-turnover-share = Cotă din cifra de afaceri, cu minim și maxim
fee-rule-in-kind = În natură (ore la un tarif)
billing-flat-fee = Cotizație fixă ({ $currency })
billing-bands = Praguri
billing-bands-hint = Un prag pe linie, LIMITĂ: COTIZAȚIE, ultimul rest: COTIZAȚIE. După angajați: '9: 300', '49: 800', 'rest: 2000'. După cifra de afaceri, limitele sunt sume.
billing-share-of-turnover = Cotă din cifra de afaceri (%)
billing-floor = Minim ({ $currency })
billing-cap = Maxim ({ $currency })
billing-in-kind-hours = În natură: ore pe perioadă
billing-in-kind-rate = În natură: valoarea unei ore ({ $currency })
billing-save-type = Salvează tipul
billing-type-form-intro = Se citesc doar câmpurile regulii de cotizație alese.
billing-new-membership-type = Tip de membru nou
billing-type-created = Tipul de membru a fost creat.
billing-membership-type = Tip de membru
billing-simulate-another = Simulează altă regulă de cotizație
billing-fee-simulation = Simularea cotizației
billing-fee-simulation-of = Simularea cotizației: { $name }
billing-simulation-subheading = Încearcă altă regulă de cotizație pe membrii actuali ai tipului. Nu se salvează nimic. Acum: { $rule }.
billing-fee-rule-to-try = Regula de cotizație de încercat
billing-simulate = Simulează
billing-rule-cannot-be-tried = Regula nu poate fi încercată încă: corectează câmpurile marcate mai jos.
billing-would-pay-more = Ar plăti mai mult
billing-would-pay-less = Ar plăti mai puțin
billing-would-pay-same = Ar plăti la fel
billing-income-by-type = Venituri din cotizații pe perioadă, după tip
billing-now = Acum
billing-projected = Estimat
billing-change = Diferență
billing-no-types = Niciun tip.
billing-members-of = Membrii tipului { $name }
billing-member = Membru
billing-type-has-no-members = Tipul nu are membri acum.
billing-renewal-year = Reînnoire { $year }
billing-renewal-subheading = Facturile de cotizație ale unei perioade: mai întâi cine va fi facturat, cât și de ce; apoi un clic le emite pe toate. Rularea din nou nu emite nimic de două ori.
billing-preview = Previzualizare
billing-issue-n-invoices = { $count ->
    [one] Emite { $count } factură
    [few] Emite { $count } facturi
   *[other] Emite { $count } de facturi
    }
billing-issue-the-invoices = Emite facturile
billing-year = An
billing-renewal-confirm = Emiți { $count ->
    [one] { $count } factură de cotizație
    [few] { $count } facturi de cotizație
   *[other] { $count } de facturi de cotizație
    } pentru { $year }, în total { $total }? Facturile sunt numerotate și nu pot fi șterse.
billing-to-invoice = De facturat
billing-total = Total
billing-left-out = Omise
billing-no-renewals = Nicio calitate de membru nu se reînnoiește anul acesta.
billing-renewal-done = { $count ->
    [one] { $count } factură emisă
    [few] { $count } facturi emise
   *[other] { $count } de facturi emise
    }, de la { $first } la { $last }.
billing-renewal-nothing = Nimic de emis: fiecare calitate de membru din perioadă este deja facturată.
billing-membership-figures = Cifrele membrilor
billing-membership-figures-of = Cifrele membrilor { $period }
billing-as-of = La { $day }
billing-new = Noi
billing-lost = Pierduți
billing-retention = Retenție
billing-fees-billed = Cotizații facturate
billing-fees-collected = Cotizații încasate
billing-fees-outstanding = Cotizații de încasat
billing-five-largest = Plătit de cei mai mari cinci plătitori
billing-by-type = După tip
billing-by-kind = După natură
billing-by-size-class = După clasa de mărime
billing-no-members = Niciun membru.
billing-applied-on = Cerere din
billing-accepted-member-from = Acceptat, membru din
billing-accepted-hint = Gol cât timp cererea așteaptă consiliul director.
billing-membership-of = Calitatea de membru: { $name }
billing-membership-form-intro = Tipurile deschise acestui fel de organizație.
billing-new-membership = Calitate de membru nouă
billing-choose-membership-type = alege un tip de membru
billing-membership-recorded = Calitatea de membru a fost înregistrată.
billing-nothing-saved-because = Nu s-a salvat nimic: { $error }.
billing-member-from = Membru din
billing-suspended-from = Suspendat din
billing-terminated-on = Încetat la
billing-accept-from-day = Acceptă din ziua
billing-suspend-from-day = Suspendă din ziua
billing-reinstate = Reactivează
billing-terminate-on-day = Încetează la ziua
billing-day = Zi
billing-change-confirm = Aplici această schimbare calității de membru? Se înregistrează în istoricul ei.
billing-fee-invoice-for = Factură de cotizație pentru { $period }: { $amount } ({ $explanation })
billing-fee-invoice-none = Factură de cotizație: perioada curentă, { $period }, nu are nicio factură de emis ({ $reason })
billing-issue-fee-invoice = Emite factura de cotizație
billing-day-of-period = O zi din perioadă
billing-day-of-period-hint = Gol pentru perioada de mai sus; reînnoirea nu mai facturează niciodată o perioadă deja facturată.
billing-issue-fee-invoice-confirm = Emiți factura de cotizație? Primește următorul număr de factură.
billing-fee-invoices = Facturi de cotizație
billing-no-fee-yet = Încă nicio cotizație facturată.
billing-history = Istoric
billing-when = Când
billing-by = De către
billing-no-changes = Nicio schimbare.
billing-fee-invoice-issued = Factura de cotizație { $number } a fost emisă pentru { $period }.
billing-no-fee-invoice-for = nicio factură de cotizație pentru { $period }: { $reason }
billing-choose-change = alege o schimbare
billing-change-recorded = Schimbarea a fost înregistrată.

## Facturi
billing-bank-statement = Extras de cont
billing-unmatched-payments = Plăți neasociate
billing-reminders = Reamintiri de plată
billing-sent-mail = E-mailuri trimise
billing-billing-details = Date de facturare
billing-customer = Client
billing-invoices-n = { $count ->
    [one] { $count } factură
    [few] { $count } facturi
   *[other] { $count } de facturi
    }
billing-outstanding-summary = { $invoices }; { $amount } de încasat
billing-first-500 = sunt afișate primele 500, restrânge lista pentru a le vedea pe celelalte
billing-find = Caută
billing-number-or-customer = Număr sau client
billing-every-state = Orice stare
billing-every-kind = Orice tip
billing-no-invoices-match = Nicio factură nu corespunde.
billing-invoices-csv = Facturi CSV
billing-invoices-xlsx = Facturi XLSX
billing-payments-csv = Plăți CSV
billing-payments-xlsx = Plăți XLSX
billing-fee-from-membership-option = Cotizație de membru (emisă din calitatea de membru a clientului)
billing-kind-hint = O cotizație de membru te duce la calitatea de membru, care îi calculează suma și împiedică reînnoirea să o factureze de două ori.
billing-tax-rate-none-hint = Gol sau 0 pentru niciuna.
billing-note-on-invoice = Mențiune pe factură
billing-line-what-for = Linia { $n }: pentru ce
billing-line-quantity = Linia { $n }: cantitate
billing-quantity-hint = 1 dacă e gol
billing-line-price = Linia { $n }: preț unitar ({ $currency })
billing-save-draft = Salvează ciorna
billing-draft-intro = O factură de serviciu sau de eveniment. Se salvează ca ciornă: verific-o, apoi emite-o ca să primească numărul.
billing-draft-saved = Ciorna a fost salvată: verific-o, apoi emite-o.
billing-issue-from-membership = Emite factura de cotizație din calitatea de membru: tipul ei calculează suma, iar reînnoirea nu o va mai factura.
billing-choose-fee-customer = alege clientul a cărui cotizație de membru se facturează
billing-no-accepted-membership = clientul nu are nicio calitate de membru acceptată: adaugă sau acceptă una, apoi facturează cotizația din ea
billing-invoice = Factură
billing-invoice-title = Factura { $number }
billing-printable-invoice = Factură tipăribilă
billing-all-invoices = Toate facturile
billing-net = Valoare fără TVA
billing-tax-percent = TVA ({ $rate })
billing-credited = Stornat
billing-outstanding = De încasat
billing-corrects = Corectează
billing-how-fee-is-made = Cum se calculează cotizația
billing-note = Mențiune
billing-void-because = Anulată deoarece
billing-issue = Emite
billing-issue-the-invoice = Emite factura
billing-issue-ask = Emiți factura? Primește următorul număr al anului și nu mai poate fi modificată după aceea, doar corectată printr-o factură de stornare.
billing-discard = Renunță
billing-discard-the-draft = Renunță la ciornă
billing-discard-confirm = Renunți la această ciornă? Nu are încă număr; nu se pierde nimic altceva.
billing-record-a-payment = Înregistrează o plată
billing-record-payment = Înregistrează plata
billing-received-on = Primită la
billing-reference = Referință
billing-keep-overpayment = Păstrează ca credit al clientului ce se plătește peste suma datorată
billing-keep-overpayment-hint = Fără aceasta, o sumă mai mare decât cea datorată este refuzată.
billing-customer-has-credit = Clientul are un credit de { $amount }
billing-use-the-credit = Folosește creditul
billing-use-credit-confirm = Plătești { $amount } din această factură din creditul clientului?
billing-issue-credit-note = Emite factura de stornare
billing-amount-to-credit = Suma de stornat
billing-amount-to-credit-hint = Gol pentru tot ce nu a fost încă stornat.
billing-what-it-corrects = Ce corectează
billing-credit-note-confirm = Emiți o factură de stornare? Primește următorul număr de factură și nu poate fi ștearsă.
billing-void-title = Anulare
billing-void-the-invoice = Anulează factura
billing-void-confirm = Anulezi această factură? Își păstrează numărul, marcată ca anulată, și nu se mai datorează nimic pe ea.
billing-lines = Linii
billing-description = Descriere
billing-quantity = Cantitate
billing-price = Preț
billing-no-lines = Nicio linie.
billing-reversed-on = Anulată la { $day }: { $reason }
billing-kept-as-credit = { $amount } păstrați ca credit
billing-reverse-payment-title = Anulează plata de { $amount } primită la { $day }
billing-reverse-payment = Anulează plata
billing-reverse-confirm = Anulezi această plată? Rămâne în istoric, marcată ca anulată, iar suma devine din nou datorată.
billing-payments = Plăți
billing-received = Primită
billing-from = Sursă
billing-nothing-paid-yet = Nimic plătit încă.
billing-credit-notes = Facturi de stornare
billing-reminders-sent = Reamintiri trimise
billing-to = Către
billing-issued-as = Emisă cu numărul { $number }.
billing-draft-discarded = S-a renunțat la ciornă.
billing-invoice-is-void = Factura este anulată.
billing-credit-note-issued = Factura de stornare { $number } a fost emisă.

## Factura și factura de stornare tipăribile (document legal, în limba clientului)
billing-print-invoice = Factură
billing-print-credit-note = Factură de stornare
billing-print-draft-invoice = Proiect de factură
billing-print-tax-rate = TVA { $rate }
billing-print-back = ← Înapoi la factură
billing-print-how = Tipărește această pagină sau salveaz-o ca PDF din fereastra de tipărire.
billing-print-number = Nr. { $number }
billing-print-void = Anulată
billing-print-paid = Plătită
billing-print-draft-stamp = Ciornă, nu este valabilă ca factură
billing-print-vat = Cod TVA
billing-print-bill-to = Cumpărător
billing-print-details = Detalii
billing-print-date = Data emiterii
billing-print-due = Scadență
billing-print-corrects = Corectează
billing-print-corrects-invoice = Factura { $number }
billing-print-description = Denumirea produselor sau serviciilor
billing-print-qty = Cant.
billing-print-price = Preț unitar fără TVA
billing-print-net = Valoare fără TVA
billing-print-tax = Cota TVA
billing-print-tax-amount = Valoare TVA
billing-print-total = Total
billing-print-credited = Stornat
billing-print-to-pay = Rest de plată
billing-print-tax-note = TVA se calculează o singură dată pe valoarea totală fără TVA a facturii; sumele pe fiecare linie sunt rotunjite separat.
billing-print-pay-to-iban = Vă rugăm să plătiți prin transfer în contul IBAN { $iban }, cu referința { $reference }.
billing-print-pay-reference = Vă rugăm să plătiți cu referința { $reference }.

## Plăți și creditul clientului
billing-payment-recorded = Plata a fost înregistrată.
billing-unmatched-subheading = Bani primiți pe care niciun număr de factură sau cod TVA nu i-a asociat. Dă fiecăreia factura pe care o plătește.
billing-unmatched-payment = { $amount } la { $day }: { $reference }
billing-assign = Asociază
billing-invoice-number = Număr de factură
billing-text = Text
billing-all-matched = Fiecare plată primită este asociată unei facturi.
billing-payment-now-pays = Plata achită acum { $number }.
billing-payment-reversed = Plata a fost anulată; rămâne în istoric.
billing-credit-pays = { $amount } din creditul clientului achită factura.
billing-customers-credit = Creditul clientului
billing-credit-of = Creditul: { $name }
billing-credit-subheading = Rămas: { $amount }. Provine din plăți peste ce datora o factură; folosește-l pe o factură deschisă sau înregistrează rambursarea lui.
billing-refund = Rambursare
billing-record-the-refund = Înregistrează rambursarea
billing-all-of-credit-hint = Gol pentru tot creditul.
billing-how-paid-back = Cum a fost returnat
billing-refund-confirm = Înregistrezi că acest credit a fost returnat clientului?
billing-what = Ce
billing-never-had-credit = Clientul nu a avut niciodată credit.
billing-refund-recorded = Rambursarea de { $amount } a fost înregistrată.

## Extrase de cont
billing-bank-intro = Extrasul pe care îl exportă banca ta, în CSV (virgule, punct și virgulă sau tabulatoare) sau XLSX, cu o coloană de dată și o coloană de sumă (denumite în engleză, spaniolă, italiană, germană sau franceză). Fiecare plată primită este asociată unei facturi după numărul facturii din textul ei sau după codul TVA al clientului și suma exactă datorată; celelalte sunt păstrate pentru asociere manuală. Vei vedea rezultatul fiecărei linii înainte să se înregistreze ceva, iar un extras importat de două ori se înregistrează o singură dată.
billing-statement = Extras
billing-at-most-mib = Cel mult { $mib } MiB.
billing-upload-and-check = Încarcă și verifică
billing-choose-file = Alege un fișier de încărcat.
billing-file-unreadable = Acest fișier nu poate fi citit: { $message }.
billing-matched-by = { $number } ({ $customer }, după { $by })
billing-matched-by-credit = { $number } ({ $customer }, după { $by }); { $amount } peste sumă păstrați ca credit
billing-no-invoice-found = Nicio factură găsită: păstrată ca neasociată
billing-money-out = Ieșire de bani: ignorată
billing-other-currency = În { $currency }, nu în moneda clusterului: lăsată pentru înregistrare manuală
billing-recorded-before = Înregistrată anterior
billing-bank-statement-of = Extras de cont { $name }
billing-statement-unreadable = Acest extras nu poate fi citit: { $message }.
billing-bank-preview = Ce va face înregistrarea acestui extras, linie cu linie. Încă nu s-a înregistrat nimic.
billing-matched-to-invoice = Asociate unei facturi
billing-unmatched-kept = Neasociate, păstrate pentru asociere manuală
billing-lines-unreadable = Linii care nu pot fi citite: { $count }, deci nu se poate înregistra nimic: { $errors }
billing-record = Înregistrează
billing-record-the-payments = Înregistrează plățile
billing-line = Linie
billing-date = Data
billing-outcome = Rezultat
billing-statement-no-lines = Extrasul nu are linii.
billing-nothing-recorded = Nu s-a înregistrat nimic: unele linii nu pot fi citite.
billing-bank-recorded = Plăți înregistrate pe facturi: { $matched }; păstrate ca neasociate: { $unmatched }.

## Reamintiri de plată
billing-reminders-subheading = Facturi restante și cui i se trimite reamintirea: contactelor clientului de la facturare sau financiar, altfel tuturor contactelor sale cu adresă de e-mail. O factură primește cel mult o reamintire la fiecare { $days } zile.
billing-mail-not-set-up = E-mailul nu este configurat, deci reamintirile nu pot fi trimise: setează CLUSTERDESK_SMTP_URL și CLUSTERDESK_MAIL_FROM.
billing-send-n-reminders = { $count ->
    [one] Trimite { $count } reamintire
    [few] Trimite { $count } reamintiri
   *[other] Trimite { $count } de reamintiri
    }
billing-send-reminders = Trimite reamintirile
billing-send-reminders-confirm = { $count ->
    [one] Trimiți acum { $count } e-mail de reamintire?
    [few] Trimiți acum { $count } e-mailuri de reamintire?
   *[other] Trimiți acum { $count } de e-mailuri de reamintire?
    }
billing-will-be-reminded = Va primi reamintire
billing-queued = În coada de trimitere
billing-no-address = Niciun contact cu adresă de e-mail
billing-reminded-on = Reamintire trimisă la { $day }
billing-settled-meanwhile = Plătită sau achitată între timp
billing-overdue-invoices = Facturi restante
billing-days-overdue = Zile de întârziere
billing-open = De încasat
billing-reminder = Reamintire
billing-none-overdue = Nicio factură nu este restantă.
billing-reminders-on-way = { $count ->
    [one] { $count } reamintire este pe drum
    [few] { $count } reamintiri sunt pe drum
   *[other] { $count } de reamintiri sunt pe drum
    }: jurnalul de trimitere arată când pleacă fiecare.

## Datele de facturare ale emitentului
billing-legal-name = Denumire legală
billing-legal-name-hint = Așa cum apare pe facturi; numele clusterului dacă e gol.
billing-address = Adresă
billing-vat-id = Cod TVA
billing-iban = IBAN
billing-iban-hint = Unde membrii transferă cotizațiile; tipărit pe facturi și pe reamintiri.
billing-billing-email = E-mail de facturare
billing-billing-email-hint = Răspunsurile la reamintiri ajung aici.
billing-save = Salvează
billing-details-intro = Ce tipărește clusterul pe facturile sale ca emitent.
billing-details-saved = Datele de facturare au fost salvate.
billing-documents-language = Limba documentelor clusterului
billing-documents-language-is = Documente în { $language }
billing-documents-language-of-country = { $language }, limba țării
billing-documents-language-hint = Facturile, facturile de stornare și reamintirile clienților fără o limbă proprie, e-mailurile către persoanele care nu au ales nicio limbă și chestionarele create dintr-un șablon sunt redactate în această limbă. Listele de organizații și contacte după nume urmează ordinea sa alfabetică.
billing-documents-language-set = Documentele clusterului sunt acum redactate în { $language }.

## Ce scrie clusterdesk pe factura și nota de credit ale unui client, în limba clientului
invoice-line-membership-fee = Cotizație de membru { $type } { $period }
invoice-line-registration = Înscriere: { $event } pe { $day }
invoice-line-registration-member = Înscriere: { $event } pe { $day } (preț pentru membri)
invoice-line-service = { $service } pe { $day }
invoice-line-service-member = { $service } pe { $day } (preț pentru membri)
invoice-explanation-services =
    { $count ->
        [one] Servicii prestate (1 prestație)
        [few] Servicii prestate ({ $count } prestații)
       *[other] Servicii prestate ({ $count } de prestații)
    }
invoice-line-credit = Credit pentru factura { $number }: { $reason }
invoice-credit-registration-cancelled = înscrierea lui { $name } anulată: { $reason }
invoice-credit-event-cancelled = evenimentul a fost anulat
invoice-credit-by-the-team = de echipă
invoice-credit-by-the-person = de persoana înscrisă

## Istoricul unei calități de membru
membership-history-applied = solicitată la { $day }
membership-history-accepted = acceptată, începând cu { $day }
membership-history-suspended = suspendată din { $day }
membership-history-terminated = încetată la { $day }
membership-history-reinstated = reactivată
membership-history-suspended-when-imported = suspendată la import
membership-history-imported = importată din { $file }: { $what }
