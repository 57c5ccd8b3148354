# Seturile de indicatori livrate cu clusterdesk: numele și descrierea fiecărui set și numele liniilor sale.


# eccp_listing
indicator-set-eccp-listing = European Cluster Collaboration Platform: pragul de înscriere
indicator-set-eccp-listing-description = Ce cere European Cluster Collaboration Platform unei organizații de cluster înainte de a o înscrie și ce cere în primul rând o etichetă de calitate: o echipă de management de cel puțin 0,5 ENI, cel puțin 15 membri implicați, cel puțin două tipuri de membri din tripla elice și un site web care arată activitate reală.
indicator-set-eccp-listing-line-f1 = O echipă de management de cel puțin 0,5 ENI
indicator-set-eccp-listing-line-f2 = Cel puțin 15 membri implicați
indicator-set-eccp-listing-line-f3 = Cel puțin două tipuri de membri (tripla elice)
indicator-set-eccp-listing-line-f4 = Un site web care arată activitate reală

# label_readiness
indicator-set-label-readiness = Cluster Management Excellence: pregătirea pentru etichetă
indicator-set-label-readiness-description = Domeniile de indicatori ale etichetei (structură, management și guvernanță, finanțare, strategie și servicii, realizări și recunoaștere), citite din datele clusterului, cu dovezile deținute pentru fiecare. Pragurile proprii ale etichetei pentru fiecare indicator nu sunt publice: aici se folosesc pragurile de înscriere, acolo unde acestea există. Pentru praguri proprii, setul trebuie copiat.
indicator-set-label-readiness-line-1-2 = Componența participanților (tripla elice)
indicator-set-label-readiness-line-1-3 = Numărul de participanți implicați
indicator-set-label-readiness-line-2-2 = Resursele umane ale managementului clusterului
indicator-set-label-readiness-line-3-2 = Ponderea finanțării private
indicator-set-label-readiness-line-4-2 = Strategie documentată cu un plan de acțiune
indicator-set-label-readiness-line-4-5 = Revizuirea strategiei și a planului de acțiune
indicator-set-label-readiness-line-4-10 = Grupuri de lucru
indicator-set-label-readiness-line-4-12 = Prezență pe internet
indicator-set-label-readiness-line-5-1 = Recunoaștere în publicații și mass-media
indicator-set-label-readiness-line-5-2 = Povești de succes
indicator-set-label-readiness-line-5-3 = Măsurarea satisfacției membrilor

# regional_programme
indicator-set-regional-programme = Program regional pentru clustere: indicatori de politică
indicator-set-regional-programme-description = Indicatorii pe care un program regional pentru clustere îi cere clusterelor pe care le finanțează: actori activi (membri implicați anual în cel puțin un proiect de inovare sau în două activități legate de inovare) și IMM-urile dintre ei, proiecte aprobate (inclusiv cele intercluster), colaborări internaționale, precum și creșterea cifrei de afaceri și a numărului de angajați ai membrilor. Țintele programului sunt țintele clusterului pentru aceiași indicatori.
indicator-set-regional-programme-line-p1 = Actori activi
indicator-set-regional-programme-line-p2 = IMM-uri active
indicator-set-regional-programme-line-p3 = Proiecte aprobate
indicator-set-regional-programme-line-p3-1 = din care proiecte intercluster
indicator-set-regional-programme-line-p4 = Colaborări internaționale
indicator-set-regional-programme-line-p5 = Creșterea cifrei de afaceri a membrilor
indicator-set-regional-programme-line-p6 = Creșterea numărului de angajați ai membrilor

# monitoring
indicator-set-monitoring = Sistemul de monitorizare
indicator-set-monitoring-description = Toți indicatorii din catalog, predefiniți și proprii clusterului, comparați cu țintele stabilite de cluster.
