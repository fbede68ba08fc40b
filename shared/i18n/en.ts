/**
 * English texts of every message the analytics produce: health-check findings and their
 * coaching ("why it matters / how to fix"), suggested-RAG reasons, and the terms they embed.
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
} as const;
