# Tipuri de organizații: tripla elice și vecinii ei.
organisation-kind-company = Companie
organisation-kind-university = Universitate
organisation-kind-research-centre = Centru de cercetare sau tehnologic
organisation-kind-public-administration = Administrație publică
organisation-kind-association = Asociație
organisation-kind-investor = Investitor
organisation-kind-other = Altele

# Clasele de mărime IMM ale UE (Recomandarea 2003/361/CE a Comisiei).
size-class-micro = Microîntreprindere
size-class-small = Întreprindere mică
size-class-medium = Întreprindere mijlocie
size-class-large = Întreprindere mare
size-class-unknown = Mărime necunoscută

# Tipuri de interacțiuni cu o organizație.
interaction-kind-meeting = Întâlnire
interaction-kind-call = Apel
interaction-kind-email = E-mail
interaction-kind-visit = Vizită
interaction-kind-interview = Interviu

# Canalele prin care o persoană acceptă să fie contactată.
channel-email = E-mail
channel-phone = Telefon
channel-post = Poștă

# Ce s-a făcut cu datele unei persoane (jurnal GDPR).
privacy-action-export = Date exportate
privacy-action-erasure = Date șterse
# Indicatorii standard ai sistemului de monitorizare: denumirea și definiția fiecăruia.

indicator-events-held = Evenimente organizate
indicator-events-held-description = Evenimentele anului care nu au fost anulate, pe tipuri în detaliu.

indicator-participants = Participanți
indicator-participants-description = Participări înregistrate la evenimentele anului (o persoană prezentă la două evenimente contează de două ori).

indicator-members-reached = Organizații membre atinse
indicator-members-reached-description = Membri cu cel puțin o persoană prezentă la un eveniment al anului.

indicator-participation-rate = Rata de participare
indicator-participation-rate-description = Membrii care au luat parte la cel puțin o activitate (eveniment, serviciu, sondaj) sau un proiect în cursul anului, din totalul membrilor.

indicator-average-satisfaction = Satisfacție medie
indicator-average-satisfaction-description = Răspunsul mediu la întrebarea generală a sondajului de satisfacție (de la 1 la 5), din campaniile care se închid în cursul anului.

indicator-new-members = Membri noi
indicator-new-members-description = Aderări începute în cursul anului.

indicator-retention-rate = Rata de retenție
indicator-retention-rate-description = Dintre membrii de la începutul anului, ponderea celor care sunt încă membri la sfârșitul lui.

indicator-interactions-logged = Interacțiuni înregistrate
indicator-interactions-logged-description = Apeluri, întâlniri, vizite și e-mailuri cu organizații, înregistrate în cursul anului.

indicator-active-member-share = Ponderea membrilor activi
indicator-active-member-share-description = Membrii care sunt actori activi conform regulii clusterului (proiecte sau activități în cursul anului), din totalul membrilor.

indicator-members = Membri
indicator-members-description = Organizațiile membre la sfârșitul anului (sau astăzi, în cursul lui).

indicator-active-actors = Actori activi
indicator-active-actors-description = Membrii care au luat parte la cel puțin un proiect sau două activități în cursul anului (regula clusterului stabilește numerele).

indicator-active-smes = IMM-uri active
indicator-active-smes-description = Actori activi care sunt microîntreprinderi, întreprinderi mici sau mijlocii.

indicator-working-groups-met = Grupuri de lucru întrunite
indicator-working-groups-met-description = Grupuri de lucru cu cel puțin o întâlnire în cursul anului.

indicator-media-mentions = Mențiuni în mass-media
indicator-media-mentions-description = Articole, emisiuni și publicații despre cluster în cursul anului, introduse cu articolele de presă ca dovezi.

indicator-projects-running = Proiecte în derulare
indicator-projects-running-description = Proiectele derulate în cursul anului, pe etape în detaliu.

indicator-aligned-share = Ponderea aliniată la o provocare
indicator-aligned-share-description = Dintre proiectele anului, cele care servesc cel puțin o provocare a strategiei.

indicator-members-in-projects = Organizații membre în proiecte
indicator-members-in-projects-description = Membrii care participă la un proiect al anului.

indicator-sme-share = Ponderea IMM-urilor între participanți
indicator-sme-share-description = Dintre organizațiile membre din proiectele anului a căror mărime este cunoscută, IMM-urile.

indicator-budget-mobilised = Buget mobilizat
indicator-budget-mobilised-description = Bugetele proiectelor începute în cursul anului (fiecare numărat o singură dată, în primul său an).

indicator-public-funding = Finanțare publică atrasă
indicator-public-funding-description = Finanțarea publică obținută de proiectele finanțate începute în cursul anului.

indicator-private-funding = Finanțare privată atrasă
indicator-private-funding-description = Finanțarea privată obținută de proiectele finanțate începute în cursul anului.

indicator-inter-cluster-projects = Proiecte intercluster
indicator-inter-cluster-projects-description = Proiectele anului cu un cluster partener sau din domeniul intercluster.

indicator-projects-approved = Proiecte aprobate
indicator-projects-approved-description = Proiecte începute în cursul anului care și-au obținut finanțarea (finanțate, în derulare sau finalizate), inclusiv cele intercluster.

indicator-international-projects = Colaborări internaționale
indicator-international-projects-description = Proiectele anului cu un participant din altă țară: o organizație, un cluster partener sau un organism extern.

indicator-fees-billed = Cotizații facturate
indicator-fees-billed-description = Facturile de cotizație ale perioadei de membru a anului, minus facturile de stornare.

indicator-fees-collected = Cotizații încasate
indicator-fees-collected-description = Partea plătită din cotizațiile facturate.

indicator-fixed-cost-coverage = Acoperirea costurilor fixe
indicator-fixed-cost-coverage-description = Veniturile recurente ale structurii (cotizații, sprijin public pentru structură, servicii recurente) raportate la costurile de structură, exprimat ca multiplu (cifre realizate).

indicator-private-share = Ponderea privată a veniturilor
indicator-private-share-description = Veniturile private (cotizații, servicii, sponsorizări, contribuții private) raportate la totalul veniturilor (cifre realizate).

indicator-public-dependency = Dependența de fonduri publice
indicator-public-dependency-description = Veniturile publice raportate la totalul veniturilor (cifre realizate).

indicator-staff-fte = Personal în ENI
indicator-staff-fte-description = Echivalentul normă întreagă al echipei la sfârșitul anului (sau astăzi).

indicator-members-per-fte = Membri per ENI
indicator-members-per-fte-description = Membrii de la sfârșitul anului raportați la ENI ale echipei.

indicator-action-lines-on-track = Linii ale planului de acțiune conform planului
indicator-action-lines-on-track-description = Liniile planului de acțiune al anului aflate conform planului sau finalizate, din totalul liniilor sale.

indicator-board-meetings = Ședințe ale consiliului director
indicator-board-meetings-description = Ședințele consiliului director din cursul anului, neanulate.

indicator-fee-coverage = Acoperirea din cotizații
indicator-fee-coverage-description = Veniturile din cotizațiile membrilor raportate la costurile de structură, exprimat ca multiplu (cifre realizate).

indicator-services-share = Ponderea serviciilor
indicator-services-share-description = Veniturile din servicii raportate la totalul veniturilor (cifre realizate).

indicator-fee-concentration = Concentrarea cotizațiilor
indicator-fee-concentration-description = Veniturile din cotizații plătite de cei mai mari cinci plătitori raportate la veniturile din cotizații facturate (cifre realizate).

indicator-project-leverage = Efectul de pârghie al proiectelor
indicator-project-leverage-description = Finanțarea de proiecte mobilizată pentru participanți raportată la costurile de structură, exprimat ca multiplu (cifre realizate).

indicator-runway = Autonomie
indicator-runway-description = Lunile de costuri de structură pe care le acoperă rezervele: rezerve × 12 raportate la costurile de structură.

indicator-triple-helix-kinds = Tipuri de membri din tripla elice
indicator-triple-helix-kinds-description = Dintre mediul de afaceri (companii, investitori), mediul academic și de cercetare (universități, centre de cercetare și tehnologice) și administrația publică, câte tipuri sunt reprezentate printre membri.

indicator-strategy-documented = Strategie și plan de acțiune documentate
indicator-strategy-documented-description = 1 dacă o strategie acoperă anul cu cel puțin o provocare și anul are un plan de acțiune cu cel puțin o linie; altfel 0.

indicator-strategy-reviews = Revizuiri ale strategiei
indicator-strategy-reviews-description = Revizuirile strategiei care acoperă anul și ale planului ei de acțiune, înregistrate în cursul anului.

indicator-internet-presence = Prezență pe internet
indicator-internet-presence-description = 1 dacă site-ul clusterului arată activitatea lui curentă (știri sau evenimente ale anului), introdus cu adresa site-ului ca dovadă; altfel 0.

indicator-turnover-growth = Creșterea cifrei de afaceri
indicator-turnover-growth-description = Variația cifrei de afaceri a membrilor față de anul precedent, pentru membrii cu date pentru ambii ani.

indicator-employment-growth = Creșterea numărului de angajați
indicator-employment-growth-description = Variația numărului de angajați ai membrilor față de anul precedent, pentru membrii cu date pentru ambii ani.

indicator-export-share = Ponderea exporturilor
indicator-export-share-description = Exporturile membrilor raportate la cifra lor de afaceri, pentru membrii cu ambele date.

indicator-rd-intensity = Intensitatea C&D
indicator-rd-intensity-description = Cheltuielile de C&D ale membrilor raportate la cifra lor de afaceri, pentru membrii cu ambele date.

indicator-innovating-share = Ponderea membrilor care inovează
indicator-innovating-share-description = Dintre membrii cu date pentru anul respectiv, cei cu cel puțin un produs nou.

indicator-new-foreign-markets = Piețe externe noi
indicator-new-foreign-markets-description = Piețe externe noi în care membrii au intrat în cursul anului.

indicator-digital-maturity = Maturitate digitală
indicator-digital-maturity-description = Maturitatea digitală medie a membrilor (de la 1 la 5).

indicator-openness-to-cooperation = Deschidere spre cooperare
indicator-openness-to-cooperation-description = Răspunsul mediu la întrebarea sondajului de atitudine strategică despre deschiderea spre cooperare, din campaniile care se închid în cursul anului.

indicator-planning-maturity = Maturitatea planificării strategice
indicator-planning-maturity-description = Nivelul mediu de planificare din sondajul de atitudine strategică (de la 1 niciun plan scris la 4 un plan revizuit anual cu indicatori), din campaniile care se închid în cursul anului.

indicator-perceived-value = Valoarea percepută a clusterului
indicator-perceived-value-description = Răspunsul mediu la întrebarea sondajului de atitudine strategică despre valoarea clusterului, din campaniile care se închid în cursul anului.


# Indicatorii economici ai organizației de management a clusterului: denumirea și formula fiecăruia.

ratio-fixed-cost-coverage = Acoperirea costurilor fixe
ratio-fixed-cost-coverage-formula = venituri recurente ale structurii (cotizațiile membrilor, sprijin public pentru structură și servicii recurente) / costuri de structură
ratio-fixed-cost-coverage-goal = 1,00 sau mai mult: costurile fixe acoperite din venituri fixe

ratio-private-share = Ponderea privată
ratio-private-share-formula = venituri private (cotizații, servicii, sponsorizări, contribuții private în bani sau în natură) / venituri totale

ratio-public-dependency = Dependența de fonduri publice
ratio-public-dependency-formula = venituri publice / venituri totale

ratio-fee-coverage = Acoperirea din cotizații
ratio-fee-coverage-formula = venituri din cotizațiile membrilor / costuri de structură

ratio-services-share = Ponderea serviciilor
ratio-services-share-formula = venituri din servicii / venituri totale

ratio-fee-concentration = Concentrarea cotizațiilor
ratio-fee-concentration-formula = venituri din cotizații plătite de cei mai mari cinci plătitori / venituri din cotizații facturate

ratio-project-leverage = Efectul de pârghie al proiectelor
ratio-project-leverage-formula = finanțare de proiecte mobilizată pentru participanți / costuri de structură

ratio-runway = Autonomie
ratio-runway-formula = luni de costuri de structură acoperite de rezerve: rezerve × 12 / costuri de structură
