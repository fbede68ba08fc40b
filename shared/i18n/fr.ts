import type { MessageKey } from './message-ref';

/** French texts: typed by the English keys, so a missing or extra key does not compile. */
export const fr: Readonly<Record<MessageKey, string>> = {
  'term.quoted': '« {text} »',
  'term.riskPart.cause': 'cause',
  'term.riskPart.event': 'événement',
  'term.riskPart.effect': 'effet',
  'term.dimension.schedule': 'délais',
  'term.dimension.cost': 'coûts',
  'term.dimension.scope': 'périmètre',
  'term.dimension.resources': 'ressources',
  'term.dimension.quality': 'qualité',
  'term.dimension.risk': 'risques',
  'term.rag.green': 'vert',
  'term.rag.amber': 'orange',
  'term.rag.red': 'rouge',
  'term.severity.info': 'information',
  'term.severity.warning': 'avertissement',
  'term.severity.critical': 'critique',

  'health.projectWithoutSponsor.title': 'Projet sans sponsor',
  'health.projectWithoutSponsor.message': 'Le projet {project} n’a pas de sponsor.',
  'health.projectWithoutSponsor.coaching':
    'Le sponsor porte le business case et tranche ce que l’équipe projet ne peut pas décider. Désignez un sponsor avant le prochain jalon de décision.',
  'health.projectWithoutManager.title': 'Projet sans chef de projet',
  'health.projectWithoutManager.message': 'Le projet {project} n’a pas de chef de projet.',
  'health.projectWithoutManager.coaching':
    'Sans chef de projet, personne n’en répond au quotidien et aucun chef de projet ne peut le mettre à jour. Désignez un membre comme chef de projet.',
  'health.phaseWithoutApprovedGate.title': 'Phase ouverte sans revue de passage approuvée',
  'health.phaseWithoutApprovedGate.message':
    'Le projet {project} est en phase {phase} sans revue de passage décidée « go » vers cette phase.',
  'health.phaseWithoutApprovedGate.coaching':
    'La revue de passage est le moment où le sponsor confirme que le projet vaut encore la peine avant d’engager plus de dépenses. Tenez la revue maintenant et consignez sa décision, ou ramenez le projet à la phase approuvée.',
  'health.projectWithoutBaseline.title': 'Projet sans référence',
  'health.projectWithoutBaseline.message': 'Le projet {project} n’a pas de planning de référence.',
  'health.projectWithoutBaseline.coaching':
    'Sans référence, ni glissement ni valeur acquise ne se mesurent et chaque indicateur devient une supposition. Figez une référence du planning et du budget validés.',

  'health.riskAboveAppetiteNotEscalated.title': 'Risque au-delà de l’appétence non remonté',
  'health.riskAboveAppetiteNotEscalated.message':
    'Le risque {title} a un score de {score}, au-delà de l’appétence de {appetite}, et n’a pas été remonté.',
  'health.riskAboveAppetiteNotEscalated.coaching':
    'Une menace au-delà de l’appétence dépasse ce que le projet peut porter seul. Remontez-la au sponsor ou au comité avec une réponse proposée, et consignez l’escalade.',
  'health.riskWithoutOwner.title': 'Risque sans propriétaire',
  'health.riskWithoutOwner.message': 'Le risque {title} n’a pas de propriétaire.',
  'health.riskWithoutOwner.coaching':
    'Un risque qui n’appartient à personne n’est surveillé par personne. Désignez un seul propriétaire qui le suit et déclenche la réponse.',
  'health.riskWithoutResponse.title': 'Risque sans réponse',
  'health.riskWithoutResponse.message': 'Le risque {title} n’a pas de stratégie de réponse.',
  'health.riskWithoutResponse.coaching':
    'Enregistrer un risque n’est que la moitié du travail : décidez comment le traiter. Choisissez éviter, réduire, transférer, accepter ou remonter (exploiter, améliorer ou partager pour une opportunité) et décrivez les actions.',
  'health.riskReviewOverdue.title': 'Revue de risque en retard',
  'health.riskReviewOverdue.message': 'Le risque {title} devait être revu le {reviewDate} (il y a {days} jours).',
  'health.riskReviewOverdue.coaching':
    'Les cotations vieillissent à mesure que le projet avance. Revoyez probabilité, impact et réponse avec le propriétaire, puis fixez la prochaine date de revue.',
  'health.riskStatementIncomplete.title': 'Énoncé de risque incomplet',
  'health.riskStatementIncomplete.message': 'Le risque {title} ne précise pas : {missing}.',
  'health.riskStatementIncomplete.coaching':
    'Un énoncé clair (du fait d’une cause, un événement peut survenir, entraînant un effet) permet d’évaluer et de traiter le risque. Complétez la partie manquante.',

  'health.milestoneOverdue.title': 'Jalon en retard',
  'health.milestoneOverdue.message':
    'Le jalon {title} était prévu le {forecastDate} et n’est pas atteint (il y a {days} jours).',
  'health.milestoneOverdue.coaching':
    'Une prévision dans le passé n’est plus une prévision. Saisissez la date réelle s’il est atteint, ou convenez d’une nouvelle prévision réaliste en expliquant pourquoi elle bouge.',
  'health.milestoneSlipped.title': 'Jalon glissé au-delà de la tolérance',
  'health.milestoneSlipped.message':
    'Le jalon {title} a glissé de {slipDays} jours ouvrés depuis sa référence (tolérance : {toleranceDays}).',
  'health.milestoneSlipped.coaching':
    'Un glissement au-delà de la tolérance est une exception que le sponsor doit connaître. Expliquez la cause, les options de rattrapage et leur coût dans le prochain rapport, ou émettez dès maintenant un rapport d’exception.',
  'health.milestoneWithoutBaseline.title': 'Jalon sans date de référence',
  'health.milestoneWithoutBaseline.message': 'Le jalon {title} n’a pas de date de référence.',
  'health.milestoneWithoutBaseline.coaching':
    'Sans date de référence, son glissement ne se mesure pas. Ajoutez-le à la référence, ou figez une nouvelle référence si le planning a été revalidé.',

  'health.watermelon.title': 'Statut vert contredit par les données',
  'health.watermelon.message': 'Le rapport d’avancement du {date} est vert, mais {reasons}.',
  'health.watermelon.reason.spiLow': 'le SPI vaut {spi}, sous {threshold}',
  'health.watermelon.reason.mandatoryMilestoneOverdue': 'des jalons obligatoires sont en retard ({count} : {titles})',
  'health.watermelon.reason.riskAboveAppetite':
    'des menaces ouvertes dépassent l’appétence de {appetite} ({count} : {titles})',
  'health.watermelon.reason.keyPersonOverAllocated': 'des personnes clés sont surchargées ({count} : {names})',
  'health.watermelon.reason.noUpdate': 'aucune mise à jour depuis {days} jours',
  'health.watermelon.coaching':
    'Une « pastèque » est verte dehors et rouge dedans : le sponsor apprend les difficultés trop tard pour agir. Comparez votre choix au statut suggéré, puis changez la couleur ou expliquez dans le rapport pourquoi les données trompent.',
  'health.statusReportStale.title': 'Rapport d’avancement périmé',
  'health.statusReportStale.message':
    'Le dernier rapport d’avancement date du {date}, il y a {days} jours (cycle de reporting : {cycleDays} jours).',
  'health.statusReportMissing.message':
    'Le projet {project} n’a eu aucun rapport d’avancement depuis son démarrage le {since}.',
  'health.statusReportStale.coaching':
    'Des rapports réguliers permettent au sponsor de piloter pendant qu’il est encore temps. Soumettez un rapport d’avancement pour la période en cours.',

  'health.personOverAllocated.title': 'Personne surchargée',
  'health.personOverAllocated.message':
    '{name} est planifié au-delà de sa capacité à partir de la semaine du {firstWeek} (semaines en surcharge : {weeks} ; pire : {hours} h de trop).',
  'health.personOverAllocated.coaching':
    'Une personne surchargée fait glisser tous ses projets, à commencer par le moins visible. Convenez avec les autres chefs de projet du travail à décaler, ou réduisez les affectations pour tenir dans la capacité.',
  'health.actionOverdue.title': 'Action en retard',
  'health.actionOverdue.message': 'L’action {title} était due le {dueDate} et n’est pas faite (il y a {days} jours).',
  'health.actionOverdue.coaching':
    'Les actions en retard transforment les petits problèmes en gros. Relancez le responsable, puis clôturez l’action ou convenez d’une nouvelle échéance.',

  'rag.schedule.spiGreen': 'Le SPI vaut {spi}, au niveau ou au-dessus du seuil vert de {threshold}.',
  'rag.schedule.spiAmber': 'Le SPI vaut {spi}, sous le seuil vert de {threshold}.',
  'rag.schedule.spiRed': 'Le SPI vaut {spi}, sous le seuil orange de {threshold}.',
  'rag.schedule.slipGreen':
    'Le pire glissement d’un jalon obligatoire est de {days} jours ouvrés, dans la limite de {threshold}.',
  'rag.schedule.slipAmber':
    'Un jalon obligatoire a glissé de {days} jours ouvrés, au-delà de la tolérance verte de {threshold}.',
  'rag.schedule.slipRed':
    'Un jalon obligatoire a glissé de {days} jours ouvrés, au-delà de la tolérance orange de {threshold}.',
  'rag.schedule.mandatoryOverdue':
    'Des jalons obligatoires ont dépassé leur date prévue sans être atteints ({count} : {titles}).',
  'rag.schedule.milestoneOverdue': 'Des jalons ont dépassé leur date prévue sans être atteints ({count} : {titles}).',
  'rag.schedule.notEnoughData':
    'Données insuffisantes : pas encore de SPI ni de jalon obligatoire avec une date de référence.',
  'rag.cost.cpiGreen': 'Le CPI vaut {cpi}, au niveau ou au-dessus du seuil vert de {threshold}.',
  'rag.cost.cpiAmber': 'Le CPI vaut {cpi}, sous le seuil vert de {threshold}.',
  'rag.cost.cpiRed': 'Le CPI vaut {cpi}, sous le seuil orange de {threshold}.',
  'rag.cost.overrunRed': 'La prévision dépasse le budget de {percent} %, plus que {threshold} %.',
  'rag.cost.forecastWithinTolerance':
    'Le dépassement prévu est de {percent} %, dans la limite de {threshold} % du budget.',
  'rag.cost.notEnoughData': 'Données insuffisantes : ni CPI ni prévision à terminaison rapportée à un budget.',
  'rag.scope.criticalChangeRequest': 'Des demandes de changement critiques sont ouvertes ({count} : {titles}).',
  'rag.scope.highPriorityChangeRequest': 'Des demandes de changement prioritaires sont ouvertes ({count} : {titles}).',
  'rag.scope.changeRequestOverdue': 'Des demandes de changement ont dépassé leur échéance ({count} : {titles}).',
  'rag.scope.manyChangeRequests': 'Demandes de changement ouvertes : {count}, pour une limite de {max}.',
  'rag.scope.underControl': 'Demandes de changement ouvertes : {count}, aucune critique, prioritaire ou en retard.',
  'rag.quality.criticalOffSpec': 'Des non-conformités critiques sont ouvertes ({count} : {titles}).',
  'rag.quality.openOffSpec': 'Des non-conformités sont ouvertes ({count} : {titles}).',
  'rag.quality.overdueProblems': 'Problèmes ayant dépassé leur échéance : {count}.',
  'rag.quality.overdueActions': 'Actions en retard : {count}.',
  'rag.quality.clear': 'Aucune non-conformité ouverte, aucun problème ni action en retard.',
  'rag.resources.keyPersonOverAllocated':
    'Des personnes clés sont surchargées dans les semaines à venir ({count} : {names}).',
  'rag.resources.personOverAllocated':
    'Des personnes du projet sont surchargées dans les semaines à venir ({count} : {names}).',
  'rag.resources.withinCapacity': 'Personne sur le projet n’est surchargé dans les {weeks} prochaines semaines.',
  'rag.resources.notEnoughData': 'Données insuffisantes : aucune affectation n’est enregistrée pour ce projet.',
  'rag.risk.unmanagedAboveAppetite':
    'Des menaces ouvertes au-delà de l’appétence de {appetite} n’ont ni réponse active ni escalade ({count} : {titles}).',
  'rag.risk.managedAboveAppetite':
    'Des menaces ouvertes dépassent l’appétence de {appetite}, avec une réponse ou une escalade ({count} : {titles}).',
  'rag.risk.withinAppetite': 'Aucune menace ouverte ne dépasse l’appétence de {appetite}.',
  'rag.risk.notEnoughData':
    'Données insuffisantes : le registre des risques est vide, ce qui ne veut pas dire sans risque.',
  'rag.overall.worstDimension': 'Déterminé par {dimension} : {reason}',
  'rag.overall.allGreen': 'Toutes les dimensions sont vertes.',
  'rag.overall.greenWithGaps': 'Vert sur les données disponibles ; données insuffisantes pour : {missing}.',
  'rag.overall.notEnoughData': 'Pas encore assez de données pour suggérer une couleur.',
};
