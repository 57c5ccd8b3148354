skip-to-content = Salt la conținut
menu = Meniu
switch-cluster = Schimbă clusterul
all-clusters = Toate clusterele…
search = Căutare
search-placeholder = Caută…
your-account-title = Contul tău: parolă, sesiuni, tokenuri API
log-out = Deconectare
modules = Module
nav-home = Acasă
nav-overview = Prezentare generală
nav-organisations = Organizații
nav-contacts = Contacte
nav-events = Evenimente
nav-engagement = Implicare
nav-strategy = Strategie
nav-projects = Proiecte
nav-services = Servicii
nav-surveys = Sondaje
nav-economics = Finanțe
nav-monitoring = Monitorizare
nav-members = Membri
nav-invoices = Facturi
nav-my-tasks = Sarcinile mele
tasks-overdue =
    { $count ->
        [one] { $count } restantă
        [few] { $count } restante
       *[other] { $count } de restante
    }
nav-segments = Segmente
nav-duplicates = Duplicate
nav-imports = Importuri
nav-value-chain = Lanțul valoric
nav-interview-templates = Șabloane de interviu
nav-people = Persoane

## Probleme: ce spune un răspuns care refuză o cerere (documentele de problemă ale API-ului și paginile de eroare).
problem-title-400 = Cerere incorectă
problem-title-401 = Neautentificat
problem-title-403 = Nu este permis
problem-title-404 = Negăsit
problem-title-409 = Conflict
problem-title-413 = Prea mare
problem-title-422 = Nu se poate accepta
problem-title-429 = Prea multe cereri
problem-title-500 = Eroare de server
problem-not-found = Nu s-a găsit: { $what }.
problem-forbidden = Rolul tău în acest cluster nu permite acest lucru: { $reason }.
problem-forbidden-reading = citire
problem-forbidden-edit = modificarea înregistrărilor necesită rolul „echipă” sau „manager de cluster”
problem-forbidden-manage = este nevoie de rolul „manager de cluster”
problem-forbidden-rate-table = tabelul de cursuri al rețelei este întreținut de administratorii rețelei
problem-forbidden-taxonomy = taxonomia rețelei este întreținută de administratorii rețelei
problem-forbidden-network-view = vizualizarea rețelei este doar pentru administratorii rețelei
problem-bad-credentials = Adresa de e-mail sau parola este greșită.
problem-too-many-attempts =
    { $minutes ->
        [one] Prea multe autentificări eșuate; încearcă din nou peste { $minutes } minut.
        [few] Prea multe autentificări eșuate; încearcă din nou peste { $minutes } minute.
       *[other] Prea multe autentificări eșuate; încearcă din nou peste { $minutes } de minute.
    }
problem-rate-limited =
    { $minutes ->
        [one] Prea multe cereri de la adresa ta sau pentru acest eveniment; încearcă din nou peste { $minutes } minut.
        [few] Prea multe cereri de la adresa ta sau pentru acest eveniment; încearcă din nou peste { $minutes } minute.
       *[other] Prea multe cereri de la adresa ta sau pentru acest eveniment; încearcă din nou peste { $minutes } de minute.
    }
problem-token-unknown = Tokenul API este necunoscut sau revocat.
problem-token-missing = Trimite un token API ca 'Authorization: Bearer TOKEN' (creează unul cu 'clusterdesk token create').
problem-server = Ceva nu a mers bine pe server. Eroarea a fost înregistrată; încearcă din nou.

## Ce poate căuta o cerere fără să găsească (în `problem-not-found`).
resource-api-token = token API
resource-action-line = linie de acțiune
resource-calendar = calendar
resource-campaign = campanie
resource-challenge = provocare
resource-cluster = cluster
resource-contact-with-that-email = contact cu acest e-mail
resource-contact = contact
resource-consent = consimțământ
resource-current-consent = consimțământ în vigoare
resource-delivery = prestare
resource-event-series = serie de evenimente
resource-event = eveniment
resource-evidence = dovadă
resource-file = fișier
resource-group-membership = apartenență la grup
resource-idea = idee
resource-import = import
resource-indicator-set = set de indicatori
resource-indicator = indicator
resource-interaction = interacțiune
resource-invoice = factură
resource-ledger-line = rând contabil
resource-line = linie
resource-membership-type = tip de membru
resource-membership = calitate de membru
resource-milestone = etapă-cheie
resource-offer-or-need = ofertă sau nevoie
resource-organisation = organizație
resource-organisation-challenge-interaction-or-working-group = organizație, provocare, interacțiune sau grup de lucru
resource-page = pagină
resource-partner-cluster = cluster partener
resource-payment = plată
resource-person = persoană
resource-project-or-organisation = proiect sau organizație
resource-project-part = element al proiectului
resource-project = proiect
resource-question = întrebare
resource-questionnaire = chestionar
resource-record = înregistrare
resource-registration-on-the-waiting-list = înscriere pe lista de așteptare
resource-registration-request = cerere de înscriere
resource-registration = înscriere
resource-resource = resursă
resource-review-of-figures = verificare a cifrelor
resource-review = verificare
resource-role-in-that-cluster = rol în acel cluster
resource-scenario = scenariu
resource-section = secțiune
resource-segment = segment
resource-series = serie
resource-service-or-organisation = serviciu sau organizație
resource-service = serviciu
resource-session = sesiune
resource-staff-member = angajat
resource-strategy = strategie
resource-survey-link = link de sondaj
resource-tag = etichetă
resource-task = sarcină
resource-unmatched-payment = plată neasociată
resource-upload = fișier încărcat
resource-user = utilizator
resource-value = valoare
resource-working-group-or-contact = grup de lucru sau contact
resource-working-group = grup de lucru
resource-year = an
