import { Hono } from 'hono';
import { apiRoutes, type PortfolioResponse, renderPortfolioCsv } from '../../shared';
import type { AppEnv } from '../env';
import { servedAs } from '../http/guard-route';
import { getWorkspaceRpc } from '../workspace/workspace-stub';

/**
 * `GET /v1/workspaces/:ws/reports/portfolio` (any member): the roll-up of every live record as of
 * today (server UTC date), as JSON or, with `?format=csv`, one row per project for BI tools.
 */
export const reports = new Hono<AppEnv>().on(...servedAs(apiRoutes.readPortfolio), async (c) => {
  const today = new Date().toISOString().slice(0, 10);
  const portfolio = await getWorkspaceRpc(c.env, c.get('member').workspaceId).readPortfolio(today);
  if (c.req.valid('query').format === 'json') return c.json(portfolio satisfies PortfolioResponse);
  return c.body(renderPortfolioCsv(portfolio), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="portfolio-${today}.csv"`,
  });
});
