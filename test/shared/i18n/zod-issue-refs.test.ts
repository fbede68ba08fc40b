import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type AppError,
  describeZodError,
  en,
  formatAppError,
  formatMessageRef,
  type MessageKey,
  type MutationName,
  prepareMutation,
  refOfZodError,
} from '../../../shared';
import { expectReadableRefusal, keysOf } from '../mutations/refusal-refs';
import { crmWorkspace, id, pmo, riskArgs } from '../mutations/workspace-fixture';

const used = new Set<MessageKey>();

/** The refusal of args that fail their schema; its keys count towards the coverage below. */
function refuseArgs(name: MutationName, args: unknown): AppError {
  const result = prepareMutation(name, args);
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(args)}`);
  for (const key of keysOf(expectReadableRefusal(result.error))) used.add(key);
  return result.error;
}

/** The issue keys of a refusal, in order. */
const issueKeysOf = (error: AppError) =>
  keysOf(expectReadableRefusal(error)).filter((key) => key.startsWith('refusal.args.issue.'));

const template = { id: id(10), name: 'Stage-gate', phases: [{ id: id(11), name: 'Discover' }] };

describe('invalid args: the texts of our schemas', () => {
  it.each([
    ['risk.create', { ...riskArgs, title: 'x'.repeat(301) }, 'atMostCharacters'],
    ['risk.create', { ...riskArgs, title: ' ' }, 'notEmpty'],
    ['project.create', { id: id(1), code: 'CRM', name: 'CRM rollout', bac: -5 }, 'notNegative'],
    ['risk.create', { ...riskArgs, probability: 'high' }, 'numberBetween'],
    ['risk.create', { ...riskArgs, probability: 2.5 }, 'wholeNumberBetween'],
    ['risk.create', { ...riskArgs, probability: 9 }, 'between'],
    ['project.create', { id: id(1), code: 'C R M', name: 'CRM rollout' }, 'codeCharacters'],
    ['settings.create', { id: id(5), currency: 'euro' }, 'currencyCode'],
    ['template.create', { ...template, phases: [] }, 'onePhase'],
    ['template.create', { ...template, phases: [template.phases[0], template.phases[0]] }, 'uniquePhaseIds'],
    [
      'settings.create',
      { id: id(5), riskMatrix: { size: 4, probabilityLabels: ['a', 'b', 'c'], impactLabels: ['a', 'b', 'c', 'd'] } },
      'labelPerRating',
    ],
  ] as const)('%s with %j: refusal.args.issue.%s', (name, args, issue) => {
    expect(issueKeysOf(refuseArgs(name, args))).toContain(`refusal.args.issue.${issue}`);
  });

  it('translates the rules across a record’s fields too', () => {
    const workspace = crmWorkspace();
    workspace.must('person.create', { id: id(50), name: 'Dana Okafor' }, pmo);
    const allocation = { id: id(51), personId: id(50), projectId: riskArgs.projectId, from: '2027-02-01' };
    for (const [name, args, issue] of [
      ['allocation.create', { ...allocation, to: '2027-03-01' }, 'hoursOrPercent'],
      ['allocation.create', { ...allocation, to: '2027-01-01', percent: 50 }, 'notBeforeFrom'],
      ['risk.create', { ...riskArgs, kind: 'opportunity', responseStrategy: 'avoid' }, 'responseFitsKind'],
    ] as const) {
      const result = workspace.run(name, args, pmo);
      const error = (result as { error: AppError }).error;
      expect(issueKeysOf(error)).toEqual([`refusal.args.issue.${issue}`]);
      for (const key of keysOf(expectReadableRefusal(error))) used.add(key);
    }
  });
});

describe("invalid args: zod's own texts", () => {
  it.each([
    ['risk.update', { id: riskArgs.id, patch: { title: 5 } }, 'invalidType'],
    ['risk.create', { ...riskArgs, title: undefined }, 'missing'],
    ['project.create', { id: id(1), code: 'CRM', name: 'CRM', managerId: 'm'.repeat(101) }, 'tooLong'],
    ['project.create', { id: id(1), code: 'CRM', name: 'CRM', jiraProjectKeys: Array(21).fill('CRM') }, 'tooManyItems'],
    ['project.create', { id: id(1), code: 'CRM', name: 'CRM', strategicPriority: 6 }, 'tooBig'],
    ['project.create', { id: id(1), code: 'CRM', name: 'CRM', strategicPriority: 0 }, 'tooSmall'],
    ['settings.create', { id: id(5), workingDays: [] }, 'noItems'],
    [
      'settings.create',
      { id: id(5), riskMatrix: { size: 3, probabilityLabels: ['a', 'b'], impactLabels: ['a', 'b', 'c'] } },
      'tooFewItems',
    ],
    ['risk.create', { ...riskArgs, id: 'R-12' }, 'invalidFormat'],
    ['risk.update', { id: riskArgs.id, patch: { status: 'forgotten' } }, 'invalidOption'],
    ['risk.update', { id: riskArgs.id, patch: { colour: 'red' } }, 'unrecognizedKey'],
    ['risk.update', { id: riskArgs.id, patch: { colour: 'red', size: 'L' } }, 'unrecognizedKeys'],
  ] as const)('%s with %j: refusal.args.issue.%s', (name, args, issue) => {
    expect(issueKeysOf(refuseArgs(name, args))).toContain(`refusal.args.issue.${issue}`);
  });

  it.each([
    [z.string().min(1), '', 'empty'],
    [z.string().min(3), 'ab', 'tooShort'],
    [z.string().regex(/^[a-z]+$/), 'A1', 'pattern'],
    [z.literal('go'), 'stop', 'invalidValue'],
    [z.union([z.string(), z.number()]), true, 'invalidInput'],
    [z.iso.date(), '15/03/2027', 'invalidFormat'],
    [z.number(), null, 'invalidType'],
    [z.number(), Number.NaN, 'invalidType'],
  ] as const)('%s on %j: refusal.args.issue.%s, in English exactly as describeZodError', (schema, value, issue) => {
    const parsed = (schema as z.ZodType).safeParse(value);
    if (parsed.success) throw new Error('accepted');
    const ref = refOfIssues(parsed.error);
    expect(formatMessageRef('en', ref)).toBe(describeZodError(parsed.error));
    expect(keysOf(ref).filter((key) => key.startsWith('refusal.args.issue.'))).toEqual([`refusal.args.issue.${issue}`]);
  });
});

describe('invalid args in French', () => {
  it('frames each field path with a French sentence and joins issues with " ; "', () => {
    const error = refuseArgs('risk.create', { ...riskArgs, title: undefined, probability: 9, id: 'R-12' });
    expect(error.message).toBe(
      'risk.create: title: Invalid input: expected string, received undefined; probability: must be from 1 to 5; id: Invalid UUID',
    );
    expect(formatAppError('fr', error)).toBe(
      'Arguments refusés pour risk.create : title : valeur manquante (il faut un texte) ; probability : doit être compris entre 1 et 5 ; id : format invalide (il faut un UUID)',
    );
  });

  it('names unknown fields and types in French', () => {
    const error = refuseArgs('risk.update', { id: riskArgs.id, patch: { title: 5, colour: 'red' } });
    expect(formatAppError('fr', error)).toBe(
      'Arguments refusés pour risk.update : patch.title : type invalide (il faut un texte, pas un nombre) ; patch : champ inconnu "colour"',
    );
  });

  it('keeps a text it cannot translate in English, inside a French frame', () => {
    const parsed = z
      .object({ rhyme: z.string().refine(() => false, 'must rhyme with "moon"') })
      .safeParse({ rhyme: 'x' });
    if (parsed.success) throw new Error('accepted');
    const ref = refOfIssues(parsed.error);
    expect(formatMessageRef('en', ref)).toBe('rhyme: must rhyme with "moon"');
    expect(formatMessageRef('fr', ref)).toBe('rhyme : valeur refusée (détail en anglais : « must rhyme with "moon" »)');
  });

  it('names args that are not an object at all', () => {
    const error = refuseArgs('risk.delete', null);
    expect(error.message).toBe('risk.delete: body: Invalid input: expected object, received null');
    expect(formatAppError('fr', error)).toBe(
      'Arguments refusés pour risk.delete : arguments : type invalide (il faut un objet, pas la valeur null)',
    );
  });
});

describe('coverage', () => {
  it('reaches every issue message of the catalog through real mutation args or zod itself', () => {
    const issueKeys = Object.keys(en).filter(
      (key) => key.startsWith('refusal.args.') && !['refusal.args.prototypeKey'].includes(key),
    ) as MessageKey[];
    const reached = new Set([...used, ...syntheticKeys]);
    expect(issueKeys.filter((key) => !reached.has(key))).toEqual([]);
  });
});

const syntheticKeys = new Set<MessageKey>();

/** refOfZodError, with its keys counted towards the coverage. */
function refOfIssues(error: z.ZodError) {
  const ref = refOfZodError(error);
  for (const key of keysOf(ref)) syntheticKeys.add(key);
  return ref;
}
