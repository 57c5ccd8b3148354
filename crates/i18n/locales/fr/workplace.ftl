# La page d’accueil, la vue d’ensemble d’un cluster, ce qui demande votre attention, votre compte, les personnes d’un cluster, les liens de mot de passe, la recherche, le réseau, le courrier envoyé et les éléments communs à toutes les pages.
workplace-your-clusters = Vos clusters
workplace-the-network = Le réseau
workplace-network-intro = Tous les clusters du réseau, avec ce qui y demande votre attention aujourd’hui.
workplace-clusters-intro = Ce qui demande votre attention aujourd’hui dans chacun de vos clusters.
workplace-compare-clusters = Comparer les clusters
workplace-no-cluster-yet = Vous n’avez encore de rôle dans aucun cluster. Demandez au responsable de votre cluster de vous ajouter.
workplace-cluster = Cluster
workplace-country = Pays
workplace-needs-attention = À traiter
workplace-urgent = Urgent
workplace-stat-organisations =
    { $count ->
        [one] organisation
        [many] organisations
       *[other] organisations
    }
workplace-stat-contacts =
    { $count ->
        [one] contact
        [many] contacts
       *[other] contacts
    }
workplace-stat-members =
    { $count ->
        [one] adhérent
        [many] adhérents
       *[other] adhérents
    }
workplace-stat-overdue-invoices =
    { $count ->
        [one] facture en retard
        [many] factures en retard
       *[other] factures en retard
    }
workplace-stat-open = { $amount } à encaisser
workplace-needs-attention-today = À traiter aujourd’hui
workplace-all-done = Tout est fait : rien ne demande votre attention aujourd’hui.
workplace-yours = à vous
workplace-attention-all = Voir les { $count }
workplace-concern-tasks = Tâches à échéance
workplace-concern-events = Événements à venir
workplace-concern-applications = Demandes d’adhésion en attente
workplace-concern-registration-requests = Inscriptions à examiner
workplace-concern-unmatched-payments = Paiements non rapprochés d’une facture
workplace-concern-overdue-invoices = Factures en retard
workplace-concern-members-at-risk = Adhérents à risque
workplace-concern-milestones = Jalons de projet à échéance
workplace-concern-action-lines = Actions du plan d’action à échéance ou en retard
workplace-role-board = Conseil d’administration
workplace-role-staff = Équipe
workplace-role-cluster-manager = Responsable du cluster
workplace-role-lower-board = conseil d’administration
workplace-role-lower-staff = équipe
workplace-role-lower-cluster-manager = responsable du cluster
workplace-save = Enregistrer
workplace-nothing-changed = Rien n’a changé : { $problem }.
workplace-year = Année
workplace-unknown = inconnu
workplace-browser-on = { $browser } sous { $system }
workplace-your-account = Votre compte
workplace-change-your-password = Changer votre mot de passe
workplace-api-tokens = Jetons d’API
workplace-network-administrator = Administrateur du réseau
workplace-you-manage-every-cluster = vous gérez tous les clusters
workplace-works-in = Travaille dans
workplace-no-cluster-yet-short = aucun cluster pour l’instant
workplace-this-browser = ce navigateur
workplace-end-session = Terminer
workplace-signed-in-where = Où vous êtes connecté ({ $count })
workplace-browser = Navigateur
workplace-address = Adresse
workplace-signed-in = Connexion
workplace-last-used = Dernière utilisation
workplace-no-other-session = Aucune autre session que celle-ci.
workplace-dates-are-written = Les dates s’écrivent
workplace-dates-hint = Sur toutes les pages que vous lisez ; les documents envoyés gardent leur propre format.
workplace-how-you-read-dates = Format des dates
workplace-as-my-browser-asks = Selon mon navigateur (sinon anglais)
workplace-pages-are-written-in = Les pages s’affichent en
workplace-your-language = Votre langue
workplace-language-set = Les pages s’affichent désormais en { $language }.
workplace-language-of-browser = Les pages s’affichent désormais dans la langue demandée par votre navigateur.
workplace-date-style-set = Les dates s’écrivent désormais ainsi : { $example }.
workplace-change-the-password = Changer le mot de passe
workplace-current-password = Mot de passe actuel
workplace-new-password = Nouveau mot de passe
workplace-new-password-hint = Au moins { $chars } caractères ; une phrase de mots sans rapport entre eux est facile à retenir et difficile à deviner.
workplace-new-password-again = Confirmer le nouveau mot de passe
workplace-other-sessions-end = Vos autres sessions se terminent ; celle-ci reste ouverte.
workplace-password-changed = Votre mot de passe est modifié.
workplace-password-changed-sessions-ended =
    { $count ->
        [one] Votre mot de passe est modifié, et votre autre session est terminée.
        [many] Votre mot de passe est modifié, et vos { $count } autres sessions sont terminées.
       *[other] Votre mot de passe est modifié, et vos { $count } autres sessions sont terminées.
    }
workplace-session-ended = La session est terminée : ce navigateur est déconnecté.
workplace-your-api-tokens = Vos jetons d’API
workplace-tokens-intro = Un jeton permet à un programme d’utiliser l’API en votre nom, dans les clusters où vous travaillez.
workplace-token-made = Le jeton « { $name } » est créé. Copiez-le maintenant : il ne s’affiche que cette fois.
workplace-new-token = Nouveau jeton
workplace-token-revoked-at = révoqué le { $moment }
workplace-token-works = actif
workplace-revoke = Révoquer
workplace-tokens-count = Jetons ({ $count })
workplace-name = Nom
workplace-made = Créé le
workplace-state = État
workplace-no-tokens = Vous n’avez aucun jeton d’API.
workplace-make-a-token = Créer un jeton
workplace-token-name-hint = Ce qui l’utilise, pour le reconnaître plus tard.
workplace-token-revoked = Le jeton est révoqué : les programmes qui l’utilisent sont désormais refusés.
workplace-role = Rôle
workplace-role-hint = Les responsables du cluster gèrent tout, personnes et paramètres compris ; l’équipe modifie les fiches ; le conseil d’administration consulte.
workplace-person-deactivated = désactivé
workplace-person-invited = invité, sans mot de passe pour l’instant
workplace-person-active = actif
workplace-people-intro = Toutes les personnes qui travaillent dans ce cluster, et leur rôle.
workplace-invite-someone = Inviter une personne
workplace-people-count = Personnes ({ $count })
workplace-nobody-works-here = Personne ne travaille encore dans ce cluster.
workplace-invite-name-hint = Le nom sous lequel les autres la voient ; elle peut le garder.
workplace-send-the-invitation = Envoyer l’invitation
workplace-invite-intro =
    { $count ->
        [one] Elle reçoit un e-mail avec un lien pour choisir son mot de passe, utilisable une seule fois, pendant { $count } jour.
        [many] Elle reçoit un e-mail avec un lien pour choisir son mot de passe, utilisable une seule fois, pendant { $count } jours.
       *[other] Elle reçoit un e-mail avec un lien pour choisir son mot de passe, utilisable une seule fois, pendant { $count } jours.
    }
workplace-invited-give-link = { $email } est invité(e), mais l’envoi d’e-mails n’est pas configuré : transmettez vous-même ce lien, utilisable une seule fois : { $link }
workplace-invited = { $email } est invité(e) : un lien pour choisir un mot de passe lui a été envoyé.
workplace-invited-has-account = { $email } a déjà un compte et travaille désormais aussi ici ; la personne en est informée par e-mail.
workplace-person = Personne
workplace-all-people = Toutes les personnes
workplace-works-in-other-clusters = Travaille dans d’autres clusters
workplace-network-administrator-yes = oui : travaille dans tous les clusters comme responsable
workplace-your-own-account = Votre propre compte
workplace-your-own-account-note = un autre responsable du cluster modifie votre rôle ici ; votre mot de passe et vos sessions se trouvent sous Votre compte
workplace-change-the-role = Changer le rôle
workplace-take-out-of-cluster = Retirer du cluster
workplace-remove-from-cluster = Retirer de ce cluster
workplace-remove-confirm = Retirer { $name } de { $cluster } ? Son compte et les fiches créées restent.
workplace-account = Compte
workplace-deactivate-account = Désactiver le compte
workplace-deactivate-confirm = Désactiver { $email } ? La personne ne pourra plus se connecter ; ses sessions et jetons d’API cessent immédiatement.
workplace-reactivate-account = Réactiver le compte
workplace-reactivate-confirm = Permettre à { $email } de se reconnecter ?
workplace-role-set = { $name } a désormais le rôle « { $role } ».
workplace-removed = { $name } ne travaille plus dans ce cluster.
workplace-reactivated = { $email } peut de nouveau se connecter.
workplace-deactivated = { $email } est désactivé(e) : déconnecté(e) partout et ne peut plus se connecter.
workplace-form-expired-or-foreign = le formulaire avait expiré ou ne venait pas de ce site ; revenez en arrière, rechargez la page et renvoyez-le
workplace-form-unread = le formulaire n’a pas pu être lu : { $problem }
workplace-next-has-control-characters = la page où revenir après la connexion contient des caractères de contrôle
workplace-password-set-log-in = Votre mot de passe est défini : connectez-vous avec.
workplace-forgot-intro =
    { $count ->
        [one] Saisissez l’e-mail avec lequel vous vous connectez : un lien pour choisir un nouveau mot de passe y sera envoyé. Il est utilisable une seule fois, pendant { $count } minute.
        [many] Saisissez l’e-mail avec lequel vous vous connectez : un lien pour choisir un nouveau mot de passe y sera envoyé. Il est utilisable une seule fois, pendant { $count } minutes.
       *[other] Saisissez l’e-mail avec lequel vous vous connectez : un lien pour choisir un nouveau mot de passe y sera envoyé. Il est utilisable une seule fois, pendant { $count } minutes.
    }
workplace-send-the-link = Envoyer le lien
workplace-form-expired-send-again = Le formulaire avait expiré. Veuillez le renvoyer.
workplace-reset-link-on-its-way = Si un compte utilise l’e-mail { $email }, un lien pour choisir un nouveau mot de passe est en route.
workplace-reset-link-works =
    { $count ->
        [one] Il est utilisable une seule fois, pendant { $count } minute ; regardez aussi dans les courriers indésirables.
        [many] Il est utilisable une seule fois, pendant { $count } minutes ; regardez aussi dans les courriers indésirables.
       *[other] Il est utilisable une seule fois, pendant { $count } minutes ; regardez aussi dans les courriers indésirables.
    }
workplace-welcome = Bienvenue sur clusterdesk
workplace-choose-a-new-password = Choisir un nouveau mot de passe
workplace-choose-intro = Choisissez le mot de passe de { $email } (au moins { $chars } caractères : une phrase de mots sans rapport entre eux est facile à retenir et difficile à deviner).
workplace-set-the-password = Définir le mot de passe
workplace-form-expired-type-again = Le formulaire avait expiré. Veuillez saisir à nouveau le mot de passe.
workplace-login-form-expired = Le formulaire de connexion avait expiré. Veuillez vous reconnecter.
workplace-email-or-password-wrong = L’e-mail ou le mot de passe est incorrect.
workplace-upload-unreadable = le fichier envoyé dépasse { $mib } Mio ou n’a pas pu être lu
workplace-upload-form-expired = le formulaire avait expiré ; rechargez la page et envoyez à nouveau le fichier
workplace-back-to-login = Retour à la connexion
workplace-search-too-short =
    { $count ->
        [one] Saisissez au moins { $count } caractère.
        [many] Saisissez au moins { $count } caractères.
       *[other] Saisissez au moins { $count } caractères.
    }
workplace-search-nothing-matches = Aucun résultat pour « { $query } ».
workplace-search-all-organisations =
    { $count ->
        [one] L’organisation correspondante
        [many] Les { $count } organisations correspondantes
       *[other] Les { $count } organisations correspondantes
    }
workplace-search-all-contacts =
    { $count ->
        [one] Le contact correspondant
        [many] Les { $count } contacts correspondants
       *[other] Les { $count } contacts correspondants
    }
workplace-search-all-invoices =
    { $count ->
        [one] La facture correspondante
        [many] Les { $count } factures correspondantes
       *[other] Les { $count } factures correspondantes
    }
workplace-search-all-events =
    { $count ->
        [one] L’événement correspondant
        [many] Les { $count } événements correspondants
       *[other] Les { $count } événements correspondants
    }
workplace-search-all-projects =
    { $count ->
        [one] Le projet correspondant
        [many] Les { $count } projets correspondants
       *[other] Les { $count } projets correspondants
    }
workplace-search-intro = Organisations, contacts, factures, événements et projets ; ni la casse ni les accents ne comptent.
workplace-search-for = Rechercher
workplace-address-unread = l’adresse ne peut pas être lue : { $problem }
workplace-network-period-unread = { $problem }. Affichage de { $year }.
workplace-network-clusters = Les clusters du réseau
workplace-network-clusters-in = Les clusters du réseau, { $period }
workplace-network-intro-compare = Les indicateurs choisis de chaque cluster côte à côte ; les montants en euros selon la table des taux du réseau
workplace-network-missing-rates = Les montants en { $currencies } sont exclus : la table des taux n’a pas de taux pour ces devises. Ajoutez-en un ci-dessous.
workplace-indicator = Indicateur
workplace-network-benchmark = Benchmark : les autres sans leur nom
workplace-network-side-by-side = Côte à côte
workplace-network-no-indicators = Aucun indicateur choisi.
workplace-rate-table = La table des taux
workplace-currency = Devise
workplace-units-a-euro-buys = Unités pour un euro
workplace-set-by = Saisi par
workplace-set-on = Le
workplace-no-rates = Pas encore de taux : les montants en euros n’en ont pas besoin.
workplace-what-to-compare = Que comparer
workplace-show = Afficher
workplace-year-or-quarter = Année ou trimestre
workplace-indicators = Indicateurs
workplace-benchmark-for = Benchmark pour
workplace-every-cluster-by-name = Tous les clusters avec leur nom
workplace-benchmark-hint = Affiche un cluster avec son nom et les autres comme Cluster A, B, … dans l’ordre de leur première valeur.
workplace-set-a-rate = Définir un taux
workplace-currency-hint = Code ISO 4217 : PLN, RON, BGN, UAH.
workplace-units-one-euro-buys = Unités pour un euro
workplace-per-euro-hint = 4.265 ou 4,265.
workplace-rate-set = Le taux de { $currency } est défini.
workplace-sent-mail = Courrier envoyé
workplace-sent-mail-intro = Les { $shown } derniers messages : confirmations d’inscription, rappels et demandes d’avis. Un message attend dans la boîte d’envoi jusqu’à son départ ; ce que le serveur de messagerie refuse est réessayé, { $attempts } fois en tout. Les heures sont en { $zone }.
workplace-mail-not-set-up = L’envoi d’e-mails n’est pas configuré, rien n’est donc mis en file ni envoyé : définissez CLUSTERDESK_SMTP_URL et CLUSTERDESK_MAIL_FROM.
workplace-mail-sent-at = Envoyé le { $moment }
workplace-mail-given-up =
    { $count ->
        [one] Abandonné après { $count } tentative
        [many] Abandonné après { $count } tentatives
       *[other] Abandonné après { $count } tentatives
    }
workplace-mail-waiting = En attente d’envoi
workplace-mail-refused =
    { $count ->
        [one] Refusé { $count } fois
        [many] Refusé { $count } fois
       *[other] Refusé { $count } fois
    }
workplace-mail-next-try = prochain essai le { $moment }
workplace-messages = Messages
workplace-queued = Mis en file
workplace-to = Destinataires
workplace-subject = Objet
workplace-about = Motif
workplace-last-error = Dernière erreur
workplace-no-mail-yet = Aucun message n’a encore été mis en file.
