import { describe, expect, it } from 'vitest';
import { type AppError, AppErrorSchema, en, formatAppError, fr, type MessageKey } from '../../../shared';
import { expectReadableRefusal, keysOf, refsOf } from './refusal-refs';
import { type RefusalScenario, refusalScenarios } from './refusal-scenarios';

/** Each scenario's English message, as the mutators wrote it before refusals had catalog keys. */
const english: Record<string, string> = {
  'unknown mutation': '"risk.fly" is not a mutation this server knows.',
  'prototype key in the args': 'risk.update: "expected.__proto__" is not an allowed field name.',
  'args that fail their schema': 'risk.create: title: must not be empty; probability: must be from 1 to 5',
  'a record that fails a rule across its fields':
    'responseStrategy: this response does not fit the risk kind (threat or opportunity)',
  'stale expected value': 'Risk status changed to "open" before your edit arrived; review it and try again.',
  'update of a deleted record':
    'Risk 00000000-0000-4000-8000-000000000028 no longer exists (it may have been deleted); nothing was changed.',
  'reference to a missing record':
    'Project 00000000-0000-4000-8000-000000000002 does not exist (it may have been deleted); pick another project.',
  'create with a taken id': 'Risk 00000000-0000-4000-8000-000000000028 already exists; create it with a new id.',
  'create setting a field an intent starts empty':
    'A new risk starts without escalatedTo; leave it out and use "risk.escalate" afterwards.',
  'create setting a field an intent starts with a value':
    'A new status report starts with state "draft"; leave it out and use "status.submit" afterwards.',
  'update of a field fixed at creation':
    'The projectId of a milestone is set when it is created; create a new milestone instead.',
  'update of a field an intent owns':
    'Risk escalatedTo is changed by "risk.escalate", which checks and records the change; use it instead of an edit.',
  viewer: 'A viewer can read this workspace but not change it. Ask an owner or PMO for a role that can edit.',
  'viewer write reaching authorizeWrites':
    'A viewer can read this workspace but not change it. Ask an owner or PMO for a role that can edit.',
  'pm changing the workspace settings':
    'Only an owner or PMO can change the workspace settings; you are a pm. Ask one of them to do it.',
  'contributor defining a template':
    'Only an owner or PMO can define methodology templates; you are a contributor. Ask one of them to do it.',
  'pm deciding a gate': 'Only an owner or PMO can decide a gate; you are a pm. Ask one of them to do it.',
  'pm creating a person':
    'As a project manager you can change the projects you manage and their records, not a person. Ask an owner or PMO to make this change.',
  'pm changing a project someone else manages':
    'As a project manager you can change the projects you manage and their records; project "ERP upgrade" is managed by someone else. Ask an owner or PMO to make you its manager, or to make this change.',
  'pm changing a project nobody manages':
    'As a project manager you can change the projects you manage and their records; project "HR portal" is managed by nobody. Ask an owner or PMO to make you its manager, or to make this change.',
  'pm handing their project to another manager':
    'As a project manager you can change the projects you manage and their records, but you cannot hand project "CRM rollout" to another manager. Ask an owner or PMO to reassign it.',
  'pm creating a project for another manager':
    'As a project manager you can change the projects you manage and their records; a project you create is managed by you, so leave its manager empty or set it to yourself. Ask an owner or PMO to create it for another manager.',
  "pm changing someone else's workspace-wide lesson":
    'As a project manager you can change the projects you manage, their records and the workspace-wide lessons you wrote; lesson learned "Sampling hid bad data" belongs to no project and was written by someone else. Ask an owner or PMO to make this change.',
  'pm writing in a project they do not manage': `As a project manager you can change the projects you manage and their records; risk "Supplier delivers the data migration late" is in a project you do not manage. Ask that project's manager, an owner or a PMO to make this change.`,
  'pm moving an issue to a project they do not manage': `As a project manager you can change the projects you manage and their records; issue "Test environment down" would move to a project you do not manage. Ask that project's manager, an owner or a PMO to make this change.`,
  'contributor creating a milestone':
    "As a contributor you can create risks, issues, actions and lessons learned and change the ones you created, not a milestone. Ask the project's manager or a PMO to make this change.",
  "contributor changing someone else's risk": `As a contributor you can create risks, issues, actions and lessons learned and change the ones you created; risk "Supplier delivers the data migration late" was created by someone else. Ask its project's manager or a PMO to change it.`,
  'deleting a person with allocations':
    'Person "Dana Okafor" still has records of its own (allocation × 2); delete those first.',
  'deleting a project with records':
    'Project "CRM rollout" still has records of its own (milestone × 1, risk × 1, issue × 1); delete those first. To keep its history, set the project to Closed or Cancelled instead.',
  'own predecessor': 'A plan item cannot be its own predecessor; remove it from its predecessors.',
  'predecessor listed twice': 'Predecessor 00000000-0000-4000-8000-000000000014 is listed twice; keep one link.',
  'missing predecessor':
    'Predecessor 00000000-0000-4000-8000-000000000194 is neither a plan item nor a milestone (it may have been deleted); pick another predecessor.',
  'predecessor in another project':
    'Predecessor "ERP cut-over" belongs to another project; link only items of the same project.',
  'two-item cycle':
    '"Cut-over rehearsal" already depends on this milestone; linking it back would make a cycle. Remove one of the two links.',
  "plan item rolling up to another project's milestone":
    'Milestone "ERP cut-over" belongs to another project; pick a milestone of this project.',
  'moving an achieved milestone':
    'Milestone "Data migration rehearsal passed" was achieved on 2027-03-12, so its dates no longer move; clear the actual date first if it was entered by mistake.',
  'editing a set baseline':
    'This milestone already has a baseline; move it with "milestone.rebaseline", which records why.',
  'phase outside the template':
    'Phase 00000000-0000-4000-8000-000000000194 is not a phase of template "Stage-gate (PMO standard)"; pick one of: Discover, Build, Run.',
  'code in use': 'Code CRM is already used by project "CRM rollout"; choose another code.',
  'phase edited directly':
    'A project changes phase through "project.changePhase" with an approved gate review; request and pass the gate first.',
  'editing a decided gate review':
    'Gate review 00000000-0000-4000-8000-000000000046 was decided (hold) and is now history; request a new gate review to revisit it.',
  'changing the criteria of a gate review':
    'A gate review answers the criteria it was requested with; answer each should-meet criterion rather than adding or removing one.',
  'risk set to occurred by an edit':
    'A risk becomes "occurred" through "risk.occurred", which also opens its issue; use that instead.',
  'editing a submitted report':
    'Status report 00000000-0000-4000-8000-00000000003c was submitted on 2026-11-25T10:00:00.000Z and is now history; create a new report to correct or update it.',
  'reporting period ending before it starts': 'periodEnd: must not be before periodStart; check the reporting period.',
  "RACI on another project's plan item": `Plan item "ERP data load" belongs to another project; assign RACI roles on the item's own project.`,
  "RACI on another project's milestone": `Milestone "ERP cut-over" belongs to another project; assign RACI roles on the milestone's own project.`,
  'RACI on a plan item and a milestone at once':
    'A RACI entry is for one plan item or one milestone, not both; make one entry for each.',
  'RACI on nothing': 'A RACI entry needs the plan item or the milestone it is for; name one of them.',
  'template version in a patch':
    'templateVersion goes up by one on every change to a template; leave it out of the patch.',
  'removing a phase a project is in':
    'Phase "Discover" of template "Stage-gate (PMO standard)" still has projects in it (1: CRM); move them to another phase before removing it.',
  'deciding a gate twice':
    'Gate review 00000000-0000-4000-8000-000000000046 was already decided (recycle) by member-pmo; request a new gate review to revisit it.',
  'go with unmet criteria':
    'A "go" needs every must-meet criterion met; not met: "Business case approved", "Sponsor named". Decide hold or recycle, or record the evidence that they are met first.',
  'kill without a reason':
    'Say why you decide "kill": a kill, hold or recycle needs a reason the project team can act on.',
  'request with a must-meet criterion unmet':
    'A gate review can be requested once every must-meet criterion is met; not met yet: "Business case approved". Meet them and record the evidence, then request the review again.',
  'evidence that is not a link':
    'Evidence "javascript:alert(1)" is neither a web address (https://…) nor a Jira issue key such as PAY-42; correct it or remove it.',
  'unknown criterion':
    'The gate into "Build" has no should-meet criterion 00000000-0000-4000-8000-000000000194; answer the criteria of this gate.',
  'criterion answered twice':
    'must-meet criterion 00000000-0000-4000-8000-00000000000e is answered twice; answer it once.',
  'request against a template the project left':
    'Project CRM now follows no template; refresh the project and request the gate again.',
  'request against a template the project switched to':
    'Project CRM now follows template 00000000-0000-4000-8000-00000000000a; refresh the project and request the gate again.',
  'request into a phase outside the template':
    'Phase 00000000-0000-4000-8000-000000000194 is not a phase of template "Stage-gate (PMO standard)"; request a gate into one of: Discover, Build, Run.',
  'request into the current phase': 'Project CRM is already in this phase; request a gate into the next phase.',
  'change into the current phase': 'Project CRM is already in this phase; nothing was changed.',
  'change without a gate review':
    'Gate review 00000000-0000-4000-8000-000000000046 does not exist; request the gate into that phase ("gate.request") and pass it with a "go" first.',
  "change with another project's gate review":
    'Gate review 00000000-0000-4000-8000-000000000046 belongs to another project; request the gate into that phase ("gate.request") and pass it with a "go" first.',
  'change into another phase than the gate':
    'Gate review 00000000-0000-4000-8000-000000000046 is for another phase; request the gate into that phase ("gate.request") and pass it with a "go" first.',
  'change before the decision':
    'Gate review 00000000-0000-4000-8000-000000000046 is still waiting for a decision; request the gate into that phase ("gate.request") and pass it with a "go" first.',
  'change after a kill':
    'Gate review 00000000-0000-4000-8000-000000000046 was decided "kill", not "go"; request the gate into that phase ("gate.request") and pass it with a "go" first.',
  'change with a go from another phase':
    'Gate review 00000000-0000-4000-8000-000000000046 approved a move from another phase than the current one; request the gate into that phase ("gate.request") and pass it with a "go" first.',
  'escalating a closed risk':
    'Risk "Supplier delivers the data migration late" is closed and cannot be escalated; reopen it first if it still threatens the project.',
  'marking a closed risk occurred':
    'Risk "Supplier delivers the data migration late" is closed and cannot be marked as occurred; reopen it first if it still threatens the project.',
  'escalating an occurred risk':
    'Risk "Supplier delivers the data migration late" has already occurred and cannot be escalated; work on its issue 00000000-0000-4000-8000-000000000029 instead.',
  'lights against the suggestion without a reason':
    'Give a reason for overall (you chose green, the data suggests red), schedule (you chose green, the data suggests amber) before submitting, or pick the suggested light.',
  'submitting twice':
    'Status report 00000000-0000-4000-8000-00000000003c was already submitted on 2026-11-25T10:00:00.000Z; create a new report for the next period.',
  'importing an amount outside the months listed':
    'An imported amount is for 2026-12-01, a month the import does not cover; list every month it replaces.',
  'importing Jira worklogs as planned value':
    'Jira worklogs are actual cost; import them as actual cost, not as planned value.',
  'importing over a month another import wrote meanwhile':
    'Another import changed the costs of 2026-11-01 meanwhile; reopen the import and run it again.',
  'importing in place of a hand-entered amount':
    'Cost entry 00000000-0000-4000-8000-000000000060 is not one this import may replace (another source, project or month); leave it out.',
};

function refusalOf(scenario: RefusalScenario): AppError {
  const result = scenario.run();
  expect(result).toMatchObject({ ok: false, error: { code: scenario.code } });
  return (result as { error: AppError }).error;
}

const frenchOf = (name: string) => {
  const scenario = refusalScenarios.find((each) => each.name === name);
  if (!scenario) throw new Error(`no scenario "${name}"`);
  return formatAppError('fr', refusalOf(scenario));
};

describe('refusals of the shared mutators', () => {
  it.each(refusalScenarios)(
    '$name: answers $code with a catalog message that reads as before in English',
    (scenario) => {
      const error = refusalOf(scenario);
      expectReadableRefusal(error);
      expect(error.message).toBe(english[scenario.name]);
    },
  );

  it('drives every refusal message of the catalog (zod issues: zod-issue-refs.test.ts; id_retired: the Worker)', () => {
    const used = new Set(refusalScenarios.flatMap((scenario) => keysOf(expectReadableRefusal(refusalOf(scenario)))));
    const elsewhere = (key: string) =>
      key.startsWith('refusal.args.issue.') ||
      ['refusal.args.fieldInEnglish', 'refusal.args.root', 'refusal.retired.id'].includes(key);
    const refusalKeys = Object.keys(en).filter((key) => key.startsWith('refusal.') && !elsewhere(key));
    expect(refusalKeys.filter((key) => !used.has(key as MessageKey))).toEqual([]);
    expect(Object.keys(english).sort()).toEqual(refusalScenarios.map((scenario) => scenario.name).sort());
  });

  it('leaves no English term inside a French refusal', () => {
    for (const scenario of refusalScenarios) {
      const ref = expectReadableRefusal(refusalOf(scenario));
      // What the params carry as typed (titles, field and mutation names, ids) is data, not wording.
      const data = refsOf(ref).flatMap(({ params }) =>
        Object.values(params).filter((value) => typeof value === 'string'),
      );
      const french = data.reduce<string>(
        (text, value) => text.replaceAll(value, ''),
        formatAppError('fr', { message: '', ref }),
      );
      const englishTerms = refsOf(ref)
        .map(({ key }) => key)
        .filter((key) => key.startsWith('term.') && en[key] !== fr[key] && !en[key].includes('{'));
      for (const key of englishTerms)
        expect(french, `${scenario.name}: ${key}`).not.toMatch(new RegExp(`\\b${en[key]}\\b`));
    }
  });
});

describe('refusals in French', () => {
  it('tells a viewer why, with the role in French', () => {
    expect(frenchOf('viewer')).toBe(
      'Le rôle « lecteur » permet de consulter cet espace, pas de le modifier. Demandez à un propriétaire ou au PMO un rôle qui permet de modifier.',
    );
    expect(frenchOf('pm deciding a gate')).toBe(
      'Seul un propriétaire ou le PMO peut décider d’une revue de passage ; votre rôle est « chef de projet ». Demandez-le à l’un d’eux.',
    );
  });

  it('names the field and the value that changed before the edit arrived', () => {
    expect(frenchOf('stale expected value')).toBe(
      'Risque : le champ status est passé à « open » avant l’arrivée de votre modification ; vérifiez-le et réessayez.',
    );
  });

  it('names the project holding a code, its title as typed', () => {
    expect(frenchOf('code in use')).toBe(
      'Le code CRM est déjà utilisé par le projet « CRM rollout » ; choisissez-en un autre.',
    );
  });

  it('counts the records left under a parent, entity names in French', () => {
    expect(frenchOf('deleting a project with records')).toBe(
      'Projet « CRM rollout » : des enregistrements lui appartiennent encore (jalon × 1, risque × 1, problème × 1) ; supprimez-les d’abord. Pour garder son historique, passez plutôt le projet à l’état Clôturé ou Annulé.',
    );
    expect(frenchOf('deleting a person with allocations')).toBe(
      'Personne « Dana Okafor » : des enregistrements lui appartiennent encore (affectation × 2) ; supprimez-les d’abord.',
    );
  });

  it('lists the lights to explain and the unmet criteria in French', () => {
    expect(frenchOf('lights against the suggestion without a reason')).toBe(
      'Donnez une raison avant de soumettre, ou choisissez la couleur suggérée : global (vous avez choisi vert, les données suggèrent rouge), délais (vous avez choisi vert, les données suggèrent orange).',
    );
    expect(frenchOf('go with unmet criteria')).toBe(
      'Un « go » exige que chaque critère obligatoire soit rempli ; non remplis : « Business case approved », « Sponsor named ». Décidez une suspension ou une reprise, ou consignez d’abord les preuves qu’ils sont remplis.',
    );
    expect(frenchOf('kill without a reason')).toBe(
      'Indiquez pourquoi vous décidez « arrêt » : un arrêt, une suspension ou une reprise demande une raison sur laquelle l’équipe projet peut agir.',
    );
    expect(frenchOf('request with a must-meet criterion unmet')).toBe(
      'Une revue de passage ne peut être demandée que lorsque chaque critère obligatoire est rempli ; pas encore remplis : « Business case approved ». Remplissez-les et consignez-en les preuves, puis demandez de nouveau la revue.',
    );
    expect(frenchOf('change after a kill')).toMatch(/a été décidée « arrêt », pas « go » ; demandez d’abord la revue/);
  });

  it('translates the issues of invalid args, field paths kept', () => {
    expect(frenchOf('args that fail their schema')).toBe(
      'Arguments refusés pour risk.create : title : ne doit pas être vide ; probability : doit être compris entre 1 et 5',
    );
  });
});

describe('AppError.ref on the wire', () => {
  const ref = { key: 'refusal.project.codeTaken', params: { code: 'CRM', name: 'CRM rollout' } };
  const message = 'Code CRM is already used by project "CRM rollout"; choose another code.';

  it('keeps a reference this build can format', () => {
    expect(AppErrorSchema.parse({ code: 'code_taken', message, ref })).toEqual({ code: 'code_taken', message, ref });
  });

  it('drops a reference this build cannot format, so the English message shows instead of a key', () => {
    for (const unreadable of [
      { key: 'refusal.fromANewerServer', params: {} },
      { key: 'refusal.project.codeTaken', params: { code: { text: 'CRM' } } },
      { key: 'refusal.project.codeTaken' },
    ]) {
      const parsed = AppErrorSchema.parse({ code: 'code_taken', message, ref: unreadable });
      expect(parsed).toEqual({ code: 'code_taken', message });
      expect(formatAppError('fr', parsed)).toBe(message);
    }
  });

  it('shows an error without a reference (HTTP errors, older servers) in English', () => {
    expect(formatAppError('fr', { message: 'Retry the push.' })).toBe('Retry the push.');
  });
});
