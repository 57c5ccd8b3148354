# Die mit clusterdesk ausgelieferten Indikatorensets: Name und Beschreibung jedes Sets und die Namen seiner Zeilen.


# eccp_listing
indicator-set-eccp-listing = European Cluster Collaboration Platform: Mindestanforderungen für die Aufnahme
indicator-set-eccp-listing-description = Was die European Cluster Collaboration Platform von einer Clusterorganisation verlangt, bevor sie sie in ihr Verzeichnis aufnimmt, und was ein Qualitätslabel als Erstes voraussetzt: ein Managementteam mit mindestens 0,5 VZÄ, mindestens 15 engagierte Mitglieder, mindestens zwei Arten von Mitgliedern der Triple Helix und eine Website, die echte Aktivität zeigt.
indicator-set-eccp-listing-line-f1 = Ein Managementteam mit mindestens 0,5 VZÄ
indicator-set-eccp-listing-line-f2 = Mindestens 15 engagierte Mitglieder
indicator-set-eccp-listing-line-f3 = Mindestens zwei Arten von Mitgliedern (Triple Helix)
indicator-set-eccp-listing-line-f4 = Eine Website, die echte Aktivität zeigt

# label_readiness
indicator-set-label-readiness = Cluster Management Excellence: Bereitschaft für das Label
indicator-set-label-readiness-description = Die Indikatorbereiche des Labels (Struktur, Management und Governance, Finanzierung, Strategie und Dienstleistungen, Erfolge und Anerkennung), gelesen aus den Daten des Clusters, mit den jeweils vorliegenden Nachweisen. Die eigenen Schwellenwerte des Labels je Indikator sind nicht öffentlich: Hier gelten die Schwellenwerte der Mindestanforderungen für die Aufnahme, wo diese einen vorsehen. Kopieren Sie das Set, um eigene Schwellenwerte zu führen.
indicator-set-label-readiness-line-1-2 = Zusammensetzung der Teilnehmer (Triple Helix)
indicator-set-label-readiness-line-1-3 = Anzahl engagierter Teilnehmer
indicator-set-label-readiness-line-2-2 = Personalausstattung des Clustermanagements
indicator-set-label-readiness-line-3-2 = Anteil privater Finanzierung
indicator-set-label-readiness-line-4-2 = Dokumentierte Strategie mit Aktionsplan
indicator-set-label-readiness-line-4-5 = Überprüfung von Strategie und Aktionsplan
indicator-set-label-readiness-line-4-10 = Arbeitsgruppen
indicator-set-label-readiness-line-4-12 = Internetpräsenz
indicator-set-label-readiness-line-5-1 = Anerkennung in Publikationen und Medien
indicator-set-label-readiness-line-5-2 = Erfolgsgeschichten
indicator-set-label-readiness-line-5-3 = Messung der Mitgliederzufriedenheit

# regional_programme
indicator-set-regional-programme = Regionales Clusterprogramm: Indikatoren der Clusterpolitik
indicator-set-regional-programme-description = Die Indikatoren, die ein regionales Clusterprogramm von den Clustern verlangt, die es fördert: aktive Akteure (Mitglieder, die im Jahr an mindestens einem Innovationsprojekt oder an zwei innovationsbezogenen Aktivitäten teilnehmen) und die KMU darunter, bewilligte Projekte (clusterübergreifende eingeschlossen), internationale Kooperationen sowie das Umsatz- und Beschäftigungswachstum der Mitglieder. Die Zielwerte des Programms sind die Zielwerte des Clusters für dieselben Indikatoren.
indicator-set-regional-programme-line-p1 = Aktive Akteure
indicator-set-regional-programme-line-p2 = Aktive KMU
indicator-set-regional-programme-line-p3 = Bewilligte Projekte
indicator-set-regional-programme-line-p3-1 = davon clusterübergreifende Projekte
indicator-set-regional-programme-line-p4 = Internationale Kooperationen
indicator-set-regional-programme-line-p5 = Umsatzwachstum der Mitglieder
indicator-set-regional-programme-line-p6 = Beschäftigungswachstum der Mitglieder

# monitoring
indicator-set-monitoring = Das Monitoringsystem
indicator-set-monitoring-description = Alle Indikatoren des Katalogs, eingebaute und eigene des Clusters, gemessen an den Zielwerten, die der Cluster gesetzt hat.
