import { describe, expect, it } from 'vitest';
import { suggestRag } from '../../../shared/analytics/rag/suggested-rag';
import { formatMessage } from '../../../shared/i18n/format-message';
import { buildDraftLights, withLight } from '../../../shared/reports/report-lights';
import { previewWatermelon } from '../../../shared/reports/watermelon-preview';
import { aMilestone, aProject, aStatusReport, healthyFacts, settings, settingsWith } from '../health/fixtures';

const facts = healthyFacts({
  milestones: [aMilestone({ title: 'Go-live', forecastDate: '2026-03-02', isOverdue: true })],
  // The last report is two months old: a draft written today is not stale for that.
  statusReports: [aStatusReport({ periodEnd: '2026-01-09', submittedAt: '2026-01-12T09:00:00.000Z' })],
});
const honest = { id: '00000000-0000-4000-8000-0000000000d1', ...buildDraftLights(suggestRag(facts, settings), 'en') };
const green = { ...honest, ...withLight(honest, 'schedule', { ...honest.dimensions.schedule!, chosen: 'green' }) };

describe('the watermelon finding of a draft', () => {
  it('appears when the schedule light is chosen green against an overdue mandatory milestone', () => {
    const finding = previewWatermelon(facts, settings, green);
    expect(finding).toMatchObject({
      ruleId: 'status-watermelon',
      severity: 'critical',
      entity: 'statusReport',
      entityId: honest.id,
      coachingKey: 'health.watermelon.coaching',
    });
    expect(formatMessage('en', finding!.messageKey, finding!.params)).toBe(
      'This report says green, but mandatory milestones are overdue (1: “Go-live”).',
    );
    expect(formatMessage('fr', finding!.messageKey, finding!.params)).toBe(
      'Ce rapport affiche vert, mais des jalons obligatoires sont en retard (1 : « Go-live »).',
    );
  });

  it('appears for a green overall light too, and not while the lights follow the data', () => {
    const overallGreen = { ...honest, ...withLight(honest, 'overall', { ...honest.overall, chosen: 'green' }) };
    expect(previewWatermelon(facts, settings, overallGreen)).toBeDefined();
    expect(previewWatermelon(facts, settings, honest)).toBeUndefined();
  });

  it('does not appear when the data supports green', () => {
    const healthy = healthyFacts();
    const draft = { id: honest.id, ...buildDraftLights(suggestRag(healthy, settings), 'en') };
    expect(draft.overall.chosen).toBe('green');
    expect(previewWatermelon(healthy, settings, draft)).toBeUndefined();
  });

  it('follows the workspace’s tuning: switched off shows nothing, a new severity and threshold apply', () => {
    expect(previewWatermelon(facts, settingsWith({ 'status-watermelon': { enabled: false } }), green)).toBeUndefined();
    const tuned = settingsWith({ 'status-watermelon': { severity: 'warning', params: { spiBelow: 1.05 } } });
    const finding = previewWatermelon(facts, tuned, green);
    expect(finding?.severity).toBe('warning');
    expect(formatMessage('en', finding!.messageKey, finding!.params)).toContain('SPI is 1.01, below 1.05');
  });

  it('stays quiet for a closed project, as the health checks do', () => {
    expect(previewWatermelon({ ...facts, project: aProject({ state: 'closed' }) }, settings, green)).toBeUndefined();
  });
});
