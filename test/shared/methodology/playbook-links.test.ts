import { describe, expect, it } from 'vitest';
import { healthRuleIds } from '../../../shared/health/rules';
import {
  listGateCriteria,
  listPlaybooksForCriterion,
  listPlaybooksForRule,
  searchPlaybooks,
} from '../../../shared/methodology/playbook-links';
import { buildStageGateTemplate } from '../../../shared/methodology/stage-gate-template';
import { PlaybookFieldsSchema, playbookMarkdownMax } from '../../../shared/schemas/playbooks';

const criterion = '00000000-0000-4000-8000-0000000000c1';

const playbook = (id: string, title: string, extra: Partial<Record<string, unknown>> = {}) => ({
  id,
  title,
  markdown: '',
  tags: [] as string[],
  ruleIds: [] as string[],
  criterionIds: [] as string[],
  ...extra,
});

const escalation = playbook('p1', 'Escalating a risk', {
  ruleIds: ['risk-above-appetite-not-escalated', 'risk-without-response'],
  tags: ['Gouvernance'],
  markdown: 'Ask the **board** at the next réunion.',
});
const owners = playbook('p2', 'Choosing a risk owner', { ruleIds: ['risk-without-owner', 'risk-without-response'] });
const businessCase = playbook('p3', 'Writing the business case', { criterionIds: [criterion] });
const all = [escalation, owners, businessCase];

describe('playbook links', () => {
  it('lists the playbooks that coach a rule, by title, and none for a rule nobody coaches', () => {
    expect(listPlaybooksForRule(all, 'risk-without-response').map((each) => each.title)).toEqual([
      'Choosing a risk owner',
      'Escalating a risk',
    ]);
    expect(listPlaybooksForRule(all, 'milestone-overdue')).toEqual([]);
  });

  it('lists the playbooks that help meet a gate criterion', () => {
    expect(listPlaybooksForCriterion(all, criterion).map((each) => each.id)).toEqual(['p3']);
    expect(listPlaybooksForCriterion(all, '00000000-0000-4000-8000-0000000000c2')).toEqual([]);
  });

  it('searches title, tags and text, every word, case and accents ignored', () => {
    expect(searchPlaybooks(all, '').map((each) => each.id)).toEqual(['p2', 'p1', 'p3']);
    expect(searchPlaybooks(all, 'RISK').map((each) => each.id)).toEqual(['p2', 'p1']);
    expect(searchPlaybooks(all, 'reunion board').map((each) => each.id)).toEqual(['p1']);
    expect(searchPlaybooks(all, 'gouvernance').map((each) => each.id)).toEqual(['p1']);
    expect(searchPlaybooks(all, 'risk case')).toEqual([]);
  });

  it('offers every gate criterion of the templates, must-meet before should-meet, with its gate', () => {
    const template = buildStageGateTemplate(() => crypto.randomUUID());
    const choices = listGateCriteria([template]);
    const gated = template.phases.filter((phase) => phase.gate);
    const count = gated.reduce(
      (sum, phase) => sum + (phase.gate?.mustMeet.length ?? 0) + (phase.gate?.shouldMeet.length ?? 0),
      0,
    );
    expect(choices).toHaveLength(count);
    const first = gated[0];
    expect(choices[0]).toEqual({
      criterionId: first.gate?.mustMeet[0].id,
      text: first.gate?.mustMeet[0].text,
      kind: 'mustMeet',
      templateId: template.id,
      templateName: template.name,
      phaseName: first.name,
      gateName: first.gate?.name,
    });
    expect(choices.filter((choice) => choice.phaseName === first.name).map((choice) => choice.kind)).toEqual([
      ...(first.gate?.mustMeet ?? []).map(() => 'mustMeet'),
      ...(first.gate?.shouldMeet ?? []).map(() => 'shouldMeet'),
    ]);
  });
});

describe('the playbook schema', () => {
  it('takes the rule ids of shared/health and gate criterion ids, with defaults for the rest', () => {
    expect(PlaybookFieldsSchema.parse({ title: ' Escalation ', ruleIds: healthRuleIds })).toEqual({
      title: 'Escalation',
      markdown: '',
      ruleIds: healthRuleIds,
      criterionIds: [],
      tags: [],
    });
  });

  it('refuses an oversized page, a repeated link and a rule id that is not one', () => {
    const refused = (fields: Record<string, unknown>) =>
      !PlaybookFieldsSchema.safeParse({ title: 'Escalation', ...fields }).success;
    expect(refused({ markdown: 'x'.repeat(playbookMarkdownMax) })).toBe(false);
    expect(refused({ markdown: 'x'.repeat(playbookMarkdownMax + 1) })).toBe(true);
    expect(refused({ ruleIds: ['risk-without-owner', 'risk-without-owner'] })).toBe(true);
    expect(refused({ ruleIds: ['<script>'] })).toBe(true);
    expect(refused({ criterionIds: [criterion, criterion] })).toBe(true);
    expect(refused({ criterionIds: ['not-an-id'] })).toBe(true);
    expect(refused({ title: '   ' })).toBe(true);
  });

  it('keeps the Markdown as written but for deceptive characters', () => {
    const parsed = PlaybookFieldsSchema.parse({ title: 'T', markdown: '# Title\n\n<script>x</script> adm\u202Enimo' });
    expect(parsed.markdown).toBe('# Title\n\n<script>x</script> admnimo');
  });
});
