import type { ImportContext } from '../../../shared/tabular';

export const projectId = '11111111-1111-4111-8111-111111111111';
export const otherProjectId = '22222222-2222-4222-8222-222222222222';
export const marieId = '33333333-3333-4333-8333-333333333333';
export const paulId = '44444444-4444-4444-8444-444444444444';

/** A workspace with two projects, two person records and one member without a person record. */
export function importContext(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    projectId,
    projects: [
      { id: projectId, code: 'PAY', name: 'Paiements' },
      { id: otherProjectId, code: 'CRM', name: 'Refonte CRM' },
    ],
    people: [
      { id: marieId, name: 'Marie Dupont', email: 'marie.dupont@example.fr', memberId: 'member-marie' },
      { id: paulId, name: 'Paul Martin' },
    ],
    members: [{ id: 'member-chloe', name: 'Chloé Bernard', email: 'chloe@example.fr' }],
    dateOrder: 'dmy',
    unknownOwners: 'reject',
    ...overrides,
  };
}
