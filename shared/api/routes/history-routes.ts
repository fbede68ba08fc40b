import { allRoles } from '../../roles';
import { HistoryPageSchema, HistoryQuerySchema } from '../history';
import { defineRoute, memberAccess } from './route-description';

/**
 * `GET /v1/workspaces/:ws/history` (worker/routes/history.ts): who changed which record, when, and
 * each field from → to. Every member reads it: every member already pulls every record.
 */
export const historyRoutes = {
  readHistory: defineRoute({
    method: 'GET',
    path: '/v1/workspaces/:ws/history',
    tag: 'History',
    summary: 'Read the change history of records',
    description:
      'Newest first; filter by entity, record id and time; pass nextCursor as ?cursor= for the next page. Kept for the workspace setting historyRetentionDays (default 365). byName is null once the directory no longer knows the member.',
    ...memberAccess(allRoles),
    query: HistoryQuerySchema,
    responses: { 200: { description: 'One page of history entries.', schema: HistoryPageSchema } },
  }),
};
