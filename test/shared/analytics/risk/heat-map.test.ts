import { describe, expect, it } from 'vitest';
import { buildHeatMap } from '../../../../shared/analytics/risk/heat-map';
import { aRisk } from '../../health/fixtures';

describe('risk heat map', () => {
  const supplier = aRisk({ probability: 4, impact: 5, residualProbability: 2, residualImpact: 5 });
  const migration = aRisk({ probability: 4, impact: 5 });
  const training = aRisk({ probability: 1, impact: 2, residualProbability: 1, residualImpact: 1 });
  const closed = aRisk({ probability: 5, impact: 5, status: 'closed' });
  const risks = [supplier, migration, training, closed];

  it('counts open risks per inherent cell, probability by row and impact by column', () => {
    const map = buildHeatMap(risks, 5, 'inherent');
    expect(map.counts[3][4]).toBe(2);
    expect(map.counts[0][1]).toBe(1);
    expect(map.counts.flat().reduce((a, b) => a + b, 0)).toBe(3);
    expect(map.riskIds[3][4]).toEqual([supplier.id, migration.id]);
    expect(map.total).toBe(3);
  });

  it('moves mitigated risks to their residual cell and leaves unassessed ones where they are', () => {
    const map = buildHeatMap(risks, 5, 'residual');
    expect(map.counts[1][4]).toBe(1);
    expect(map.counts[3][4]).toBe(1);
    expect(map.counts[0][0]).toBe(1);
  });

  it('can include closed risks, filter by kind, and sets aside ratings a smaller matrix cannot hold', () => {
    expect(buildHeatMap(risks, 5, 'inherent', { includeClosed: true }).counts[4][4]).toBe(1);
    expect(buildHeatMap(risks, 5, 'inherent', { kind: 'opportunity' }).total).toBe(0);
    const small = buildHeatMap(risks, 3, 'inherent');
    expect(small.counts).toHaveLength(3);
    expect(small.outsideMatrix).toEqual([supplier.id, migration.id]);
    expect(small.total).toBe(1);
  });
});
