/**
 * English texts of every message the analytics produce: health-check findings and their
 * coaching ("why it matters / how to fix"), suggested-RAG reasons, the refusals of mutations,
 * and the terms they embed.
 * Keys are `area.subject.kind`; `{name}` is a placeholder filled by formatMessage. Phrasings
 * avoid plurals ("Overdue actions: {count}") so no plural rules are needed.
 */
export const en = {
  'term.quoted': '“{text}”',
  'term.riskPart.cause': 'cause',
  'term.riskPart.event': 'event',
  'term.riskPart.effect': 'effect',
  'term.dimension.schedule': 'schedule',
  'term.dimension.cost': 'cost',
  'term.dimension.scope': 'scope',
  'term.dimension.resources': 'resources',
  'term.dimension.quality': 'quality',
  'term.dimension.risk': 'risk',
  'term.rag.green': 'green',
  'term.rag.amber': 'amber',
  'term.rag.red': 'red',
  'fix.reviewInTwoWeeks': 'Review in two weeks',
  'fix.ownRisk': 'I own it',
  'fix.baselineFromForecast': 'Baseline on its forecast',
  'fix.manageProject': 'I manage it',
  'term.severity.info': 'info',
  'term.severity.warning': 'warning',
  'term.severity.critical': 'critical',

  'health.projectWithoutSponsor.title': 'Project without a sponsor',
  'health.projectWithoutSponsor.message': 'Project {project} has no sponsor.',
  'health.projectWithoutSponsor.coaching':
    'The sponsor owns the business case and decides what the project team cannot. Name one sponsor on the project before the next gate.',
  'health.projectWithoutManager.title': 'Project without a manager',
  'health.projectWithoutManager.message': 'Project {project} has no project manager.',
  'health.projectWithoutManager.coaching':
    'Without a manager nobody is accountable day to day, and no PM can update the project. Assign a member as its manager.',
  'health.phaseWithoutApprovedGate.title': 'Phase entered without an approved gate',
  'health.phaseWithoutApprovedGate.message':
    'Project {project} is in phase {phase} without a gate review decided “go” into it.',
  'health.phaseWithoutApprovedGate.coaching':
    'A gate is where the sponsor confirms the project is still worth doing before more money is spent. Hold the gate review now and record its decision, or move the project back to the phase it was approved for.',
  'health.projectWithoutBaseline.title': 'Project without a baseline',
  'health.projectWithoutBaseline.message': 'Project {project} has no baseline.',
  'health.projectWithoutBaseline.coaching':
    'Without a baseline there is nothing to measure slip or earned value against, so every light is guesswork. Take a baseline of the agreed plan and budget.',

  'health.riskAboveAppetiteNotEscalated.title': 'Risk above appetite not escalated',
  'health.riskAboveAppetiteNotEscalated.message':
    'Risk {title} scores {score}, above the appetite of {appetite}, and has not been escalated.',
  'health.riskAboveAppetiteNotEscalated.coaching':
    'A threat above appetite is bigger than the project may carry on its own authority. Escalate it to the sponsor or board with a proposed response, and record the escalation.',
  'health.riskWithoutOwner.title': 'Risk without an owner',
  'health.riskWithoutOwner.message': 'Risk {title} has no owner.',
  'health.riskWithoutOwner.coaching':
    'A risk that nobody owns is a risk that nobody watches. Name exactly one owner who will track it and trigger the response.',
  'health.riskWithoutResponse.title': 'Risk without a response',
  'health.riskWithoutResponse.message': 'Risk {title} has no response strategy.',
  'health.riskWithoutResponse.coaching':
    'Recording a risk is only half the job: decide how to treat it. Choose avoid, mitigate, transfer, accept or escalate (exploit, enhance or share for an opportunity) and describe the actions.',
  'health.riskReviewOverdue.title': 'Risk review overdue',
  'health.riskReviewOverdue.message': 'Risk {title} was due for review on {reviewDate} ({days} days ago).',
  'health.riskReviewOverdue.coaching':
    'Ratings go stale as the project moves on. Review the probability, impact and response with the owner, then set the next review date.',
  'health.riskStatementIncomplete.title': 'Incomplete risk statement',
  'health.riskStatementIncomplete.message': 'Risk {title} does not state its {missing}.',
  'health.riskStatementIncomplete.coaching':
    'A clear statement (because of a cause, an event may happen, leading to an effect) makes the risk possible to assess and to treat. Fill in the missing part.',

  'health.milestoneOverdue.title': 'Milestone overdue',
  'health.milestoneOverdue.message':
    'Milestone {title} was forecast for {forecastDate} and is not done ({days} days ago).',
  'health.milestoneOverdue.coaching':
    'A forecast in the past is no forecast. Record the actual date if it was reached, or agree a new realistic forecast and say why it moved.',
  'health.milestoneSlipped.title': 'Milestone slipped beyond tolerance',
  'health.milestoneSlipped.message':
    'Milestone {title} has slipped {slipDays} working days since its baseline (tolerance: {toleranceDays}).',
  'health.milestoneSlipped.coaching':
    'A slip beyond tolerance is an exception the sponsor must hear about. Explain the cause, the recovery options and their cost in the next report, or raise an exception report now.',
  'health.milestoneWithoutBaseline.title': 'Milestone without a baseline date',
  'health.milestoneWithoutBaseline.message': 'Milestone {title} has no baseline date.',
  'health.milestoneWithoutBaseline.coaching':
    'Without a baseline date its slip cannot be measured. Add it to the baseline, or take a new baseline if the plan was re-approved.',

  'health.watermelon.title': 'Green status the data contradicts',
  'health.watermelon.message': 'The status report of {date} says green, but {reasons}.',
  'health.watermelon.reason.spiLow': 'SPI is {spi}, below {threshold}',
  'health.watermelon.reason.mandatoryMilestoneOverdue': 'mandatory milestones are overdue ({count}: {titles})',
  'health.watermelon.reason.riskAboveAppetite':
    'open threats score above the appetite of {appetite} ({count}: {titles})',
  'health.watermelon.reason.keyPersonOverAllocated': 'key people are over-allocated ({count}: {names})',
  'health.watermelon.reason.noUpdate': 'there has been no update for {days} days',
  'health.watermelon.coaching':
    'A “watermelon” is green outside and red inside: the sponsor learns of trouble too late to act. Compare your choice with the suggested status and either change the light or explain in the report why the data misleads.',
  'health.statusReportStale.title': 'Status report out of date',
  'health.statusReportStale.message':
    'The latest status report is from {date}, {days} days ago (reporting cycle: {cycleDays} days).',
  'health.statusReportMissing.message': 'Project {project} has had no status report since it started on {since}.',
  'health.statusReportStale.coaching':
    'Regular reports let the sponsor steer while there is still time. Submit a highlight report for the current period.',

  'health.personOverAllocated.title': 'Person over-allocated',
  'health.personOverAllocated.message':
    '{name} is booked above capacity from the week of {firstWeek} (weeks over: {weeks}; worst: {hours} h over).',
  'health.personOverAllocated.coaching':
    'Over-allocated people slip every project they work on, starting with the least visible one. Agree with the other project managers which work moves, or lower the allocations to fit the capacity.',
  'health.actionOverdue.title': 'Action overdue',
  'health.actionOverdue.message': 'Action {title} was due on {dueDate} and is not done ({days} days ago).',
  'health.actionOverdue.coaching':
    'Overdue actions are how small issues become big ones. Chase the owner, then close the action or agree a new due date.',

  'rag.schedule.spiGreen': 'SPI is {spi}, at or above the green threshold of {threshold}.',
  'rag.schedule.spiAmber': 'SPI is {spi}, below the green threshold of {threshold}.',
  'rag.schedule.spiRed': 'SPI is {spi}, below the amber threshold of {threshold}.',
  'rag.schedule.slipGreen': 'The worst mandatory milestone slip is {days} working days, within {threshold}.',
  'rag.schedule.slipAmber':
    'A mandatory milestone has slipped {days} working days, beyond the green tolerance of {threshold}.',
  'rag.schedule.slipRed':
    'A mandatory milestone has slipped {days} working days, beyond the amber tolerance of {threshold}.',
  'rag.schedule.mandatoryOverdue': 'Mandatory milestones are past their forecast and not done ({count}: {titles}).',
  'rag.schedule.milestoneOverdue': 'Milestones are past their forecast and not done ({count}: {titles}).',
  'rag.schedule.notEnoughData': 'Not enough data: there is no SPI and no mandatory milestone with a baseline yet.',
  'rag.cost.cpiGreen': 'CPI is {cpi}, at or above the green threshold of {threshold}.',
  'rag.cost.cpiAmber': 'CPI is {cpi}, below the green threshold of {threshold}.',
  'rag.cost.cpiRed': 'CPI is {cpi}, below the amber threshold of {threshold}.',
  'rag.cost.overrunRed': 'The forecast overruns the budget by {percent}%, more than {threshold}%.',
  'rag.cost.forecastWithinTolerance': 'The forecast overrun is {percent}%, within {threshold}% of the budget.',
  'rag.cost.notEnoughData': 'Not enough data: there is no CPI and no forecast at completion against a budget.',
  'rag.scope.criticalChangeRequest': 'Critical change requests are open ({count}: {titles}).',
  'rag.scope.highPriorityChangeRequest': 'High-priority change requests are open ({count}: {titles}).',
  'rag.scope.changeRequestOverdue': 'Change requests are past their due date ({count}: {titles}).',
  'rag.scope.manyChangeRequests': 'Open change requests: {count}, the limit being {max}.',
  'rag.scope.underControl': 'Open change requests: {count}, none critical, high-priority or overdue.',
  'rag.quality.criticalOffSpec': 'Critical off-specifications are open ({count}: {titles}).',
  'rag.quality.openOffSpec': 'Off-specifications are open ({count}: {titles}).',
  'rag.quality.overdueProblems': 'Problems past their due date: {count}.',
  'rag.quality.overdueActions': 'Overdue actions: {count}.',
  'rag.quality.clear': 'No open off-specification, overdue problem or overdue action.',
  'rag.resources.keyPersonOverAllocated': 'Key people are over-allocated in the coming weeks ({count}: {names}).',
  'rag.resources.personOverAllocated':
    'People on the project are over-allocated in the coming weeks ({count}: {names}).',
  'rag.resources.withinCapacity': 'Nobody on the project is over-allocated in the next {weeks} weeks.',
  'rag.resources.notEnoughData': 'Not enough data: no allocation is recorded for this project.',
  'rag.risk.unmanagedAboveAppetite':
    'Open threats above the appetite of {appetite} have no active response and were not escalated ({count}: {titles}).',
  'rag.risk.managedAboveAppetite':
    'Open threats are above the appetite of {appetite}, with a response or escalated ({count}: {titles}).',
  'rag.risk.withinAppetite': 'No open threat scores above the appetite of {appetite}.',
  'rag.risk.notEnoughData': 'Not enough data: the risk register is empty, which is not the same as no risk.',
  'rag.overall.worstDimension': 'Driven by {dimension}: {reason}',
  'rag.overall.allGreen': 'Every dimension is green.',
  'rag.overall.greenWithGaps': 'Green on the data available; not enough data for {missing}.',
  'rag.overall.notEnoughData': 'Not enough data to suggest any light yet.',

  // Refusals of mutations (shared/mutations/, worker/workspace/retired-ids.ts): the English text is the
  // `message` of the AppError, word for word. Quotes around what a person typed are part of the text.
  'term.entity.settings': 'workspace settings',
  'term.entity.settings.start': 'Workspace settings',
  'term.entity.settings.indefinite': 'the workspace settings',
  'term.entity.template': 'methodology template',
  'term.entity.template.start': 'Methodology template',
  'term.entity.template.indefinite': 'a methodology template',
  'term.entity.project': 'project',
  'term.entity.project.start': 'Project',
  'term.entity.project.indefinite': 'a project',
  'term.entity.milestone': 'milestone',
  'term.entity.milestone.start': 'Milestone',
  'term.entity.milestone.indefinite': 'a milestone',
  'term.entity.planItem': 'plan item',
  'term.entity.planItem.start': 'Plan item',
  'term.entity.planItem.indefinite': 'a plan item',
  'term.entity.baseline': 'baseline',
  'term.entity.baseline.start': 'Baseline',
  'term.entity.baseline.indefinite': 'a baseline',
  'term.entity.risk': 'risk',
  'term.entity.risk.start': 'Risk',
  'term.entity.risk.indefinite': 'a risk',
  'term.entity.issue': 'issue',
  'term.entity.issue.start': 'Issue',
  'term.entity.issue.indefinite': 'an issue',
  'term.entity.decision': 'decision',
  'term.entity.decision.start': 'Decision',
  'term.entity.decision.indefinite': 'a decision',
  'term.entity.action': 'action',
  'term.entity.action.start': 'Action',
  'term.entity.action.indefinite': 'an action',
  'term.entity.statusReport': 'status report',
  'term.entity.statusReport.start': 'Status report',
  'term.entity.statusReport.indefinite': 'a status report',
  'term.entity.person': 'person',
  'term.entity.person.start': 'Person',
  'term.entity.person.indefinite': 'a person',
  'term.entity.allocation': 'allocation',
  'term.entity.allocation.start': 'Allocation',
  'term.entity.allocation.indefinite': 'an allocation',
  'term.entity.raci': 'RACI entry',
  'term.entity.raci.start': 'RACI entry',
  'term.entity.raci.indefinite': 'a RACI entry',
  'term.entity.gateReview': 'gate review',
  'term.entity.gateReview.start': 'Gate review',
  'term.entity.gateReview.indefinite': 'a gate review',
  'term.entity.lesson': 'lesson learned',
  'term.entity.lesson.start': 'Lesson learned',
  'term.entity.lesson.indefinite': 'a lesson learned',
  'term.entity.costEntry': 'cost entry',
  'term.entity.costEntry.start': 'Cost entry',
  'term.entity.costEntry.indefinite': 'a cost entry',
  'term.entity.playbook': 'playbook',
  'term.entity.playbook.start': 'Playbook',
  'term.entity.playbook.indefinite': 'a playbook',
  'term.role.owner': 'owner',
  'term.role.pmo': 'pmo',
  'term.role.pm': 'pm',
  'term.role.contributor': 'contributor',
  'term.role.viewer': 'viewer',
  'term.gateDecision.go': 'go',
  'term.gateDecision.kill': 'kill',
  'term.gateDecision.hold': 'hold',
  'term.gateDecision.recycle': 'recycle',
  'term.criterion.mustMeet': 'must-meet',
  'term.criterion.shouldMeet': 'should-meet',
  'term.dimension.overall': 'overall',
  'term.governedAction.changeSettings': 'change the workspace settings',
  'term.governedAction.defineTemplates': 'define methodology templates',
  'term.governedAction.decideGate': 'decide a gate',
  'term.governedAction.writePlaybooks': 'write playbooks',
  'term.riskAction.escalate': 'escalated',
  'term.riskAction.markOccurred': 'marked as occurred',
  'term.quotedAsTyped': '"{text}"',
  'term.list.more': '{first}, {rest}',
  'term.valueType.string': 'string',
  'term.valueType.number': 'number',
  'term.valueType.boolean': 'boolean',
  'term.valueType.object': 'object',
  'term.valueType.array': 'array',
  'term.valueType.null': 'null',
  'term.valueType.nan': 'NaN',
  'term.format.uuid': 'UUID',
  'term.format.date': 'ISO date',
  'term.format.datetime': 'ISO datetime',
  'term.format.email': 'email address',
  'term.format.url': 'URL',

  'refusal.mutation.unknown': '"{mutation}" is not a mutation this server knows.',
  'refusal.args.prototypeKey': '{mutation}: "{path}" is not an allowed field name.',
  'refusal.args.invalid': '{mutation}: {issues}',
  'refusal.record.invalid': '{issues}',
  'refusal.args.issueList': '{first}; {rest}',
  'refusal.args.field': '{path}: {issue}',
  'refusal.args.fieldInEnglish': '{path}: {issue}',
  'refusal.args.root': 'body',
  'refusal.args.issue.atMostCharacters': 'must be at most {max} characters',
  'refusal.args.issue.notEmpty': 'must not be empty',
  'refusal.args.issue.notNegative': 'must not be negative',
  'refusal.args.issue.numberBetween': 'must be a number from {min} to {max}',
  'refusal.args.issue.wholeNumberBetween': 'must be a whole number from {min} to {max}',
  'refusal.args.issue.between': 'must be from {min} to {max}',
  'refusal.args.issue.codeCharacters': 'use letters, digits, "-" or "_"',
  'refusal.args.issue.currencyCode': 'use an ISO 4217 code such as EUR',
  'refusal.args.issue.onePhase': 'a methodology needs at least one phase',
  'refusal.args.issue.uniquePhaseIds': 'phase ids must be unique',
  'refusal.args.issue.hoursOrPercent': 'give hours per week or a percent of capacity',
  'refusal.args.issue.notBeforeFrom': 'must not be before "from"',
  'refusal.args.issue.responseFitsKind': 'this response does not fit the risk kind (threat or opportunity)',
  'refusal.args.issue.labelPerRating': 'the matrix needs one label per rating',
  'refusal.args.issue.invalidType': 'Invalid input: expected {expected}, received {received}',
  'refusal.args.issue.missing': 'Invalid input: expected {expected}, received undefined',
  'refusal.args.issue.tooLong': 'Too big: expected string to have <={maximum} characters',
  'refusal.args.issue.tooManyItems': 'Too big: expected array to have <={maximum} items',
  'refusal.args.issue.tooBig': 'Too big: expected number to be <={maximum}',
  'refusal.args.issue.empty': 'Too small: expected string to have >=1 characters',
  'refusal.args.issue.tooShort': 'Too small: expected string to have >={minimum} characters',
  'refusal.args.issue.noItems': 'Too small: expected array to have >=1 items',
  'refusal.args.issue.tooFewItems': 'Too small: expected array to have >={minimum} items',
  'refusal.args.issue.tooSmall': 'Too small: expected number to be >={minimum}',
  'refusal.args.issue.invalidFormat': 'Invalid {format}',
  'refusal.args.issue.pattern': 'Invalid string: must match pattern {pattern}',
  'refusal.args.issue.invalidValue': 'Invalid input: expected {value}',
  'refusal.args.issue.invalidOption': 'Invalid option: expected one of {options}',
  'refusal.args.issue.unrecognizedKey': 'Unrecognized key: {keys}',
  'refusal.args.issue.unrecognizedKeys': 'Unrecognized keys: {keys}',
  'refusal.args.issue.invalidInput': 'Invalid input',

  'refusal.conflict.changed':
    '{entity} {field} changed to "{value}" before your edit arrived; review it and try again.',
  'refusal.conflict.gone': '{entity} {id} no longer exists (it may have been deleted); nothing was changed.',
  'refusal.reference.missing': '{entity} {id} does not exist (it may have been deleted); pick another {kind}.',
  'refusal.create.idTaken': '{entity} {id} already exists; create it with a new id.',
  'refusal.create.intentFieldEmpty':
    'A new {entity} starts without {field}; leave it out and use "{mutation}" afterwards.',
  'refusal.create.intentFieldStart':
    'A new {entity} starts with {field} "{value}"; leave it out and use "{mutation}" afterwards.',
  'refusal.update.fixedField': 'The {field} of a {entity} is set when it is created; create a new {entity} instead.',
  'refusal.update.useIntent':
    '{entity} {field} is changed by "{mutation}", which checks and records the change; use it instead of an edit.',
  'refusal.retired.id':
    "{entity} {id} was deleted, and a deleted record's id is never used again; create it with a new id.",

  'refusal.role.readOnly':
    'A {role} can read this workspace but not change it. Ask an owner or PMO for a role that can edit.',
  'refusal.role.governorOnly': 'Only an owner or PMO can {action}; you are a {role}. Ask one of them to do it.',
  'refusal.access.pmGoverned':
    'As a project manager you can change the projects you manage and their records, not {entity}. Ask an owner or PMO to make this change.',
  'refusal.access.pmProjectOfOther':
    'As a project manager you can change the projects you manage and their records; project "{name}" is managed by someone else. Ask an owner or PMO to make you its manager, or to make this change.',
  'refusal.access.pmProjectOfNobody':
    'As a project manager you can change the projects you manage and their records; project "{name}" is managed by nobody. Ask an owner or PMO to make you its manager, or to make this change.',
  'refusal.access.pmHandOver':
    'As a project manager you can change the projects you manage and their records, but you cannot hand project "{name}" to another manager. Ask an owner or PMO to reassign it.',
  'refusal.access.pmCreateForOther':
    'As a project manager you can change the projects you manage and their records; a project you create is managed by you, so leave its manager empty or set it to yourself. Ask an owner or PMO to create it for another manager.',
  'refusal.access.pmNoProject':
    'As a project manager you can change the projects you manage and their records; {entity} "{name}" belongs to no project. Ask an owner or PMO to make this change, or file it under a project you manage.',
  'refusal.access.pmProjectNotManaged':
    'As a project manager you can change the projects you manage and their records; {entity} "{name}" is in a project you do not manage. Ask that project\'s manager, an owner or a PMO to make this change.',
  'refusal.access.pmMoveNotManaged':
    'As a project manager you can change the projects you manage and their records; {entity} "{name}" would move to a project you do not manage. Ask that project\'s manager, an owner or a PMO to make this change.',
  'refusal.access.contributorEntity':
    "As a contributor you can create risks, issues and actions and change the ones you created, not {entity}. Ask the project's manager or a PMO to make this change.",
  'refusal.access.contributorNotCreator':
    'As a contributor you can create risks, issues and actions and change the ones you created; {entity} "{name}" was created by someone else. Ask its project\'s manager or a PMO to change it.',

  'refusal.children.live': '{entity} "{name}" still has records of its own ({counts}); delete those first.',
  'refusal.children.liveProject':
    'Project "{name}" still has records of its own ({counts}); delete those first. To keep its history, set the project to Closed or Cancelled instead.',
  'refusal.children.count': '{entity} × {count}',

  'refusal.plan.ownPredecessor': 'A {entity} cannot be its own predecessor; remove it from its predecessors.',
  'refusal.plan.predecessorTwice': 'Predecessor {predecessorId} is listed twice; keep one link.',
  'refusal.plan.predecessorMissing':
    'Predecessor {predecessorId} is neither a plan item nor a milestone (it may have been deleted); pick another predecessor.',
  'refusal.plan.predecessorElsewhere':
    'Predecessor "{title}" belongs to another project; link only items of the same project.',
  'refusal.plan.cycle':
    '"{title}" already depends on this {entity}; linking it back would make a cycle. Remove one of the two links.',
  'refusal.plan.milestoneElsewhere':
    'Milestone "{title}" belongs to another project; pick a milestone of this project.',
  'refusal.milestone.achieved':
    'Milestone "{title}" was achieved on {date}, so its dates no longer move; clear the actual date first if it was entered by mistake.',
  'refusal.milestone.baselineSet':
    'This milestone already has a baseline; move it with "milestone.rebaseline", which records why.',
  'refusal.raci.itemElsewhere':
    'Plan item "{title}" belongs to another project; assign RACI roles on the item\'s own project.',
  'refusal.raci.milestoneElsewhere':
    'Milestone "{title}" belongs to another project; assign RACI roles on the milestone\'s own project.',
  'refusal.raci.twoTargets': 'A RACI entry is for one plan item or one milestone, not both; make one entry for each.',
  'refusal.raci.noTarget': 'A RACI entry needs the plan item or the milestone it is for; name one of them.',
  'refusal.costImport.periodNotListed':
    'An imported amount is for {period}, a month the import does not cover; list every month it replaces.',
  'refusal.costImport.jiraPlanned': 'Jira worklogs are actual cost; import them as actual cost, not as planned value.',
  'refusal.costImport.stale':
    'Another import changed the costs of {period} meanwhile; reopen the import and run it again.',
  'refusal.costImport.notReplaceable':
    'Cost entry {id} is not one this import may replace (another source, project or month); leave it out.',

  'refusal.project.phaseNotInTemplate':
    'Phase {phaseId} is not a phase of template "{template}"; pick one of: {phases}.',
  'refusal.project.codeTaken': 'Code {code} is already used by project "{name}"; choose another code.',
  'refusal.project.phaseByGate':
    'A project changes phase through "project.changePhase" with an approved gate review; request and pass the gate first.',
  'refusal.template.versionDerived':
    'templateVersion goes up by one on every change to a template; leave it out of the patch.',
  'refusal.template.phaseInUse':
    'Phase "{phase}" of template "{template}" still has projects in it ({count}: {projects}); move them to another phase before removing it.',

  'refusal.gate.decidedIsHistory':
    'Gate review {id} was decided ({decision}) and is now history; request a new gate review to revisit it.',
  'refusal.gate.criteriaChanged':
    'A gate review answers the criteria it was requested with; answer each {kind} criterion rather than adding or removing one.',
  'refusal.gate.alreadyDecided':
    'Gate review {id} was already decided ({decision}) by {decidedBy}; request a new gate review to revisit it.',
  'refusal.gate.criteriaUnmet':
    'A "go" needs every must-meet criterion met; not met: {criteria}. Decide hold or recycle, or record the evidence that they are met first.',
  'refusal.gate.requestCriteriaUnmet':
    'A gate review can be requested once every must-meet criterion is met; not met yet: {criteria}. Meet them and record the evidence, then request the review again.',
  'refusal.gate.evidenceLink':
    'Evidence "{link}" is neither a web address (https://…) nor a Jira issue key such as PAY-42; correct it or remove it.',
  'refusal.gate.unknownCriterion':
    'The gate into "{phase}" has no {kind} criterion {criterionIds}; answer the criteria of this gate.',
  'refusal.gate.criterionTwice': '{kind} criterion {criterionId} is answered twice; answer it once.',
  'refusal.gate.templateChanged':
    'Project {code} now follows template {templateId}; refresh the project and request the gate again.',
  'refusal.gate.templateRemoved':
    'Project {code} now follows no template; refresh the project and request the gate again.',
  'refusal.gate.phaseNotInTemplate':
    'Phase {phaseId} is not a phase of template "{template}"; request a gate into one of: {phases}.',
  'refusal.gate.alreadyInPhase': 'Project {code} is already in this phase; request a gate into the next phase.',
  'refusal.phase.alreadyIn': 'Project {code} is already in this phase; nothing was changed.',
  'refusal.phase.gateNotApproved':
    '{why}; request the gate into that phase ("gate.request") and pass it with a "go" first.',
  'refusal.phase.gateMissing': 'Gate review {gateReviewId} does not exist',
  'refusal.phase.gateOfOtherProject': 'Gate review {gateReviewId} belongs to another project',
  'refusal.phase.gateForOtherPhase': 'Gate review {gateReviewId} is for another phase',
  'refusal.phase.gateUndecided': 'Gate review {gateReviewId} is still waiting for a decision',
  'refusal.phase.gateNotGo': 'Gate review {gateReviewId} was decided "{decision}", not "go"',
  'refusal.phase.gateFromOtherPhase':
    'Gate review {gateReviewId} approved a move from another phase than the current one',

  'refusal.risk.occurredByIntent':
    'A risk becomes "occurred" through "risk.occurred", which also opens its issue; use that instead.',
  'refusal.risk.closed':
    'Risk "{title}" is closed and cannot be {action}; reopen it first if it still threatens the project.',
  'refusal.risk.occurred':
    'Risk "{title}" has already occurred and cannot be {action}; work on its issue {issueId} instead.',

  'refusal.status.submittedIsHistory':
    'Status report {id} was submitted on {submittedAt} and is now history; create a new report to correct or update it.',
  'refusal.status.periodReversed': 'periodEnd: must not be before periodStart; check the reporting period.',
  'refusal.status.reasonMissing': 'Give a reason for {overrides} before submitting, or pick the suggested light.',
  'refusal.status.override': '{dimension} (you chose {chosen}, the data suggests {suggested})',
  'refusal.status.alreadySubmitted':
    'Status report {id} was already submitted on {submittedAt}; create a new report for the next period.',

  'report.status.title': 'Status report: {project}',
  'report.status.project': '{code} – {name}',
  'report.status.periodLabel': 'Period:',
  'report.status.day': '{date}',
  'report.status.period': '{start} to {end}',
  'report.status.submittedLabel': 'Submitted:',
  'report.status.submittedOnBy': '{date} by {name}',
  'report.status.stateLabel': 'State:',
  'report.status.draft': 'draft, not submitted yet',
  'report.status.column.dimension': 'Dimension',
  'report.status.column.reported': 'Reported',
  'report.status.column.suggested': 'Suggested by the data',
  'report.status.column.reason': 'Reason',
  'report.status.column.milestone': 'Milestone',
  'report.status.column.forecast': 'Forecast',
  'report.status.dimension.overall': 'Overall',
  'report.status.dimension.schedule': 'Schedule',
  'report.status.dimension.cost': 'Cost',
  'report.status.dimension.scope': 'Scope',
  'report.status.dimension.resources': 'Resources',
  'report.status.dimension.quality': 'Quality',
  'report.status.dimension.risk': 'Risk',
  'report.status.rag.green': 'Green',
  'report.status.rag.amber': 'Amber',
  'report.status.rag.red': 'Red',
  'report.status.rag.none': 'Not rated',
  'report.status.reasonWithData': '{reason} (data: {data})',
  'report.status.section.summary': 'Summary',
  'report.status.section.achievements': 'Achievements this period',
  'report.status.section.nextPeriod': 'Planned for the next period',
  'report.status.section.escalations': 'Decisions and help needed',
  'report.status.section.keyRisks': 'Key risks',
  'report.status.section.keyIssues': 'Key issues',
  'report.status.section.milestones': 'Milestone forecasts',
  'report.status.riskLine': '{title}: score {score} ({band}), owner {owner}',
  'report.status.riskLineNoOwner': '{title}: score {score} ({band}), no owner',
  'report.status.band.low': 'low',
  'report.status.band.medium': 'medium',
  'report.status.band.high': 'high',
  'report.status.band.critical': 'critical',
  'report.status.issueLine': '{title}: {priority} priority, {status}',
  'report.status.priority.low': 'low',
  'report.status.priority.medium': 'medium',
  'report.status.priority.high': 'high',
  'report.status.priority.critical': 'critical',
  'report.status.issueStatus.open': 'open',
  'report.status.issueStatus.in_progress': 'in progress',
  'report.status.issueStatus.resolved': 'resolved',
  'report.status.issueStatus.closed': 'closed',
  'report.status.deletedRecord': '(deleted since)',
  'report.status.watermelon': 'This report says green, but {reasons}.',

  // Portfolio review (shared/reports/portfolio-markdown.ts) and the gate decision's reason.
  'report.portfolio.title': 'Portfolio review, {date}',
  'report.portfolio.generatedAt': 'Generated on {when}.',
  'report.portfolio.filter': 'Filter: {filter}',
  'report.portfolio.section.summary': 'Summary',
  'report.portfolio.section.grid': 'Projects and lights',
  'report.portfolio.section.evm': 'Earned value',
  'report.portfolio.section.topRisks': 'Top risks by exposure',
  'report.portfolio.section.pendingGates': 'Gate reviews waiting for a decision',
  'report.portfolio.section.overAllocations': 'Over-allocated people',
  'report.portfolio.section.leagueByProject': 'Health findings by project',
  'report.portfolio.section.leagueByRule': 'Health findings by rule',
  'report.portfolio.summary.projects': 'Projects: {count}',
  'report.portfolio.summary.lights':
    'Suggested lights: {green} green, {amber} amber, {red} red, {unknown} not enough data',
  'report.portfolio.summary.exposure': 'Risk exposure: {amount} {currency}',
  'report.portfolio.summary.bac': 'Total budget (BAC): {amount} {currency}',
  'report.portfolio.summary.findings': 'Findings: {critical} critical, {warning} warnings, {info} info',
  'report.portfolio.none': 'None.',
  'report.portfolio.column.code': 'Code',
  'report.portfolio.column.project': 'Project',
  'report.portfolio.column.manager': 'Manager',
  'report.portfolio.column.sponsor': 'Sponsor',
  'report.portfolio.column.phase': 'Phase',
  'report.portfolio.column.state': 'State',
  'report.portfolio.column.overall': 'Overall',
  'report.portfolio.column.watermelon': 'Watermelon',
  'report.portfolio.column.risk': 'Risk',
  'report.portfolio.column.score': 'Score',
  'report.portfolio.column.exposure': 'Exposure',
  'report.portfolio.column.fromPhase': 'From',
  'report.portfolio.column.toPhase': 'To',
  'report.portfolio.column.requestedAt': 'Requested on',
  'report.portfolio.column.unmetMustMeet': 'Must-meet not met',
  'report.portfolio.column.gateScore': 'Weighted score',
  'report.portfolio.column.person': 'Person',
  'report.portfolio.column.week': 'Week of',
  'report.portfolio.column.allocated': 'Booked hours',
  'report.portfolio.column.capacity': 'Capacity hours',
  'report.portfolio.column.projects': 'Projects',
  'report.portfolio.column.rule': 'Rule',
  'report.portfolio.column.critical': 'Critical',
  'report.portfolio.column.warning': 'Warning',
  'report.portfolio.column.info': 'Info',
  'report.portfolio.column.total': 'Total',
  'report.portfolio.light': '{suggested} (reported: {reported})',
  'report.portfolio.light.green': 'green',
  'report.portfolio.light.amber': 'amber',
  'report.portfolio.light.red': 'red',
  'report.portfolio.light.unknown': 'not enough data',
  'report.portfolio.light.none': 'none',
  'report.portfolio.yes': 'yes',
  'report.portfolio.no': 'no',
  'report.portfolio.gateScore': '{score} / 5 (pass {pass})',
  'report.portfolio.state.proposed': 'proposed',
  'report.portfolio.state.active': 'active',
  'report.portfolio.state.on_hold': 'on hold',
  'report.portfolio.state.closed': 'closed',
  'report.portfolio.state.cancelled': 'cancelled',
  'refusal.gate.reasonRequired':
    'Say why you decide "{decision}": a kill, hold or recycle needs a reason the project team can act on.',
} as const;
