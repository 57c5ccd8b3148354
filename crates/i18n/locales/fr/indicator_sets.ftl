# Les jeux d’indicateurs livrés avec clusterdesk : le nom et la description de chaque jeu, et les noms de ses lignes.


# eccp_listing
indicator-set-eccp-listing = European Cluster Collaboration Platform : seuil d’inscription
indicator-set-eccp-listing-description = Ce que la European Cluster Collaboration Platform demande à une organisation de cluster avant de l’inscrire, et ce qu’un label de qualité exige en premier lieu : une équipe d’animation d’au moins 0,5 ETP, au moins 15 adhérents engagés, au moins deux types d’adhérents de la triple hélice et un site web qui montre une activité réelle.
indicator-set-eccp-listing-line-f1 = Une équipe d’animation d’au moins 0,5 ETP
indicator-set-eccp-listing-line-f2 = Au moins 15 adhérents engagés
indicator-set-eccp-listing-line-f3 = Au moins deux types d’adhérents (triple hélice)
indicator-set-eccp-listing-line-f4 = Un site web qui montre une activité réelle

# label_readiness
indicator-set-label-readiness = Cluster Management Excellence : préparation au label
indicator-set-label-readiness-description = Les domaines d’indicateurs du label (structure, gestion et gouvernance, financement, stratégie et services, réalisations et reconnaissance) lus dans les données du cluster, avec les justificatifs détenus pour chacun. Les seuils propres au label pour chaque indicateur ne sont pas publics : ceux retenus ici sont ceux du seuil d’inscription, lorsqu’il en prévoit un. Copiez le jeu pour tenir vos propres seuils.
indicator-set-label-readiness-line-1-2 = Composition des participants (triple hélice)
indicator-set-label-readiness-line-1-3 = Nombre de participants engagés
indicator-set-label-readiness-line-2-2 = Ressources humaines de l’équipe d’animation du cluster
indicator-set-label-readiness-line-3-2 = Part des financements privés
indicator-set-label-readiness-line-4-2 = Stratégie documentée assortie d’un plan d’action
indicator-set-label-readiness-line-4-5 = Revue de la stratégie et du plan d’action
indicator-set-label-readiness-line-4-10 = Groupes de travail
indicator-set-label-readiness-line-4-12 = Présence sur Internet
indicator-set-label-readiness-line-5-1 = Reconnaissance dans les publications et les médias
indicator-set-label-readiness-line-5-2 = Success stories
indicator-set-label-readiness-line-5-3 = Mesure de la satisfaction des adhérents

# regional_programme
indicator-set-regional-programme = Programme régional de clusters : indicateurs de politique publique
indicator-set-regional-programme-description = Les indicateurs qu’un programme régional de clusters demande aux clusters qu’il finance : les acteurs actifs (adhérents participant à au moins un projet d’innovation ou à deux activités liées à l’innovation par an) et les PME parmi eux, les projets approuvés (projets inter-clusters compris), les collaborations internationales, ainsi que la croissance du chiffre d’affaires et de l’emploi des adhérents. Les cibles du programme sont les cibles du cluster pour ces mêmes indicateurs.
indicator-set-regional-programme-line-p1 = Acteurs actifs
indicator-set-regional-programme-line-p2 = PME actives
indicator-set-regional-programme-line-p3 = Projets approuvés
indicator-set-regional-programme-line-p3-1 = dont projets inter-clusters
indicator-set-regional-programme-line-p4 = Collaborations internationales
indicator-set-regional-programme-line-p5 = Croissance du chiffre d’affaires des adhérents
indicator-set-regional-programme-line-p6 = Croissance de l’emploi des adhérents

# monitoring
indicator-set-monitoring = Le système de suivi
indicator-set-monitoring-description = Tous les indicateurs du catalogue, intégrés et propres au cluster, rapportés aux cibles que le cluster s’est fixées.
