// A submitted highlight report of the CRM rollout and the records it names, for the copy tests.
import type { ReportContext, ReportForCopy } from '../../../shared/reports/report-document';
import { aMilestone, anIssue, aRisk } from '../health/fixtures';

export const hostile = '<img src=x onerror=alert(1)>';

export const vendorRisk = aRisk({
  id: '00000000-0000-4000-8000-0000000000a1',
  title: 'Vendor insolvency',
  probability: 4,
  impact: 5,
  owner: { name: 'Alice Martin' },
});
export const hostileRisk = aRisk({ id: '00000000-0000-4000-8000-0000000000a2', title: hostile, owner: undefined });
export const loyaltyIssue = anIssue({ title: 'Loyalty points missing', priority: 'high', status: 'in_progress' });
export const goLive = aMilestone({ id: '00000000-0000-4000-8000-0000000000b1', title: 'Go-live' });

export const submittedReport: ReportForCopy = {
  periodStart: '2026-03-02',
  periodEnd: '2026-03-13',
  overall: {
    suggested: 'amber',
    suggestedReason: 'Driven by schedule: Mandatory milestones are past their forecast and not done (1: “Go-live”).',
    chosen: 'amber',
  },
  dimensions: {
    schedule: {
      suggested: 'amber',
      suggestedReason: 'Mandatory milestones are past their forecast and not done (1: “Go-live”).',
      chosen: 'amber',
      reason: 'Cut-over moved to 20 March | agreed with *Claire*',
    },
    cost: { suggested: 'green', suggestedReason: 'CPI is 0.98.', chosen: 'green' },
    risk: { chosen: 'red', reason: 'Vendor in receivership' },
  },
  summary: 'Data migration is late.\nCut-over moves one week.\n\n# Not a heading',
  achievements: '1. Trained 40 agents',
  escalations: hostile,
  keyRiskIds: [vendorRisk.id, hostileRisk.id, '00000000-0000-4000-8000-0000000000a9'],
  keyIssueIds: [loyaltyIssue.id],
  milestoneForecasts: [{ milestoneId: goLive.id, forecastDate: '2026-03-20' }],
  state: 'submitted',
  submittedAt: '2026-03-13T16:30:00.000Z',
};

export const context: ReportContext = {
  project: { code: 'CRM', name: 'CRM rollout' },
  risks: [vendorRisk, hostileRisk],
  issues: [loyaltyIssue],
  milestones: [goLive],
  submitterName: 'Marc Petit',
};
