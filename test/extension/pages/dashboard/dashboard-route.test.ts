import { describe, expect, it } from 'vitest';
import {
  formatDashboardRoute,
  hasDashboardFilter,
  parseDashboardRoute,
} from '../../../../extension/messaging/dashboard-route';

describe('the dashboard address', () => {
  it('reads the section and the filters of a bookmark', () => {
    expect(parseDashboardRoute('#/risks?sponsor=Ada%20Lovelace&rag=red&state=active')).toEqual({
      section: 'risks',
      filter: { sponsor: 'Ada Lovelace', rag: 'red', state: 'active' },
    });
  });

  it('falls back to the portfolio and drops what it cannot trust', () => {
    expect(parseDashboardRoute('')).toEqual({ section: 'portfolio', filter: {} });
    expect(parseDashboardRoute('#/nowhere?rag=purple&phase=')).toEqual({ section: 'portfolio', filter: {} });
    expect(parseDashboardRoute(`#/evm?manager=${'x'.repeat(300)}`)).toEqual({ section: 'evm', filter: {} });
  });

  it('writes the filters in a fixed order and leaves empty ones out', () => {
    const hash = formatDashboardRoute({ section: 'gates', filter: { rag: 'amber', manager: 'm-1', phase: '' } });
    expect(hash).toBe('#/gates?manager=m-1&rag=amber');
    expect(formatDashboardRoute({ section: 'portfolio', filter: {} })).toBe('#/portfolio');
    expect(parseDashboardRoute(hash)).toEqual({ section: 'gates', filter: { manager: 'm-1', rag: 'amber' } });
  });

  it('says whether any filter is set', () => {
    expect(hasDashboardFilter({})).toBe(false);
    expect(hasDashboardFilter({ state: 'active' })).toBe(true);
  });
});
