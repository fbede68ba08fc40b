import { describe, expect, it } from 'vitest';
import { suggestRag } from '../../../shared/analytics/rag/suggested-rag';
import { findUnexplainedOverrides } from '../../../shared/mutations/intents/status-submit';
import { buildDraftLights, refreshDraftLights, withLight } from '../../../shared/reports/report-lights';
import { aMilestone, healthyFacts, settings } from '../health/fixtures';

const overdueGoLive = aMilestone({ title: 'Go-live', forecastDate: '2026-03-02', isOverdue: true, slipDays: 3 });
const lateFacts = healthyFacts({ milestones: [overdueGoLive] });

describe('the lights of a new draft', () => {
  it('start on the suggestion, each with its one-sentence reason in the writer’s language', () => {
    const lights = buildDraftLights(suggestRag(lateFacts, settings), 'en');
    expect(lights.dimensions.schedule).toEqual({
      suggested: 'amber',
      suggestedReason: 'Mandatory milestones are past their forecast and not done (1: “Go-live”).',
      chosen: 'amber',
    });
    expect(lights.overall).toMatchObject({ suggested: 'amber', chosen: 'amber' });
    expect(lights.overall.suggestedReason).toBe(
      'Driven by schedule: Mandatory milestones are past their forecast and not done (1: “Go-live”).',
    );
    expect(lights.dimensions.cost).toMatchObject({ suggested: 'green', chosen: 'green' });
  });

  it('are written in French for a French writer', () => {
    const lights = buildDraftLights(suggestRag(lateFacts, settings), 'fr');
    expect(lights.dimensions.schedule?.suggestedReason).toContain('« Go-live »');
  });

  it('leave out a dimension the data cannot rate, rather than a fake green', () => {
    const lights = buildDraftLights(suggestRag(healthyFacts({ risks: [] }), settings), 'en');
    expect(lights.dimensions.risk).toBeUndefined();
    expect(Object.keys(lights.dimensions)).toEqual(['schedule', 'cost', 'scope', 'resources', 'quality']);
  });
});

describe('a draft’s lights against new data', () => {
  it('follow the suggestion where the PM left it, and keep a choice made against it', () => {
    const before = buildDraftLights(suggestRag(healthyFacts(), settings), 'en');
    const chosen = withLight(before, 'cost', {
      ...before.dimensions.cost!,
      chosen: 'amber',
      reason: 'Supplier invoice due',
    });
    const after = refreshDraftLights(chosen, suggestRag(lateFacts, settings), 'en');
    expect(after.dimensions.schedule).toMatchObject({ suggested: 'amber', chosen: 'amber' });
    expect(after.dimensions.cost).toMatchObject({
      suggested: 'green',
      chosen: 'amber',
      reason: 'Supplier invoice due',
    });
  });

  it('keep a light the PM rated where the data has nothing to say', () => {
    const lights = buildDraftLights(suggestRag(healthyFacts({ risks: [] }), settings), 'en');
    const rated = withLight(lights, 'risk', { chosen: 'green' });
    const after = refreshDraftLights(rated, suggestRag(healthyFacts({ risks: [] }), settings), 'en');
    expect(after.dimensions.risk?.chosen).toBe('green');
    expect(after.dimensions.risk).not.toHaveProperty('suggested');
    expect(after.dimensions.risk?.suggestedReason).toMatch(/^Not enough data/);
  });
});

describe('the override rule status.submit enforces', () => {
  const lights = buildDraftLights(suggestRag(lateFacts, settings), 'en');

  it('names each light set against the suggestion without a reason, overall first', () => {
    let changed = withLight(lights, 'schedule', { ...lights.dimensions.schedule!, chosen: 'green' });
    changed = withLight(changed, 'overall', { ...changed.overall, chosen: 'green', reason: '  ' });
    expect(findUnexplainedOverrides(changed).map((found) => found.name)).toEqual(['overall', 'schedule']);
  });

  it('is satisfied by a reason, by following the suggestion, or when there was no suggestion', () => {
    const explained = withLight(lights, 'schedule', {
      ...lights.dimensions.schedule!,
      chosen: 'green',
      reason: 'Go-live moved by the sponsor',
    });
    expect(findUnexplainedOverrides(explained)).toEqual([]);
    expect(findUnexplainedOverrides(lights)).toEqual([]);
    expect(findUnexplainedOverrides(withLight(lights, 'risk', { chosen: 'red' }))).toEqual([]);
  });
});
