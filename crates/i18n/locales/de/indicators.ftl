# Arten von Organisationen: die Triple Helix und ihr Umfeld.
organisation-kind-company = Unternehmen
organisation-kind-university = Hochschule
organisation-kind-research-centre = Forschungs- oder Technologiezentrum
organisation-kind-public-administration = Öffentliche Verwaltung
organisation-kind-association = Verband
organisation-kind-investor = Investor
organisation-kind-other = Sonstige

# Die KMU-Größenklassen der EU (Empfehlung 2003/361/EG der Kommission).
size-class-micro = Kleinstunternehmen
size-class-small = Kleines Unternehmen
size-class-medium = Mittleres Unternehmen
size-class-large = Großes Unternehmen
size-class-unknown = Größe unbekannt

# Arten von Interaktionen mit einer Organisation.
interaction-kind-meeting = Treffen
interaction-kind-call = Anruf
interaction-kind-email = E-Mail
interaction-kind-visit = Besuch
interaction-kind-interview = Gespräch

# Kanäle, über die eine Person der Kontaktaufnahme zugestimmt hat.
channel-email = E-Mail
channel-phone = Telefon
channel-post = Post

# Was mit den Daten einer Person geschah (DSGVO-Protokoll).
privacy-action-export = Daten exportiert
privacy-action-erasure = Daten gelöscht
# Die Standardindikatoren des Monitoringsystems: Name und Definition jedes Indikators.

indicator-events-held = Durchgeführte Veranstaltungen
indicator-events-held-description = Nicht abgesagte Veranstaltungen des Jahres, im Detail nach Art.

indicator-participants = Teilnehmende
indicator-participants-description = Erfasste Teilnahmen an den Veranstaltungen des Jahres (eine Person bei zwei Veranstaltungen zählt doppelt).

indicator-members-reached = Erreichte Mitgliedsorganisationen
indicator-members-reached-description = Mitglieder, von denen mindestens eine Person an einer Veranstaltung des Jahres teilgenommen hat.

indicator-participation-rate = Beteiligungsquote
indicator-participation-rate-description = Anteil der Mitglieder, die im Jahr an mindestens einer Aktivität (Veranstaltung, Dienstleistung, Umfrage) oder einem Projekt teilgenommen haben, an allen Mitgliedern.

indicator-average-satisfaction = Durchschnittliche Zufriedenheit
indicator-average-satisfaction-description = Mittlere Antwort auf die Gesamtfrage der Zufriedenheitsumfrage (1 bis 5) in den Kampagnen, die im Jahr enden.

indicator-new-members = Neue Mitglieder
indicator-new-members-description = Mitgliedschaften, die im Jahr begonnen haben.

indicator-retention-rate = Bindungsquote
indicator-retention-rate-description = Anteil der Mitglieder zu Jahresbeginn, die am Jahresende noch Mitglied sind.

indicator-interactions-logged = Erfasste Interaktionen
indicator-interactions-logged-description = Im Jahr erfasste Anrufe, Treffen, Besuche und E-Mails mit Organisationen.

indicator-active-member-share = Anteil aktiver Mitglieder
indicator-active-member-share-description = Anteil der Mitglieder, die nach der Regel des Clusters aktive Akteure sind (Projekte oder Aktivitäten im Jahr), an allen Mitgliedern.

indicator-members = Mitglieder
indicator-members-description = Mitgliedsorganisationen am Jahresende (bzw. heute, solange das Jahr läuft).

indicator-active-actors = Aktive Akteure
indicator-active-actors-description = Mitglieder, die im Jahr an mindestens einem Projekt oder zwei Aktivitäten teilgenommen haben (die Regel des Clusters legt die Zahlen fest).

indicator-active-smes = Aktive KMU
indicator-active-smes-description = Aktive Akteure, die Kleinst-, kleine oder mittlere Unternehmen sind.

indicator-working-groups-met = Arbeitsgruppen mit Treffen
indicator-working-groups-met-description = Arbeitsgruppen mit mindestens einem Treffen im Jahr.

indicator-media-mentions = Erwähnungen in den Medien
indicator-media-mentions-description = Artikel, Sendungen und Veröffentlichungen über den Cluster im Jahr, erfasst mit den Presseartikeln als Nachweis.

indicator-projects-running = Laufende Projekte
indicator-projects-running-description = Projekte, die im Jahr liefen, im Detail nach Phase.

indicator-aligned-share = Anteil mit Bezug zu einer Herausforderung
indicator-aligned-share-description = Von den Projekten des Jahres jene, die mindestens einer Herausforderung der Strategie dienen.

indicator-members-in-projects = Mitgliedsorganisationen in Projekten
indicator-members-in-projects-description = Mitglieder, die an einem Projekt des Jahres beteiligt sind.

indicator-sme-share = KMU-Anteil an den Beteiligten
indicator-sme-share-description = Von den Mitgliedsorganisationen in den Projekten des Jahres, deren Größe bekannt ist, die KMU.

indicator-budget-mobilised = Mobilisiertes Budget
indicator-budget-mobilised-description = Die Budgets der Projekte, die im Jahr begonnen haben (jedes einmal gezählt, in seinem ersten Jahr).

indicator-public-funding = Eingeworbene öffentliche Mittel
indicator-public-funding-description = Öffentliche Mittel, die die bewilligten Projekte mit Beginn im Jahr eingeworben haben.

indicator-private-funding = Eingeworbene private Mittel
indicator-private-funding-description = Private Mittel, die die bewilligten Projekte mit Beginn im Jahr eingeworben haben.

indicator-inter-cluster-projects = Clusterübergreifende Projekte
indicator-inter-cluster-projects-description = Die Projekte des Jahres mit einem Partnercluster oder im Bereich „Clusterübergreifend“.

indicator-projects-approved = Bewilligte Projekte
indicator-projects-approved-description = Projekte, die im Jahr begonnen und ihre Finanzierung gesichert haben (bewilligt, laufend oder abgeschlossen), clusterübergreifende eingeschlossen.

indicator-international-projects = Internationale Kooperationen
indicator-international-projects-description = Die Projekte des Jahres mit einem Beteiligten aus einem anderen Land: einer Organisation, einem Partnercluster oder einer externen Stelle.

indicator-fees-billed = In Rechnung gestellte Beiträge
indicator-fees-billed-description = Beitragsrechnungen der Mitgliedschaftsperiode des Jahres, abzüglich Gutschriften.

indicator-fees-collected = Vereinnahmte Beiträge
indicator-fees-collected-description = Der bezahlte Teil der in Rechnung gestellten Beiträge.

indicator-fixed-cost-coverage = Fixkostendeckung
indicator-fixed-cost-coverage-description = Wiederkehrende Einnahmen der Geschäftsstelle (Beiträge, öffentliche Strukturförderung, wiederkehrende Dienstleistungen) im Verhältnis zu den Kosten der Geschäftsstelle, als Faktor (Ist-Zahlen).

indicator-private-share = Privater Anteil an den Einnahmen
indicator-private-share-description = Private Einnahmen (Beiträge, Dienstleistungen, Sponsoring, private Zuwendungen) im Verhältnis zu allen Einnahmen (Ist-Zahlen).

indicator-public-dependency = Öffentliche Abhängigkeit
indicator-public-dependency-description = Öffentliche Einnahmen im Verhältnis zu allen Einnahmen (Ist-Zahlen).

indicator-staff-fte = Personal in VZÄ
indicator-staff-fte-description = Die Vollzeitäquivalente des Teams am Jahresende (bzw. heute).

indicator-members-per-fte = Mitglieder pro VZÄ
indicator-members-per-fte-description = Mitglieder am Jahresende im Verhältnis zu den VZÄ des Teams.

indicator-action-lines-on-track = Maßnahmen des Aktionsplans im Plan
indicator-action-lines-on-track-description = Anteil der Maßnahmen des Aktionsplans des Jahres, die im Plan oder erledigt sind, an allen seinen Maßnahmen.

indicator-board-meetings = Vorstandssitzungen
indicator-board-meetings-description = Nicht abgesagte Vorstandssitzungen des Jahres.

indicator-fee-coverage = Beitragsdeckung
indicator-fee-coverage-description = Einnahmen aus Mitgliedsbeiträgen im Verhältnis zu den Kosten der Geschäftsstelle, als Faktor (Ist-Zahlen).

indicator-services-share = Dienstleistungsanteil
indicator-services-share-description = Einnahmen aus Dienstleistungen im Verhältnis zu allen Einnahmen (Ist-Zahlen).

indicator-fee-concentration = Beitragskonzentration
indicator-fee-concentration-description = Beitragseinnahmen der fünf größten Zahler im Verhältnis zu den in Rechnung gestellten Beitragseinnahmen (Ist-Zahlen).

indicator-project-leverage = Projekthebelwirkung
indicator-project-leverage-description = Für die Beteiligten mobilisierte Projektmittel im Verhältnis zu den Kosten der Geschäftsstelle, als Faktor (Ist-Zahlen).

indicator-runway = Reichweite
indicator-runway-description = Monate an Kosten der Geschäftsstelle, die die Rücklagen decken: Rücklagen × 12 im Verhältnis zu den Kosten der Geschäftsstelle.

indicator-triple-helix-kinds = Triple-Helix-Arten der Mitglieder
indicator-triple-helix-kinds-description = Wie viele der Arten Wirtschaft (Unternehmen, Investoren), Wissenschaft (Hochschulen, Forschungs- und Technologiezentren) und öffentliche Verwaltung unter den Mitgliedern vertreten sind.

indicator-strategy-documented = Dokumentierte Strategie und Aktionsplan
indicator-strategy-documented-description = 1, wenn eine Strategie das Jahr mit mindestens einer Herausforderung abdeckt und es für das Jahr einen Aktionsplan mit mindestens einer Maßnahme gibt; sonst 0.

indicator-strategy-reviews = Strategieüberprüfungen
indicator-strategy-reviews-description = Im Jahr erfasste Überprüfungen der Strategie, die das Jahr abdeckt, und ihres Aktionsplans.

indicator-internet-presence = Internetpräsenz
indicator-internet-presence-description = 1, wenn die Website des Clusters seine aktuelle Tätigkeit zeigt (Neuigkeiten oder Veranstaltungen des Jahres), erfasst mit der Adresse der Website als Nachweis; sonst 0.

indicator-turnover-growth = Umsatzwachstum
indicator-turnover-growth-description = Veränderung des Umsatzes der Mitglieder gegenüber dem Vorjahr, über die Mitglieder mit Zahlen für beide Jahre.

indicator-employment-growth = Beschäftigungswachstum
indicator-employment-growth-description = Veränderung der Beschäftigtenzahl der Mitglieder gegenüber dem Vorjahr, über die Mitglieder mit Zahlen für beide Jahre.

indicator-export-share = Exportquote
indicator-export-share-description = Die Exporte der Mitglieder im Verhältnis zu ihrem Umsatz, über die Mitglieder mit beiden Zahlen.

indicator-rd-intensity = F&E-Intensität
indicator-rd-intensity-description = Die F&E-Ausgaben der Mitglieder im Verhältnis zu ihrem Umsatz, über die Mitglieder mit beiden Zahlen.

indicator-innovating-share = Anteil innovierender Mitglieder
indicator-innovating-share-description = Von den Mitgliedern mit Zahlen für das Jahr jene mit mindestens einem neuen Produkt.

indicator-new-foreign-markets = Neue Auslandsmärkte
indicator-new-foreign-markets-description = Neue Auslandsmärkte, die die Mitglieder im Jahr erschlossen haben.

indicator-digital-maturity = Digitale Reife
indicator-digital-maturity-description = Die mittlere digitale Reife der Mitglieder (1 bis 5).

indicator-openness-to-cooperation = Offenheit für Kooperation
indicator-openness-to-cooperation-description = Mittlere Antwort auf die Frage der Umfrage zur strategischen Haltung nach der Offenheit für Kooperation, in den Kampagnen, die im Jahr enden.

indicator-planning-maturity = Reife der strategischen Planung
indicator-planning-maturity-description = Mittleres Planungsniveau in der Umfrage zur strategischen Haltung (1 kein schriftlicher Plan bis 4 ein jährlich anhand von Indikatoren überprüfter Plan), in den Kampagnen, die im Jahr enden.

indicator-perceived-value = Wahrgenommener Nutzen des Clusters
indicator-perceived-value-description = Mittlere Antwort auf die Frage der Umfrage zur strategischen Haltung nach dem Nutzen des Clusters, in den Kampagnen, die im Jahr enden.


# Die Wirtschaftskennzahlen der Clusterorganisation: Name und Formel jeder Kennzahl.

ratio-fixed-cost-coverage = Fixkostendeckung
ratio-fixed-cost-coverage-formula = wiederkehrende Einnahmen der Geschäftsstelle (Mitgliedsbeiträge, öffentliche Strukturförderung und wiederkehrende Dienstleistungen) / Kosten der Geschäftsstelle
ratio-fixed-cost-coverage-goal = 1,00 oder mehr: Fixkosten durch feste Einnahmen gedeckt

ratio-private-share = Privater Anteil
ratio-private-share-formula = private Einnahmen (Beiträge, Dienstleistungen, Sponsoring, private Zuwendungen in Geld oder als Sachleistung) / Gesamteinnahmen

ratio-public-dependency = Öffentliche Abhängigkeit
ratio-public-dependency-formula = öffentliche Einnahmen / Gesamteinnahmen

ratio-fee-coverage = Beitragsdeckung
ratio-fee-coverage-formula = Einnahmen aus Mitgliedsbeiträgen / Kosten der Geschäftsstelle

ratio-services-share = Dienstleistungsanteil
ratio-services-share-formula = Einnahmen aus Dienstleistungen / Gesamteinnahmen

ratio-fee-concentration = Beitragskonzentration
ratio-fee-concentration-formula = Beitragseinnahmen der fünf größten Zahler / in Rechnung gestellte Beitragseinnahmen

ratio-project-leverage = Projekthebelwirkung
ratio-project-leverage-formula = für die Beteiligten mobilisierte Projektmittel / Kosten der Geschäftsstelle

ratio-runway = Reichweite
ratio-runway-formula = Monate an Kosten der Geschäftsstelle, die die Rücklagen decken: Rücklagen × 12 / Kosten der Geschäftsstelle
