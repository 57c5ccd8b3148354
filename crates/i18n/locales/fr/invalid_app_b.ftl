# Messages des cas d’usage : imports et fichiers lus, comptes et connexion, envoi d’e-mails, listes, doublons et fusions.

## Lire un fichier (sheet)
invalid-sheet-file-too-large = le fichier fait { $size } MiB ; un fichier peut faire au plus { $limit } MiB
invalid-sheet-xlsx-contradictory = le fichier n’est pas un classeur XLSX lisible : ses parties se contredisent
invalid-sheet-too-many-columns = { $at } a { $columns } colonnes ; un fichier peut avoir au plus { $limit } colonnes
invalid-sheet-nul-character = { $at } contient un caractère NUL, qu’aucun texte ne peut contenir : est-ce un fichier texte ?
invalid-sheet-cell-too-long = { $at } contient plus de { $limit } caractères ; une cellule peut en contenir au plus { $limit }
invalid-sheet-line = ligne { $line }
invalid-sheet-read-as-utf16 = le fichier a été lu en UTF-16 (texte Unicode) et converti
invalid-sheet-read-as-windows-1252 = le fichier a été lu en Windows-1252 et converti
invalid-sheet-header-unreadable = la ligne d’en-tête ne peut pas être lue : { $error }
invalid-sheet-empty-file = le fichier est vide : la première ligne doit nommer les colonnes
invalid-sheet-line-not-csv = ligne { $line } : illisible en CSV : { $error }
invalid-sheet-too-many-rows = le fichier a plus de { $limit } lignes
invalid-sheet-separated-by-semicolons = colonnes séparées par des points-virgules
invalid-sheet-separated-by-tabs = colonnes séparées par des tabulations
invalid-sheet-separated-by-commas = colonnes séparées par des virgules
invalid-sheet-xlsx-unreadable = le fichier n’est pas un classeur XLSX lisible : { $error }
invalid-sheet-too-many-parts = le classeur est fait de { $parts } parties ; un classeur peut en avoir au plus { $limit }
invalid-sheet-unzips-too-large = le classeur décompressé fait { $size } MiB ; un classeur décompressé peut faire au plus { $limit } MiB
invalid-sheet-no-worksheet = le classeur n’a aucune feuille
invalid-sheet-worksheet-unreadable = la première feuille ne peut pas être lue : { $error }
invalid-sheet-cell = cellule { $cell }
invalid-sheet-value-beyond-columns = { $at } contient une valeur, mais une feuille peut avoir au plus { $limit } colonnes (A à { $last })
invalid-sheet-rows-out-of-order = { $at } vient après la ligne { $row } : les lignes de la feuille ne sont pas dans l’ordre
invalid-sheet-worksheet-too-many-rows = la feuille a plus de { $limit } lignes avec des valeurs
invalid-sheet-empty-worksheet = la première feuille est vide : sa première ligne doit nommer les colonnes
invalid-sheet-read-from-first-worksheet = lu depuis la première feuille

## Imports : le fichier, son association de colonnes et ses lignes (import)
invalid-import-mapping-unknown-column = l’association nomme une colonne « { $header } » que le fichier n’a pas
invalid-import-mapping-not-a-field = l’association envoie « { $header } » vers « { $field } », qui n’est pas un champ ; les champs sont { $fields }
invalid-import-values-read-by-mapping = { $values } valeurs lues comme l’association l’indique
invalid-import-values-read-by-name = { $values } valeurs lues d’après leur nom dans les langues du réseau
invalid-import-mapping-line = ligne { $line } de l’association : écrivez-la sous la forme « En-tête de colonne = champ »
invalid-import-field-count = a { $cells } champs alors que l’en-tête en a { $headers }
invalid-import-required-column = aucune colonne n’est associée à « { $field } », qui est obligatoire
invalid-import-invoices-customer-column = aucune colonne n’est associée à « customer » ni à « vat_id » ; l’un des deux est obligatoire
invalid-import-ledger-amount-column = aucune colonne n’est associée à « amount » (ni à « hours », pour les contributions en nature) ; l’un des deux est obligatoire
invalid-import-membership-overlaps-line = chevauche l’adhésion de l’organisation de la ligne { $line } : une organisation détient une seule adhésion à la fois
invalid-import-answers-into-campaign = les réponses d’enquête s’importent dans une campagne, depuis la page de la campagne ou par `POST .../campaigns/{"{"}id{"}"}/answers/import`
invalid-import-same-membership = la même adhésion qu’à la ligne { $first } (même organisation, même type, même début)
invalid-import-same-invoice = la même facture qu’à la ligne { $first } (même numéro, ou cotisation de la même adhésion pour la même période)
invalid-import-same-organisation = la même organisation qu’à la ligne { $first } de ce fichier (même numéro de TVA, ou même nom et même pays)
invalid-import-same-person = la même personne qu’à la ligne { $first } de ce fichier (même e-mail, ou même nom dans la même organisation)
invalid-import-organisation-ambiguous = plusieurs organisations s’appellent « { $name } » ; indiquez plutôt son numéro de TVA
invalid-import-organisation-unknown = il n’y a pas d’organisation « { $name } » dans ce cluster ; importez-la ou créez-la d’abord
invalid-import-records-changed = les données du cluster ont changé pendant l’écriture de l’import de { $target }, { $attempts } fois ; rien n’a été importé, envoyez de nouveau le fichier
invalid-import-reverted-already = cet import a déjà été annulé
invalid-import-cannot-revert = cet import ne peut pas être annulé : { $why }
invalid-import-blocked-contacts-added =
    { $count ->
        [one] { $count } contact a depuis été ajouté à des organisations créées par cet import ; archivez plutôt ces organisations
        [many] { $count } contacts ont depuis été ajoutés à des organisations créées par cet import ; archivez plutôt ces organisations
       *[other] { $count } contacts ont depuis été ajoutés à des organisations créées par cet import ; archivez plutôt ces organisations
    }
invalid-import-blocked-fee-invoices-issued =
    { $count ->
        [one] { $count } facture de cotisation a depuis été émise pour des adhésions créées par cet import ; résiliez plutôt ces adhésions
        [many] { $count } factures de cotisation ont depuis été émises pour des adhésions créées par cet import ; résiliez plutôt ces adhésions
       *[other] { $count } factures de cotisation ont depuis été émises pour des adhésions créées par cet import ; résiliez plutôt ces adhésions
    }
invalid-import-blocked-memberships-changed =
    { $count ->
        [one] { $count } modification a depuis été apportée à des adhésions créées par cet import (acceptées, suspendues ou résiliées)
        [many] { $count } modifications ont depuis été apportées à des adhésions créées par cet import (acceptées, suspendues ou résiliées)
       *[other] { $count } modifications ont depuis été apportées à des adhésions créées par cet import (acceptées, suspendues ou résiliées)
    }
invalid-import-blocked-payments-recorded =
    { $count ->
        [one] { $count } paiement a depuis été enregistré sur des factures reprises par cet import
        [many] { $count } paiements ont depuis été enregistrés sur des factures reprises par cet import
       *[other] { $count } paiements ont depuis été enregistrés sur des factures reprises par cet import
    }
invalid-import-blocked-credit-notes-issued =
    { $count ->
        [one] { $count } avoir a depuis été émis pour des factures reprises par cet import
        [many] { $count } avoirs ont depuis été émis pour des factures reprises par cet import
       *[other] { $count } avoirs ont depuis été émis pour des factures reprises par cet import
    }
invalid-import-blocked-reminders-sent =
    { $count ->
        [one] { $count } relance a depuis été envoyée pour des factures reprises par cet import
        [many] { $count } relances ont depuis été envoyées pour des factures reprises par cet import
       *[other] { $count } relances ont depuis été envoyées pour des factures reprises par cet import
    }
invalid-import-blocked-invoices-voided =
    { $count ->
        [one] { $count } facture reprise par cet import a depuis été annulée
        [many] { $count } factures reprises par cet import ont depuis été annulées
       *[other] { $count } factures reprises par cet import ont depuis été annulées
    }
invalid-import-blocked-payments-reversed =
    { $count ->
        [one] { $count } paiement repris par cet import a depuis été contre-passé
        [many] { $count } paiements repris par cet import ont depuis été contre-passés
       *[other] { $count } paiements repris par cet import ont depuis été contre-passés
    }
invalid-import-blocked-records-refer-to-it = des interactions, tâches, adhésions, factures, idées, participants à des projets ou prestations ont depuis été enregistrés à propos de ce que cet import a créé
invalid-import-upload-quota = les fichiers du cluster en attente d’import occupent { $kept } sur au plus { $limit } MiB : importez-les, ou attendez qu’ils soient supprimés { $hours } heures après leur envoi

## Imports des réponses d’une campagne (import/answers)
invalid-import-answers-submitted-on-label = Date de la réponse
invalid-import-answers-organisation-label = L’organisation du répondant
invalid-import-answers-email-label = L’e-mail du répondant
invalid-import-answers-no-question-column = aucune colonne n’est associée à une question du questionnaire ; associez les colonnes qui contiennent des réponses à leurs questions
invalid-import-answers-required-question-unmapped = aucune colonne n’est associée à la question obligatoire « { $key } » : les réponses la laissent vide
invalid-import-answers-two-columns = { $first } et { $second }
invalid-import-answers-anonymous = la campagne est anonyme : les colonnes { $columns } ne sont pas lues, et rien n’est gardé de qui a répondu
invalid-import-answers-dated-today = aucune colonne ne dit quand chaque réponse a été donnée : elles sont datées du { $today }
invalid-import-answers-submitted-on-empty = est vide ; indiquez quand la réponse a été donnée
invalid-import-answers-unknown-email = aucun contact du cluster n’a l’e-mail « { $email } » ; ajoutez le contact ou laissez la colonne de côté
invalid-import-answers-contact-elsewhere = est un contact de { $contact_of }, et non de { $named }, l’organisation que nomme la ligne
invalid-import-answers-row-label = Réponse de la ligne { $line }
invalid-import-answers-no-answer = ne répond à aucune question

## Imports de factures ouvertes (import/invoices)
invalid-import-invoices-number-too-long = doit faire au plus { $limit } caractères, sans caractères de contrôle
invalid-import-invoices-date-required = est obligatoire (le jour où la facture a été émise)
invalid-import-invoices-customer-required = est obligatoire (son nom ou son numéro de TVA)
invalid-import-invoices-date-after-today = { $day } est postérieur à aujourd’hui ; une facture reprise a déjà été émise
invalid-import-invoices-not-open = la facture est à l’état « { $state } » ; seules les factures ouvertes sont reprises
invalid-import-invoices-unknown-status = « { $value } » n’est pas un état de facture ; laissez-le de côté ou écrivez open
invalid-import-invoices-gross-required = est obligatoire (le montant de la facture, taxes comprises)
invalid-import-invoices-other-currency = la facture est en { $code } ; le cluster facture en { $currency }, elle reste donc dans l’ancien système
invalid-import-invoices-credit-note = un avoir ne doit rien ; il reste dans l’ancien système
invalid-import-invoices-unknown-kind = « { $value } » n’est pas un type ; écrivez fee, service ou event
invalid-import-invoices-gross-too-large = est trop élevé pour une facture
invalid-import-invoices-owes-nothing = { $gross } ne laisse rien à payer ; seul ce que les clients doivent encore est repris
invalid-import-invoices-paid-in-full = la facture est entièrement payée ({ $paid } sur { $gross }) ; seules les factures ouvertes sont reprises
invalid-import-invoices-tax-range = doit aller de zéro au montant hors taxes (un taux d’au plus 100 %)
invalid-import-invoices-due-before-date = { $due } est antérieur à la date de la facture, le { $issued }
invalid-import-invoices-number-taken = { $number } est le numéro d’une autre facture de ce cluster
invalid-import-invoices-several-memberships = { $customer } détenait plusieurs adhésions le { $day } ; indiquez dans « period » un jour de la période que la cotisation paie
invalid-import-invoices-no-membership = une cotisation relève d’une adhésion, et { $customer } n’en détenait aucune le { $day } ; importez d’abord les adhésions, ou indiquez dans « period » un jour de la période que la cotisation paie
invalid-import-invoices-type-not-found = le type de l’adhésion est introuvable
invalid-import-invoices-fee-invoiced = la cotisation { $period } de cette adhésion est déjà facturée ({ $number })

## Imports de lignes comptables (import/ledger)
invalid-import-ledger-other-which = « other » désigne other income ou other costs : écrivez lequel
invalid-import-ledger-unknown-category = « { $value } » n’est pas une catégorie ; écrivez une source de recettes ({ $streams }, other income) ou un type de coût ({ $costs }, other costs), ou associez-leur les valeurs du fichier
invalid-import-ledger-not-a-year = « { $value } » n’est ni une année ni une date : { $error }
invalid-import-ledger-project-ambiguous = deux projets s’appellent « { $title } » ; donnez un autre titre à l’un d’eux
invalid-import-ledger-project-unknown = il n’y a pas de projet « { $title } »
invalid-import-ledger-positive-cost = le fichier écrit les coûts en montants négatifs, donc un coût positif ({ $amount }) reprend de l’argent ; saisissez plutôt le coût diminué de ce qui a été récupéré
invalid-import-ledger-project-not-cost = seul un coût de projet nomme un projet ; laissez la cellule vide

## Imports d’adhésions (import/memberships)
invalid-import-memberships-unknown-type = il n’y a pas de type d’adhésion « { $name } » ; les types du cluster sont { $types }
invalid-import-memberships-unknown-status = « { $value } » n’est pas un statut ; écrivez applied, active, suspended ou terminated
invalid-import-memberships-start-required = est obligatoire, sauf pour une candidature (statut applied)
invalid-import-memberships-start-or-status-required = est obligatoire (une candidature pas encore acceptée a le statut applied)
invalid-import-memberships-application-no-end = une candidature qui n’a pas été acceptée n’a pas de fin ; laissez-la vide
invalid-import-memberships-terminated-needs-end = une adhésion terminée doit indiquer le jour où elle a pris fin
invalid-import-memberships-ended-not-terminated = l’adhésion a pris fin le { $end }, mais son statut n’est pas terminated
invalid-import-memberships-terminated-after-today = { $end } est postérieur à aujourd’hui, mais l’adhésion est terminée ; donnez-lui le statut active avec sa fin
invalid-import-memberships-applied-after-start = { $applied } est postérieur au début, le { $start }
invalid-import-memberships-type-archived = le type { $type } est archivé : il n’accepte plus de nouveaux adhérents
invalid-import-memberships-recorded-already = l’adhésion { $type } de l’organisation commençant le { $from } est déjà enregistrée avec d’autres dates ou un autre statut ; modifiez-la sur sa page
invalid-import-memberships-overlaps-recorded = l’adhésion de l’organisation commençant le { $from } chevauche celle-ci ; une organisation détient une seule adhésion à la fois (terminez-la d’abord, ou donnez d’autres dates à celle-ci)

## Comptes et connexion (auth)
invalid-auth-no-cluster-yet = il n’y a pas de cluster « { $slug } » : la base de données n’a encore aucun cluster (lancez 'clusterdesk demo' pour la démo)
invalid-auth-unknown-cluster = il n’y a pas de cluster « { $slug } » ; les clusters sont : { $clusters }
invalid-auth-not-network-admin = { $email } n’est pas administrateur du réseau
invalid-auth-unknown-role = « { $value } » n’est pas un rôle ; utilisez network-admin, cluster-manager, staff ou board
invalid-auth-role-needs-cluster = un rôle dans un cluster demande --cluster SLUG
invalid-auth-network-admin-no-cluster = network-admin couvre tous les clusters ; retirez --cluster
invalid-auth-password-too-short = doit contenir au moins { $min } caractères
invalid-auth-password-guessable-because = est trop facile à deviner ({ $why }) : utilisez une phrase plus longue de mots sans rapport entre eux, ni votre nom ni votre e-mail
invalid-auth-password-guessable = est trop facile à deviner : utilisez une phrase plus longue de mots sans rapport entre eux, ni votre nom ni votre e-mail
invalid-auth-password-straight-rows = les rangées de touches droites sont faciles à deviner
invalid-auth-password-keyboard-patterns = les motifs courts du clavier sont faciles à deviner
invalid-auth-password-repeats = les répétitions comme « aaa » sont faciles à deviner
invalid-auth-password-repeated-groups = les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc »
invalid-auth-password-top-10 = c’est l’un des 10 mots de passe les plus courants
invalid-auth-password-top-100 = c’est l’un des 100 mots de passe les plus courants
invalid-auth-password-very-common = c’est un mot de passe très courant
invalid-auth-password-like-common = cela ressemble à un mot de passe courant
invalid-auth-password-sequences = les suites comme abc ou 6543 sont faciles à deviner
invalid-auth-password-recent-years = les années récentes sont faciles à deviner
invalid-auth-password-single-word = un mot seul est facile à deviner
invalid-auth-password-dates = les dates sont souvent faciles à deviner
invalid-auth-password-names-alone = les prénoms et noms seuls sont faciles à deviner
invalid-auth-password-common-names = les prénoms et noms courants sont faciles à deviner

## Les personnes et leurs comptes (account)
invalid-account-email-deactivated = appartient à un compte désactivé ; un administrateur du réseau peut le réactiver
invalid-account-email-works-here = travaille déjà dans ce cluster, comme { $role } ; changez le rôle dans la liste
invalid-account-email-network-admin = appartient à un administrateur du réseau, qui travaille dans tous les clusters
invalid-account-own-role = vous ne pouvez pas changer votre propre rôle ; un autre responsable du cluster le peut
invalid-account-remove-yourself = vous ne pouvez pas vous retirer vous-même ; un autre responsable du cluster le peut
invalid-account-reactivate-yourself = vous ne pouvez pas vous réactiver vous-même ; un autre responsable du cluster le peut
invalid-account-deactivate-yourself = vous ne pouvez pas vous désactiver vous-même ; un autre responsable du cluster le peut
invalid-account-reactivate-network-admin = { $email } est administrateur du réseau ; seul un autre administrateur du réseau peut réactiver le compte
invalid-account-deactivate-network-admin = { $email } est administrateur du réseau ; seul un autre administrateur du réseau peut désactiver le compte
invalid-account-reactivate-other-clusters = { $email } travaille aussi dans d’autres clusters ({ $clusters }) : retirez plutôt son rôle ici, ou demandez à un administrateur du réseau de réactiver le compte
invalid-account-deactivate-other-clusters = { $email } travaille aussi dans d’autres clusters ({ $clusters }) : retirez plutôt son rôle ici, ou demandez à un administrateur du réseau de désactiver le compte
invalid-account-wrong-current-password = n’est pas votre mot de passe actuel
invalid-account-passwords-differ = n’est pas identique au nouveau mot de passe
invalid-account-dead-link = ce lien a déjà servi ou a expiré ; demandez-en un nouveau avec « Mot de passe oublié ? » sur la page de connexion

## Envoi d’e-mails (mail)
invalid-mail-smtp-address-unusable = l’adresse SMTP « { $url } » est inutilisable : { $error }
invalid-mail-smtp-not-an-address = « { $address } » n’est pas une adresse : { $error }
invalid-mail-smtp-message-not-built = le message n’a pas pu être construit : { $error }
invalid-mail-smtp-not-a-content-type = « { $content_type } » n’est pas un type de contenu : { $error }
invalid-mail-smtp-refused = le serveur de messagerie a refusé : { $error }

## Listes d’organisations : les paramètres de l’adresse (organisation)
invalid-organisation-query-parameter = paramètre { $name } : { $message }
invalid-organisation-query-status = « { $value } » n’est pas un statut ; utilisez current ou archived
invalid-organisation-query-direction = « { $value } » n’est pas un sens ; utilisez asc ou desc
invalid-organisation-query-sort = « { $value } » n’est pas un tri ; utilisez name, country, kind, employees, size_class ou created

## Contacts (contact)
invalid-contact-choose-cluster-organisation = choisissez une organisation de ce cluster
invalid-contact-choose-organisation = choisissez l’organisation du contact

## La vue du réseau (network)
invalid-network-euro-rate = l’euro est la monnaie du réseau : son taux est 1
invalid-network-unknown-indicator = paramètre indicators : « { $key } » n’est pas un indicateur intégré
invalid-network-unknown-cluster = paramètre named : « { $slug } » n’est pas un cluster du réseau
invalid-network-unnamed-cluster = Cluster { $letters }

## Données personnelles (privacy)
invalid-privacy-email-of-several-contacts = plusieurs contacts ont l’e-mail { $email } ; fusionnez-les d’abord

## Doublons probables et fusions (duplicate)
invalid-duplicate-employees = { $employees } salariés
invalid-duplicate-same-vat-id = même numéro de TVA { $vat_id }
invalid-duplicate-same-name-and-country = même nom, sans tenir compte de la casse, des accents ni de la forme juridique, dans le même pays
invalid-duplicate-same-name-ignoring-form = même nom, sans tenir compte de la casse, des accents ni de la forme juridique
invalid-duplicate-same-email-address = même e-mail { $email }
invalid-duplicate-same-name = même nom
invalid-duplicate-organisation-into-itself = une organisation ne peut pas être fusionnée avec elle-même
invalid-duplicate-organisations-archived = les deux organisations doivent être actuelles ; restaurez d’abord celle qui est archivée
invalid-duplicate-choose-membership = les deux organisations détiennent une adhésion : choisissez celle à garder ; l’autre prend fin le jour de la fusion
invalid-duplicate-chosen-by-hand = choisi manuellement
invalid-duplicate-contact-into-itself = un contact ne peut pas être fusionné avec lui-même
invalid-duplicate-contacts-archived = les deux contacts doivent être actuels ; restaurez d’abord celui qui est archivé
invalid-duplicate-same-email = même e-mail

## La recherche (search)
invalid-search-invoice-issued = { $customer } · émise le { $day }
invalid-search-event-cancelled = { $moment } · annulé

## Le rapport annuel (report)
invalid-report-year-parameter = paramètre year : { $error }

## Les chiffres des organisations (figures)
invalid-figures-reviewed-meanwhile = les chiffres ont été examinés au même moment ; consultez de nouveau la liste

## Ouvrir la base de données (lib)
invalid-app-open-database = impossible d’ouvrir la base de données : { $error }
