import { allRoles } from '../../roles';
import { PortfolioQuerySchema, PortfolioResponseSchema } from '../portfolio';
import { defineRoute, memberAccess } from './route-description';

/** Reports computed where the data is, in the workspace's Durable Object (worker/routes/reports.ts). */
export const reportRoutes = {
  readPortfolio: defineRoute({
    method: 'GET',
    path: '/v1/workspaces/:ws/reports/portfolio',
    tag: 'Reports',
    summary: 'Portfolio review: RAG, EVM, slips, trends, risks, capacity, findings, pending gates',
    description:
      'As of the server UTC date; the same figures as the PMO dashboard (shared/analytics/portfolio buildPortfolioDashboard). `?format=csv` answers one row per project (text/csv) for BI tools.',
    ...memberAccess(allRoles),
    query: PortfolioQuerySchema,
    responses: {
      200: {
        description: 'The portfolio review as JSON, or CSV with ?format=csv.',
        schema: PortfolioResponseSchema,
        textAlternative: 'text/csv',
      },
    },
  }),
};
