# Messages de la couche web : refus à l’entrée (un caractère NUL, la taille de la requête) et refus des paramètres et des corps des requêtes adressées à l’API et aux pages.

## À l’entrée
invalid-web-nul = contient un caractère NUL, qui n’est pas du texte : supprimez-le
invalid-web-request-unreadable = la requête n’a pas pu être lue
invalid-web-request-too-large = la requête est trop volumineuse : un fichier à importer peut faire au plus { $import } Mio, toute autre requête { $other } Kio
invalid-web-json-body = le corps de la requête n’est pas le JSON attendu : { $error }

## Paramètres
invalid-web-year = « { $value } » n’est pas une année (par exemple 2026)
invalid-web-parameter-period-year = paramètre period : « { $value } » n’est pas une année (par exemple 2026)
invalid-web-parameter-from = paramètre from : « { $value } » n’est pas une date (par exemple 2026-01-01)
invalid-web-parameter-state = paramètre state : « { $value } » n’est pas un état de facture
invalid-web-parameter-kind = paramètre kind : « { $value } » n’est pas un type de facture
invalid-web-parameter-dry-run = paramètre dry_run : « { $value } » n’est ni true ni false
invalid-web-parameter-status = paramètre status : « { $value } » n’est pas un statut d’adhésion
invalid-web-parameter-year-plan = paramètre year : { $year } n’est pas une année de plan
invalid-web-parameter-target = paramètre target : « { $value } » doit être organisations, contacts, memberships, invoices ou ledger
invalid-web-parameter-format = paramètre format : « { $value } » n’est pas un format ; utilisez csv ou xlsx
invalid-web-parameter-format-contacts = paramètre format : « { $value } » n’est pas un format ; utilisez csv, xlsx ou vcf
invalid-web-parameter-format-report = paramètre format : { $message } ; ou json

## Corps des requêtes et formulaires
invalid-web-renewal-period = period { $period } n’est pas une année (par exemple 2026)
invalid-web-membership-change = « { $value } » n’est pas un changement ; utilisez accept, suspend, reinstate ou terminate
invalid-web-template-or-questionnaire = envoyez soit un modèle (template), soit un questionnaire (questionnaire), l’un ou l’autre
invalid-web-attendance-missing = indiquez quoi enregistrer : attended, no_show ou clear
invalid-web-import-values = valeurs : { $message }
