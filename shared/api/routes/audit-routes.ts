import { governingRoles } from '../../roles';
import { AuditPageSchema, AuditQuerySchema } from '../directory';
import { defineRoute, memberAccess } from './route-description';

/** `GET /v1/workspaces/:ws/audit` (worker/routes/audit.ts): who changed the directory, newest first. */
export const auditRoutes = {
  readAudit: defineRoute({
    method: 'GET',
    path: '/v1/workspaces/:ws/audit',
    tag: 'Members',
    summary: 'Read the audit log of the directory',
    description: 'Newest first; pass nextBefore as ?before= for the next page.',
    ...memberAccess(governingRoles, 'read the audit log'),
    query: AuditQuerySchema,
    responses: { 200: { description: 'One page of audit entries.', schema: AuditPageSchema } },
  }),
};
