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
  'fix.reviewInTwoWeeks': 'Revoir dans deux semaines',
  'fix.ownRisk': 'Je m’en charge',
  'fix.baselineFromForecast': 'Prendre la prévision comme référence',
  'fix.manageProject': 'Je le pilote',
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

  'term.entity.settings': 'paramètres de l’espace',
  'term.entity.settings.start': 'Paramètres de l’espace',
  'term.entity.settings.indefinite': 'les paramètres de l’espace',
  'term.entity.template': 'modèle de méthode',
  'term.entity.template.start': 'Modèle de méthode',
  'term.entity.template.indefinite': 'un modèle de méthode',
  'term.entity.project': 'projet',
  'term.entity.project.start': 'Projet',
  'term.entity.project.indefinite': 'un projet',
  'term.entity.milestone': 'jalon',
  'term.entity.milestone.start': 'Jalon',
  'term.entity.milestone.indefinite': 'un jalon',
  'term.entity.planItem': 'tâche du plan',
  'term.entity.planItem.start': 'Tâche du plan',
  'term.entity.planItem.indefinite': 'une tâche du plan',
  'term.entity.baseline': 'référence',
  'term.entity.baseline.start': 'Référence',
  'term.entity.baseline.indefinite': 'une référence',
  'term.entity.risk': 'risque',
  'term.entity.risk.start': 'Risque',
  'term.entity.risk.indefinite': 'un risque',
  'term.entity.issue': 'problème',
  'term.entity.issue.start': 'Problème',
  'term.entity.issue.indefinite': 'un problème',
  'term.entity.decision': 'décision',
  'term.entity.decision.start': 'Décision',
  'term.entity.decision.indefinite': 'une décision',
  'term.entity.action': 'action',
  'term.entity.action.start': 'Action',
  'term.entity.action.indefinite': 'une action',
  'term.entity.statusReport': 'rapport d’avancement',
  'term.entity.statusReport.start': 'Rapport d’avancement',
  'term.entity.statusReport.indefinite': 'un rapport d’avancement',
  'term.entity.person': 'personne',
  'term.entity.person.start': 'Personne',
  'term.entity.person.indefinite': 'une personne',
  'term.entity.allocation': 'affectation',
  'term.entity.allocation.start': 'Affectation',
  'term.entity.allocation.indefinite': 'une affectation',
  'term.entity.raci': 'entrée RACI',
  'term.entity.raci.start': 'Entrée RACI',
  'term.entity.raci.indefinite': 'une entrée RACI',
  'term.entity.gateReview': 'revue de passage',
  'term.entity.gateReview.start': 'Revue de passage',
  'term.entity.gateReview.indefinite': 'une revue de passage',
  'term.entity.lesson': 'leçon apprise',
  'term.entity.lesson.start': 'Leçon apprise',
  'term.entity.lesson.indefinite': 'une leçon apprise',
  'term.entity.costEntry': 'montant de coût',
  'term.entity.costEntry.start': 'Montant de coût',
  'term.entity.costEntry.indefinite': 'un montant de coût',
  'term.entity.playbook': 'guide',
  'term.entity.playbook.start': 'Guide',
  'term.entity.playbook.indefinite': 'un guide',
  'term.role.owner': 'propriétaire',
  'term.role.pmo': 'PMO',
  'term.role.pm': 'chef de projet',
  'term.role.contributor': 'contributeur',
  'term.role.viewer': 'lecteur',
  'term.gateDecision.go': 'go',
  'term.gateDecision.kill': 'arrêt',
  'term.gateDecision.hold': 'suspension',
  'term.gateDecision.recycle': 'reprise',
  'term.criterion.mustMeet': 'obligatoire',
  'term.criterion.shouldMeet': 'souhaitable',
  'term.dimension.overall': 'global',
  'term.governedAction.changeSettings': 'modifier les paramètres de l’espace',
  'term.governedAction.defineTemplates': 'définir les modèles de méthode',
  'term.governedAction.decideGate': 'décider d’une revue de passage',
  'term.governedAction.writePlaybooks': 'écrire les guides',
  'term.riskAction.escalate': 'remonté',
  'term.riskAction.markOccurred': 'déclaré survenu',
  'term.quotedAsTyped': '« {text} »',
  'term.list.more': '{first}, {rest}',
  'term.valueType.string': 'un texte',
  'term.valueType.number': 'un nombre',
  'term.valueType.boolean': 'un booléen',
  'term.valueType.object': 'un objet',
  'term.valueType.array': 'une liste',
  'term.valueType.null': 'la valeur null',
  'term.valueType.nan': 'NaN',
  'term.format.uuid': 'un UUID',
  'term.format.date': 'une date ISO (AAAA-MM-JJ)',
  'term.format.datetime': 'une date et heure ISO',
  'term.format.email': 'une adresse e-mail',
  'term.format.url': 'une URL',

  'refusal.mutation.unknown': '« {mutation} » n’est pas une mutation connue de ce serveur.',
  'refusal.args.prototypeKey': '{mutation} : « {path} » n’est pas un nom de champ autorisé.',
  'refusal.args.invalid': 'Arguments refusés pour {mutation} : {issues}',
  'refusal.record.invalid': 'Enregistrement refusé : {issues}',
  'refusal.args.issueList': '{first} ; {rest}',
  'refusal.args.field': '{path} : {issue}',
  'refusal.args.fieldInEnglish': '{path} : valeur refusée (détail en anglais : « {issue} »)',
  'refusal.args.root': 'arguments',
  'refusal.args.issue.atMostCharacters': '{max} caractères au plus',
  'refusal.args.issue.notEmpty': 'ne doit pas être vide',
  'refusal.args.issue.notNegative': 'ne doit pas être négatif',
  'refusal.args.issue.numberBetween': 'doit être un nombre de {min} à {max}',
  'refusal.args.issue.wholeNumberBetween': 'doit être un nombre entier de {min} à {max}',
  'refusal.args.issue.between': 'doit être compris entre {min} et {max}',
  'refusal.args.issue.codeCharacters': 'utilisez des lettres, des chiffres, « - » ou « _ »',
  'refusal.args.issue.currencyCode': 'utilisez un code ISO 4217, par exemple EUR',
  'refusal.args.issue.onePhase': 'une méthode a besoin d’au moins une phase',
  'refusal.args.issue.uniquePhaseIds': 'les identifiants de phase doivent être uniques',
  'refusal.args.issue.hoursOrPercent': 'indiquez des heures par semaine ou un pourcentage de la capacité',
  'refusal.args.issue.notBeforeFrom': 'ne doit pas précéder « from »',
  'refusal.args.issue.responseFitsKind': 'cette réponse ne convient pas au type de risque (menace ou opportunité)',
  'refusal.args.issue.labelPerRating': 'la matrice a besoin d’un libellé par niveau',
  'refusal.args.issue.invalidType': 'type invalide (il faut {expected}, pas {received})',
  'refusal.args.issue.missing': 'valeur manquante (il faut {expected})',
  'refusal.args.issue.tooLong': '{maximum} caractères au plus',
  'refusal.args.issue.tooManyItems': '{maximum} éléments au plus',
  'refusal.args.issue.tooBig': '{maximum} au plus',
  'refusal.args.issue.empty': 'ne doit pas être vide',
  'refusal.args.issue.tooShort': '{minimum} caractères au moins',
  'refusal.args.issue.noItems': 'au moins un élément est requis',
  'refusal.args.issue.tooFewItems': '{minimum} éléments au moins',
  'refusal.args.issue.tooSmall': '{minimum} au moins',
  'refusal.args.issue.invalidFormat': 'format invalide (il faut {format})',
  'refusal.args.issue.pattern': 'doit correspondre au motif {pattern}',
  'refusal.args.issue.invalidValue': 'valeur invalide (il faut {value})',
  'refusal.args.issue.invalidOption': 'option invalide (choisissez parmi {options})',
  'refusal.args.issue.unrecognizedKey': 'champ inconnu {keys}',
  'refusal.args.issue.unrecognizedKeys': 'champs inconnus {keys}',
  'refusal.args.issue.invalidInput': 'valeur invalide',

  'refusal.conflict.changed':
    '{entity} : le champ {field} est passé à « {value} » avant l’arrivée de votre modification ; vérifiez-le et réessayez.',
  'refusal.conflict.gone':
    '{entity} {id} : cet enregistrement n’existe plus (il a peut-être été supprimé) ; rien n’a été modifié.',
  'refusal.reference.missing':
    '{entity} {id} : cet enregistrement n’existe pas (il a peut-être été supprimé) ; choisissez un autre enregistrement ({kind}).',
  'refusal.create.idTaken':
    '{entity} {id} : cet identifiant existe déjà ; créez l’enregistrement avec un nouvel identifiant.',
  'refusal.create.intentFieldEmpty':
    'À la création ({entity}), le champ {field} reste vide ; laissez-le de côté et utilisez ensuite « {mutation} ».',
  'refusal.create.intentFieldStart':
    'À la création ({entity}), le champ {field} vaut « {value} » ; laissez-le de côté et utilisez ensuite « {mutation} ».',
  'refusal.update.fixedField':
    'Le champ {field} est fixé à la création ({entity}) ; créez plutôt un nouvel enregistrement ({entity}).',
  'refusal.update.useIntent':
    '{entity} : le champ {field} se change par « {mutation} », qui vérifie et consigne le changement ; utilisez cette mutation plutôt qu’une modification.',
  'refusal.retired.id':
    '{entity} {id} : cet enregistrement a été supprimé, et l’identifiant d’un enregistrement supprimé ne sert jamais deux fois ; créez-le avec un nouvel identifiant.',

  'refusal.role.readOnly':
    'Le rôle « {role} » permet de consulter cet espace, pas de le modifier. Demandez à un propriétaire ou au PMO un rôle qui permet de modifier.',
  'refusal.role.governorOnly':
    'Seul un propriétaire ou le PMO peut {action} ; votre rôle est « {role} ». Demandez-le à l’un d’eux.',
  'refusal.access.pmGoverned':
    'Comme chef de projet, vous pouvez modifier les projets que vous gérez et leurs enregistrements, mais pas {entity}. Demandez cette modification à un propriétaire ou au PMO.',
  'refusal.access.pmProjectOfOther':
    'Comme chef de projet, vous pouvez modifier les projets que vous gérez et leurs enregistrements ; le projet « {name} » est géré par quelqu’un d’autre. Demandez à un propriétaire ou au PMO de vous en nommer chef de projet, ou de faire cette modification.',
  'refusal.access.pmProjectOfNobody':
    'Comme chef de projet, vous pouvez modifier les projets que vous gérez et leurs enregistrements ; le projet « {name} » n’a pas de chef de projet. Demandez à un propriétaire ou au PMO de vous en nommer chef de projet, ou de faire cette modification.',
  'refusal.access.pmHandOver':
    'Comme chef de projet, vous pouvez modifier les projets que vous gérez et leurs enregistrements, mais pas confier le projet « {name} » à un autre chef de projet. Demandez à un propriétaire ou au PMO de le réattribuer.',
  'refusal.access.pmCreateForOther':
    'Comme chef de projet, vous pouvez modifier les projets que vous gérez et leurs enregistrements ; un projet que vous créez est géré par vous : laissez son chef de projet vide ou indiquez-vous vous-même. Demandez à un propriétaire ou au PMO de le créer pour un autre chef de projet.',
  'refusal.access.pmProjectNotManaged':
    'Comme chef de projet, vous pouvez modifier les projets que vous gérez et leurs enregistrements ; « {name} » ({entity}) se trouve dans un projet que vous ne gérez pas. Demandez cette modification au chef de ce projet, à un propriétaire ou au PMO.',
  'refusal.access.pmMoveNotManaged':
    'Comme chef de projet, vous pouvez modifier les projets que vous gérez et leurs enregistrements ; « {name} » ({entity}) passerait dans un projet que vous ne gérez pas. Demandez cette modification au chef de ce projet, à un propriétaire ou au PMO.',
  'refusal.access.contributorEntity':
    'Comme contributeur, vous pouvez créer des risques, des problèmes, des actions et des leçons apprises et modifier ceux que vous avez créés, mais pas {entity}. Demandez cette modification au chef de projet ou au PMO.',
  'refusal.access.contributorNotCreator':
    'Comme contributeur, vous pouvez créer des risques, des problèmes, des actions et des leçons apprises et modifier ceux que vous avez créés ; c’est quelqu’un d’autre qui a créé « {name} » ({entity}). Demandez la modification au chef de son projet ou au PMO.',

  'refusal.children.live':
    '{entity} « {name} » : des enregistrements lui appartiennent encore ({counts}) ; supprimez-les d’abord.',
  'refusal.children.liveProject':
    'Projet « {name} » : des enregistrements lui appartiennent encore ({counts}) ; supprimez-les d’abord. Pour garder son historique, passez plutôt le projet à l’état Clôturé ou Annulé.',
  'refusal.children.count': '{entity} × {count}',

  'refusal.plan.ownPredecessor':
    'Un élément du planning ({entity}) ne peut pas être son propre prédécesseur ; retirez-le de ses prédécesseurs.',
  'refusal.plan.predecessorTwice': 'Le prédécesseur {predecessorId} figure deux fois ; gardez un seul lien.',
  'refusal.plan.predecessorMissing':
    'Le prédécesseur {predecessorId} n’est ni une tâche du plan ni un jalon (il a peut-être été supprimé) ; choisissez un autre prédécesseur.',
  'refusal.plan.predecessorElsewhere':
    'Le prédécesseur « {title} » appartient à un autre projet ; ne liez que des éléments du même projet.',
  'refusal.plan.cycle':
    '« {title} » dépend déjà de cet élément ({entity}) ; le lier en retour créerait un cycle. Supprimez l’un des deux liens.',
  'refusal.plan.milestoneElsewhere':
    'Le jalon « {title} » appartient à un autre projet ; choisissez un jalon de ce projet.',
  'refusal.milestone.achieved':
    'Le jalon « {title} » a été atteint le {date}, ses dates ne bougent donc plus ; effacez d’abord la date réelle si elle a été saisie par erreur.',
  'refusal.milestone.baselineSet':
    'Ce jalon a déjà une date de référence ; déplacez-la avec « milestone.rebaseline », qui en consigne la raison.',
  'refusal.raci.itemElsewhere':
    'La tâche du plan « {title} » appartient à un autre projet ; attribuez les rôles RACI dans le projet de cette tâche.',
  'refusal.raci.milestoneElsewhere':
    'Le jalon « {title} » appartient à un autre projet ; attribuez les rôles RACI dans le projet de ce jalon.',
  'refusal.raci.twoTargets':
    'Une entrée RACI porte sur une tâche du plan ou sur un jalon, pas sur les deux ; créez une entrée pour chacun.',
  'refusal.raci.noTarget':
    'Une entrée RACI doit nommer la tâche du plan ou le jalon qu’elle concerne ; indiquez l’un des deux.',
  'refusal.costImport.periodNotListed':
    'Un montant importé porte sur {period}, un mois que l’import ne couvre pas ; indiquez chaque mois qu’il remplace.',
  'refusal.costImport.jiraPlanned':
    'Les temps saisis dans Jira sont des coûts réels ; importez-les comme coûts réels, pas comme valeur planifiée.',
  'refusal.costImport.stale':
    'Un autre import a modifié les coûts de {period} entre-temps ; rouvrez l’import et relancez-le.',
  'refusal.costImport.notReplaceable':
    'Le montant {id} n’est pas de ceux que cet import peut remplacer (autre source, projet ou mois) ; retirez-le.',

  'refusal.project.phaseNotInTemplate':
    'La phase {phaseId} n’appartient pas au modèle « {template} » ; choisissez parmi : {phases}.',
  'refusal.project.codeTaken': 'Le code {code} est déjà utilisé par le projet « {name} » ; choisissez-en un autre.',
  'refusal.project.phaseByGate':
    'Un projet change de phase par « project.changePhase », avec une revue de passage approuvée ; demandez et passez d’abord la revue.',
  'refusal.template.versionDerived':
    'templateVersion augmente de un à chaque modification d’un modèle ; retirez-le de la modification.',
  'refusal.template.phaseInUse':
    'La phase « {phase} » du modèle « {template} » contient encore des projets ({count} : {projects}) ; déplacez-les dans une autre phase avant de la retirer.',

  'refusal.gate.decidedIsHistory':
    'La revue de passage {id} a été décidée ({decision}) et appartient désormais à l’historique ; demandez une nouvelle revue de passage pour y revenir.',
  'refusal.gate.criteriaChanged':
    'Une revue de passage répond aux critères avec lesquels elle a été demandée ; répondez à chaque critère {kind} plutôt que d’en ajouter ou d’en retirer.',
  'refusal.gate.alreadyDecided':
    'La revue de passage {id} a déjà été décidée ({decision}) par {decidedBy} ; demandez une nouvelle revue de passage pour y revenir.',
  'refusal.gate.criteriaUnmet':
    'Un « go » exige que chaque critère obligatoire soit rempli ; non remplis : {criteria}. Décidez une suspension ou une reprise, ou consignez d’abord les preuves qu’ils sont remplis.',
  'refusal.gate.requestCriteriaUnmet':
    'Une revue de passage ne peut être demandée que lorsque chaque critère obligatoire est rempli ; pas encore remplis : {criteria}. Remplissez-les et consignez-en les preuves, puis demandez de nouveau la revue.',
  'refusal.gate.evidenceLink':
    'La preuve « {link} » n’est ni une adresse web (https://…) ni une clé de ticket Jira comme PAY-42 ; corrigez-la ou retirez-la.',
  'refusal.gate.unknownCriterion':
    'La revue de passage vers « {phase} » n’a pas de critère {kind} {criterionIds} ; répondez aux critères de cette revue.',
  'refusal.gate.criterionTwice': 'Le critère {kind} {criterionId} a reçu deux réponses ; répondez-y une seule fois.',
  'refusal.gate.templateChanged':
    'Le projet {code} suit désormais le modèle {templateId} ; actualisez le projet et demandez de nouveau la revue.',
  'refusal.gate.templateRemoved':
    'Le projet {code} ne suit désormais aucun modèle ; actualisez le projet et demandez de nouveau la revue.',
  'refusal.gate.phaseNotInTemplate':
    'La phase {phaseId} n’appartient pas au modèle « {template} » ; demandez une revue de passage vers l’une de ces phases : {phases}.',
  'refusal.gate.alreadyInPhase':
    'Le projet {code} est déjà dans cette phase ; demandez une revue de passage vers la phase suivante.',
  'refusal.phase.alreadyIn': 'Le projet {code} est déjà dans cette phase ; rien n’a été modifié.',
  'refusal.phase.gateNotApproved':
    '{why} ; demandez d’abord la revue de passage vers cette phase (« gate.request ») et obtenez un « go ».',
  'refusal.phase.gateMissing': 'La revue de passage {gateReviewId} n’existe pas',
  'refusal.phase.gateOfOtherProject': 'La revue de passage {gateReviewId} appartient à un autre projet',
  'refusal.phase.gateForOtherPhase': 'La revue de passage {gateReviewId} porte sur une autre phase',
  'refusal.phase.gateUndecided': 'La revue de passage {gateReviewId} attend encore sa décision',
  'refusal.phase.gateNotGo': 'La revue de passage {gateReviewId} a été décidée « {decision} », pas « go »',
  'refusal.phase.gateFromOtherPhase':
    'La revue de passage {gateReviewId} a approuvé un passage depuis une autre phase que la phase actuelle',

  'refusal.risk.occurredByIntent':
    'Un risque devient « survenu » par « risk.occurred », qui ouvre aussi son problème ; utilisez plutôt cette mutation.',
  'refusal.risk.closed':
    'Le risque « {title} » est clos et ne peut pas être {action} ; rouvrez-le d’abord s’il menace encore le projet.',
  'refusal.risk.occurred':
    'Le risque « {title} » est déjà survenu et ne peut pas être {action} ; traitez plutôt son problème {issueId}.',

  'refusal.status.submittedIsHistory':
    'Le rapport d’avancement {id} a été soumis le {submittedAt} et appartient désormais à l’historique ; créez un nouveau rapport pour le corriger ou le mettre à jour.',
  'refusal.status.periodReversed':
    'periodEnd : la fin de période ne doit pas précéder son début (periodStart) ; vérifiez la période du rapport.',
  'refusal.status.reasonMissing':
    'Donnez une raison avant de soumettre, ou choisissez la couleur suggérée : {overrides}.',
  'refusal.status.override': '{dimension} (vous avez choisi {chosen}, les données suggèrent {suggested})',
  'refusal.status.alreadySubmitted':
    'Le rapport d’avancement {id} a déjà été soumis le {submittedAt} ; créez un nouveau rapport pour la période suivante.',

  'report.status.title': 'Rapport d’avancement : {project}',
  'report.status.project': '{code} – {name}',
  'report.status.periodLabel': 'Période :',
  'report.status.day': '{date}',
  'report.status.period': 'du {start} au {end}',
  'report.status.submittedLabel': 'Soumis :',
  'report.status.submittedOnBy': 'le {date} par {name}',
  'report.status.stateLabel': 'État :',
  'report.status.draft': 'brouillon, pas encore soumis',
  'report.status.column.dimension': 'Dimension',
  'report.status.column.reported': 'Déclaré',
  'report.status.column.suggested': 'Suggéré par les données',
  'report.status.column.reason': 'Raison',
  'report.status.column.milestone': 'Jalon',
  'report.status.column.forecast': 'Prévision',
  'report.status.dimension.overall': 'Global',
  'report.status.dimension.schedule': 'Délais',
  'report.status.dimension.cost': 'Coûts',
  'report.status.dimension.scope': 'Périmètre',
  'report.status.dimension.resources': 'Ressources',
  'report.status.dimension.quality': 'Qualité',
  'report.status.dimension.risk': 'Risques',
  'report.status.rag.green': 'Vert',
  'report.status.rag.amber': 'Orange',
  'report.status.rag.red': 'Rouge',
  'report.status.rag.none': 'Non évalué',
  'report.status.reasonWithData': '{reason} (données : {data})',
  'report.status.section.summary': 'Synthèse',
  'report.status.section.achievements': 'Réalisations de la période',
  'report.status.section.nextPeriod': 'Prévu pour la prochaine période',
  'report.status.section.escalations': 'Décisions et aide attendues',
  'report.status.section.keyRisks': 'Risques clés',
  'report.status.section.keyIssues': 'Problèmes clés',
  'report.status.section.milestones': 'Prévisions des jalons',
  'report.status.riskLine': '{title} : score {score} ({band}), responsable {owner}',
  'report.status.riskLineNoOwner': '{title} : score {score} ({band}), sans responsable',
  'report.status.band.low': 'faible',
  'report.status.band.medium': 'moyen',
  'report.status.band.high': 'élevé',
  'report.status.band.critical': 'critique',
  'report.status.issueLine': '{title} : priorité {priority}, {status}',
  'report.status.priority.low': 'basse',
  'report.status.priority.medium': 'moyenne',
  'report.status.priority.high': 'haute',
  'report.status.priority.critical': 'critique',
  'report.status.issueStatus.open': 'ouvert',
  'report.status.issueStatus.in_progress': 'en cours',
  'report.status.issueStatus.resolved': 'résolu',
  'report.status.issueStatus.closed': 'clos',
  'report.status.deletedRecord': '(supprimé depuis)',
  'report.status.watermelon': 'Ce rapport affiche vert, mais {reasons}.',

  // Portfolio review (shared/reports/portfolio-markdown.ts) and the gate decision's reason.
  'report.portfolio.title': 'Revue du portefeuille, {date}',
  'report.portfolio.generatedAt': 'Produit le {when}.',
  'report.portfolio.filter': 'Filtre : {filter}',
  'report.portfolio.section.summary': 'Synthèse',
  'report.portfolio.section.grid': 'Projets et indicateurs',
  'report.portfolio.section.evm': 'Valeur acquise',
  'report.portfolio.section.topRisks': 'Principaux risques par exposition',
  'report.portfolio.section.pendingGates': 'Revues de passage en attente de décision',
  'report.portfolio.section.overAllocations': 'Personnes en surcharge',
  'report.portfolio.section.leagueByProject': 'Constats de santé par projet',
  'report.portfolio.section.leagueByRule': 'Constats de santé par règle',
  'report.portfolio.summary.projects': 'Projets : {count}',
  'report.portfolio.summary.lights':
    'Indicateurs suggérés : {green} vert, {amber} orange, {red} rouge, {unknown} sans données suffisantes',
  'report.portfolio.summary.exposure': 'Exposition aux risques : {amount} {currency}',
  'report.portfolio.summary.bac': 'Budget total (BAC) : {amount} {currency}',
  'report.portfolio.summary.findings': 'Constats : {critical} critiques, {warning} avertissements, {info} informations',
  'report.portfolio.none': 'Aucun.',
  'report.portfolio.column.code': 'Code',
  'report.portfolio.column.project': 'Projet',
  'report.portfolio.column.manager': 'Chef de projet',
  'report.portfolio.column.sponsor': 'Commanditaire',
  'report.portfolio.column.phase': 'Phase',
  'report.portfolio.column.state': 'État',
  'report.portfolio.column.overall': 'Global',
  'report.portfolio.column.watermelon': 'Pastèque',
  'report.portfolio.column.risk': 'Risque',
  'report.portfolio.column.score': 'Score',
  'report.portfolio.column.exposure': 'Exposition',
  'report.portfolio.column.fromPhase': 'De',
  'report.portfolio.column.toPhase': 'Vers',
  'report.portfolio.column.requestedAt': 'Demandée le',
  'report.portfolio.column.unmetMustMeet': 'Critères obligatoires non remplis',
  'report.portfolio.column.gateScore': 'Score pondéré',
  'report.portfolio.column.person': 'Personne',
  'report.portfolio.column.week': 'Semaine du',
  'report.portfolio.column.allocated': 'Heures affectées',
  'report.portfolio.column.capacity': 'Heures disponibles',
  'report.portfolio.column.projects': 'Projets',
  'report.portfolio.column.rule': 'Règle',
  'report.portfolio.column.critical': 'Critique',
  'report.portfolio.column.warning': 'Avertissement',
  'report.portfolio.column.info': 'Information',
  'report.portfolio.column.total': 'Total',
  'report.portfolio.light': '{suggested} (déclaré : {reported})',
  'report.portfolio.light.green': 'vert',
  'report.portfolio.light.amber': 'orange',
  'report.portfolio.light.red': 'rouge',
  'report.portfolio.light.unknown': 'données insuffisantes',
  'report.portfolio.light.none': 'aucun',
  'report.portfolio.yes': 'oui',
  'report.portfolio.no': 'non',
  'report.portfolio.gateScore': '{score} / 5 (seuil {pass})',
  'report.portfolio.state.proposed': 'proposé',
  'report.portfolio.state.active': 'actif',
  'report.portfolio.state.on_hold': 'en pause',
  'report.portfolio.state.closed': 'clos',
  'report.portfolio.state.cancelled': 'annulé',
  'refusal.gate.reasonRequired':
    'Indiquez pourquoi vous décidez « {decision} » : un arrêt, une suspension ou une reprise demande une raison sur laquelle l’équipe projet peut agir.',
  // La page des sponsors, GET /share/<token> (worker/share/render-sponsor-page.ts).
  'sponsor.title': '{workspace} : état du portefeuille',
  'sponsor.asOf':
    'Au {date}. Une page en lecture seule que le PMO vous a partagée ; elle reste à jour jusqu’à l’expiration ou la révocation de son lien.',
  'sponsor.section.projects': 'Les projets en un coup d’œil',
  'sponsor.section.status': 'Dernier point d’avancement de chaque projet',
  'sponsor.legend':
    'Dans chaque case, le premier voyant est celui que suggèrent les données, le second celui que le chef de projet a déclaré en dernier. Formes : ● vert, ▲ orange, ■ rouge, ○ aucun voyant.',
  'sponsor.light.suggested': 'Suggéré :',
  'sponsor.light.reported': 'Déclaré :',
  'sponsor.status.overall': 'Global : {light}',
  'sponsor.status.period': 'Période du {from} au {to}',
  'sponsor.status.submitted': 'envoyé le {date}',
  'sponsor.status.summary': 'Synthèse',
  'sponsor.status.achievements': 'Réalisations',
  'sponsor.status.nextPeriod': 'Prochaines étapes',
  'sponsor.status.escalations': 'Décisions attendues du sponsor',
  'sponsor.status.none': 'Aucun point d’avancement envoyé pour l’instant.',
  'sponsor.footer':
    'Interim PMO. Merci de garder ce lien dans son cercle de destinataires : toute personne qui le détient peut lire cette page.',
  'sponsor.notFound.title': 'Ce lien n’ouvre rien',
  'sponsor.notFound.message':
    'Le lien est inconnu, a été révoqué ou a expiré. Demandez-en un nouveau au PMO qui vous l’a envoyé.',
  'refusal.access.pmLessonOfOther':
    'Comme chef de projet, vous pouvez modifier les projets que vous gérez, leurs enregistrements et les leçons de l’espace que vous avez écrites ; « {name} » ({entity}) n’appartient à aucun projet et a été écrite par quelqu’un d’autre. Demandez cette modification à un propriétaire ou au PMO.',
  'term.lessonCategory.schedule': 'Délais',
  'term.lessonCategory.cost': 'Coûts',
  'term.lessonCategory.scope': 'Périmètre',
  'term.lessonCategory.quality': 'Qualité',
  'term.lessonCategory.risk': 'Risques',
  'term.lessonCategory.resources': 'Ressources',
  'term.lessonCategory.stakeholders': 'Parties prenantes',
  'term.lessonCategory.method': 'Méthode',
  'term.lessonCategory.other': 'Autre',
  'handover.none': 'Aucun.',
  'handover.fact.code': 'Code :',
  'handover.fact.state': 'État :',
  'handover.fact.manager': 'Chef de projet :',
  'handover.fact.sponsor': 'Sponsor :',
  'handover.fact.start': 'Début :',
  'handover.fact.targetEnd': 'Fin visée :',
  'handover.fact.budget': 'Budget à terminaison :',
  'handover.fact.method': 'Méthode :',
  'handover.fact.phase': 'Phase en cours :',
  'handover.section.status': 'Dernier rapport d’avancement',
  'handover.status.line': 'Période du {start} au {end} : état global {overall} ({state}).',
  'handover.section.risks': 'Risques ouverts',
  'handover.section.issues': 'Problèmes ouverts',
  'handover.section.decisions': 'Décisions',
  'handover.section.actions': 'Actions ouvertes',
  'handover.section.lessons': 'Leçons apprises',
  'handover.column.title': 'Titre',
  'handover.column.score': 'Score',
  'handover.column.owner': 'Responsable',
  'handover.column.response': 'Réponse',
  'handover.column.priority': 'Priorité',
  'handover.column.due': 'Échéance',
  'handover.column.date': 'Date',
  'handover.column.decision': 'Décision',
  'handover.column.decidedBy': 'Décidé par',
  'handover.column.rationale': 'Justification',
  'handover.column.whatHappened': 'Ce qui s’est passé',
  'handover.column.recommendation': 'Recommandation',
  'handover.column.tags': 'Étiquettes',
  'handover.method.artifacts': 'Livrables exigés',
  'handover.method.mustMeet': 'Critères obligatoires',
  'handover.method.shouldMeet': 'Critères souhaités (poids)',
  'handover.method.weighted': '{text} (poids {weight})',
  'handover.playbook.tags': 'Étiquettes : {tags}',
  'handover.readme.title': 'Dossier de passation : {workspace}',
  'handover.readme.intro': 'Tout ce que le PMO laisse derrière lui, au {date}.',
  'handover.readme.projects':
    'un dossier par projet : une synthèse (summary.md) et ses registres en fichiers CSV que la page d’import d’Interim PMO reprend.',
  'handover.readme.methodology': 'les méthodes (phases, jalons de décision et critères).',
  'handover.readme.playbooks': 'les guides du PMO tels qu’écrits.',
  'handover.readme.backup':
    'tout l’espace de travail, à restaurer dans un nouvel espace vide (POST /v1/workspaces/:ws/restore).',
  'handover.readme.filesTitle': 'Fichiers',
};
