import { describe, expect, it } from 'vitest';
import { suggestRag } from '../../../../shared/analytics/rag/suggested-rag';
import type { ProjectFacts } from '../../../../shared/health/project-facts';
import { formatMessageRef } from '../../../../shared/i18n/format-message';
import {
  aMilestone,
  anAction,
  anIssue,
  anOverAllocation,
  aRisk,
  bobId,
  healthyFacts,
  projectId,
  settings,
} from '../../health/fixtures';

const metrics = healthyFacts().metrics;
const suggest = (facts: ProjectFacts, workspace = settings) => suggestRag(facts, workspace);
const light = (facts: ProjectFacts, dimension: keyof ReturnType<typeof suggest>['dimensions']) =>
  suggest(facts).dimensions[dimension].rag;

describe('suggested schedule RAG', () => {
  it('is green with SPI ≥ 0.95 and no mandatory slip over 5 working days', () => {
    const schedule = suggest(healthyFacts()).dimensions.schedule;
    expect(schedule.rag).toBe('green');
    expect(formatMessageRef('en', schedule.reason)).toBe('SPI is 1.01, at or above the green threshold of 0.95.');
  });

  it('turns amber below SPI 0.95 and red below 0.85', () => {
    expect(light(healthyFacts({ metrics: { ...metrics, spi: 0.9 } }), 'schedule')).toBe('amber');
    expect(light(healthyFacts({ metrics: { ...metrics, spi: 0.84 } }), 'schedule')).toBe('red');
  });

  it('lets a mandatory slip outweigh a good SPI: amber past 5 days, red past 15', () => {
    const amber = suggest(healthyFacts({ metrics: { ...metrics, worstMandatorySlipDays: 10 } })).dimensions.schedule;
    expect(amber.rag).toBe('amber');
    expect(formatMessageRef('en', amber.reason)).toBe(
      'A mandatory milestone has slipped 10 working days, beyond the green tolerance of 5.',
    );
    expect(light(healthyFacts({ metrics: { ...metrics, worstMandatorySlipDays: 16 } }), 'schedule')).toBe('red');
  });

  it('falls back on the milestones’ own slips when the metric is absent', () => {
    const milestones = [aMilestone({ slipDays: 18 }), aMilestone({ slipDays: 40, mandatory: false })];
    const facts = healthyFacts({ milestones, metrics: { hasBaseline: true, spi: 1 } });
    expect(light(facts, 'schedule')).toBe('red');
  });

  it('is at least amber when a mandatory milestone is past its forecast and not done', () => {
    const milestones = [aMilestone({ title: 'UAT sign-off', isOverdue: true, forecastDate: '2026-03-13' })];
    const schedule = suggest(healthyFacts({ milestones })).dimensions.schedule;
    expect(schedule.rag).toBe('amber');
    expect(formatMessageRef('en', schedule.reason)).toBe(
      'Mandatory milestones are past their forecast and not done (1: “UAT sign-off”).',
    );
  });

  it('waits for as many overdue milestones as the workspace sets before turning amber', () => {
    const milestones = [
      aMilestone({ title: 'UAT sign-off', isOverdue: true, forecastDate: '2026-03-13' }),
      aMilestone({ title: 'Go-live', isOverdue: true, forecastDate: '2026-03-16', mandatory: false }),
    ];
    const tolerant = (count: number) => ({
      ...settings,
      ragThresholds: { ...settings.ragThresholds, amberOverdueMilestones: count },
    });
    expect(suggest(healthyFacts({ milestones }), tolerant(3)).dimensions.schedule.rag).toBe('green');
    expect(suggest(healthyFacts({ milestones }), tolerant(2)).dimensions.schedule.rag).toBe('amber');
  });

  it('says there is not enough data rather than green when there is no SPI and no mandatory slip', () => {
    const facts = healthyFacts({ milestones: [aMilestone({ mandatory: false })], metrics: { hasBaseline: false } });
    expect(suggest(facts).dimensions.schedule).toMatchObject({
      rag: null,
      reason: { key: 'rag.schedule.notEnoughData' },
    });
  });

  it('reads its thresholds from the workspace settings', () => {
    const strict = { ...settings, ragThresholds: { ...settings.ragThresholds, greenIndex: 1.05 } };
    expect(suggest(healthyFacts(), strict).dimensions.schedule.rag).toBe('amber');
  });
});

describe('suggested cost RAG', () => {
  it('bands CPI like SPI', () => {
    expect(light(healthyFacts(), 'cost')).toBe('green');
    expect(light(healthyFacts({ metrics: { ...metrics, cpi: 0.9 } }), 'cost')).toBe('amber');
    expect(light(healthyFacts({ metrics: { ...metrics, cpi: 0.8 } }), 'cost')).toBe('red');
  });

  it('is red when the forecast overruns the budget by more than 10 %, whatever the CPI', () => {
    const cost = suggest(healthyFacts({ metrics: { ...metrics, cpi: 0.96, vac: -25_000 } })).dimensions.cost;
    expect(cost.rag).toBe('red');
    expect(formatMessageRef('en', cost.reason)).toBe('The forecast overruns the budget by 12.5%, more than 10%.');
  });

  it('judges by VAC alone when there is no CPI, and has not enough data with neither', () => {
    expect(light(healthyFacts({ metrics: { hasBaseline: true, vac: -5_000, bac: 200_000 } }), 'cost')).toBe('green');
    expect(light(healthyFacts({ metrics: { hasBaseline: true, vac: -5_000 } }), 'cost')).toBeNull();
  });
});

describe('suggested scope RAG', () => {
  it('is green with no pressing change request', () => {
    const issues = [
      anIssue({ type: 'change_request' }),
      anIssue({ type: 'change_request', priority: 'critical', status: 'closed' }),
    ];
    expect(light(healthyFacts({ issues }), 'scope')).toBe('green');
  });

  it('turns amber for a high-priority or overdue change request, or three open at once', () => {
    expect(light(healthyFacts({ issues: [anIssue({ type: 'change_request', priority: 'high' })] }), 'scope')).toBe(
      'amber',
    );
    const overdue = anIssue({ type: 'change_request', dueDate: '2026-03-13' });
    expect(light(healthyFacts({ issues: [overdue] }), 'scope')).toBe('amber');
    const three = [1, 2, 3].map(() => anIssue({ type: 'change_request' }));
    expect(light(healthyFacts({ issues: three }), 'scope')).toBe('amber');
  });

  it('is red while a critical change request is open', () => {
    expect(light(healthyFacts({ issues: [anIssue({ type: 'change_request', priority: 'critical' })] }), 'scope')).toBe(
      'red',
    );
  });
});

describe('suggested quality RAG', () => {
  it('is amber for an open off-specification or an overdue action, red for a critical off-specification', () => {
    expect(light(healthyFacts(), 'quality')).toBe('green');
    expect(light(healthyFacts({ issues: [anIssue({ type: 'off_specification' })] }), 'quality')).toBe('amber');
    expect(light(healthyFacts({ actions: [anAction({ dueDate: '2026-03-10' })] }), 'quality')).toBe('amber');
    const critical = anIssue({ type: 'off_specification', severity: 5 });
    expect(light(healthyFacts({ issues: [critical] }), 'quality')).toBe('red');
  });
});

describe('suggested resources RAG', () => {
  it('is red for an over-allocated key person, amber for anyone else, green otherwise', () => {
    expect(light(healthyFacts(), 'resources')).toBe('green');
    const key = anOverAllocation({ keyProjectIds: [projectId] });
    const resources = suggest(healthyFacts({ overAllocations: [key] })).dimensions.resources;
    expect(resources.rag).toBe('red');
    expect(formatMessageRef('fr', resources.reason)).toBe(
      'Des personnes clés sont surchargées dans les semaines à venir (1 : Alice Martin).',
    );
    const other = anOverAllocation({ personId: bobId, personName: 'Bob Leroy' });
    expect(light(healthyFacts({ overAllocations: [other] }), 'resources')).toBe('amber');
  });

  it('has not enough data when nobody is allocated to the project', () => {
    expect(light(healthyFacts({ allocations: [] }), 'resources')).toBeNull();
  });
});

describe('suggested risk RAG', () => {
  it('is green with no open threat above appetite', () => {
    expect(light(healthyFacts(), 'risk')).toBe('green');
  });

  it('is red for a threat above appetite with no active response and no escalation', () => {
    const accepted = aRisk({ title: 'Vendor insolvency', probability: 4, impact: 4, responseStrategy: 'accept' });
    const risk = suggest(healthyFacts({ risks: [accepted] })).dimensions.risk;
    expect(risk.rag).toBe('red');
    expect(formatMessageRef('en', risk.reason)).toBe(
      'Open threats above the appetite of 12 have no active response and were not escalated (1: “Vendor insolvency”).',
    );
  });

  it('is amber when every threat above appetite is being mitigated or was escalated', () => {
    const mitigated = aRisk({ probability: 4, impact: 4 });
    const escalated = aRisk({
      probability: 5,
      impact: 4,
      responseStrategy: 'accept',
      escalatedAt: '2026-03-01T09:00:00Z',
    });
    expect(light(healthyFacts({ risks: [mitigated, escalated] }), 'risk')).toBe('amber');
  });

  it('has not enough data when the register is empty', () => {
    expect(light(healthyFacts({ risks: [] }), 'risk')).toBeNull();
  });
});

describe('suggested overall RAG', () => {
  it('is the worst dimension, explained by that dimension’s reason', () => {
    const facts = healthyFacts({ metrics: { ...metrics, spi: 0.8 }, issues: [anIssue({ type: 'off_specification' })] });
    const { overall } = suggest(facts);
    expect(overall.rag).toBe('red');
    expect(formatMessageRef('en', overall.reason)).toBe(
      'Driven by schedule: SPI is 0.8, below the amber threshold of 0.85.',
    );
  });

  it('is green when every dimension is, and names the dimensions that lacked data', () => {
    expect(suggest(healthyFacts()).overall).toMatchObject({ rag: 'green', reason: { key: 'rag.overall.allGreen' } });
    const gaps = suggest(healthyFacts({ risks: [], allocations: [] })).overall;
    expect(formatMessageRef('en', gaps.reason)).toBe(
      'Green on the data available; not enough data for resources and risk.',
    );
  });
});
