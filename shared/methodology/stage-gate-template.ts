import type { TemplateFields } from '../schemas/methodology';

/** The built-in method as a `template.create` argument: the template's fields and its id. */
export type BuiltInTemplate = TemplateFields & { id: string };

/** The name the built-in method carries in every new workspace. */
export const stageGateTemplateName = 'Stage-gate (Interim PMO standard)';

/**
 * The stage-gate method every new workspace starts with (docs/domain.md "Methodology template"):
 * Initiate, Plan, Execute, Close, with a gate into each phase after the first, as in Cooper's
 * Stage-Gate and PRINCE2's stage boundaries. A phase's required artifacts are what its gate looks
 * at. Must-meet criteria are knock-outs; should-meet criteria are scored 0–5 and weighted, and
 * `passScore` is the weighted score a "go" is expected to reach. The content is a starting point a
 * PMO adapts; ids come from `newId` (a UUID per call in the Worker) so two workspaces never share one.
 */
export function buildStageGateTemplate(newId: () => string): BuiltInTemplate {
  const criteria = (texts: string[]) => texts.map((text) => ({ id: newId(), text }));
  const weighted = (entries: [string, number][]) => entries.map(([text, weight]) => ({ id: newId(), text, weight }));
  return {
    id: newId(),
    name: stageGateTemplateName,
    kind: 'stage_gate',
    description:
      'Four phases with a gate before Plan, Execute and Close: at each gate the sponsor confirms the project is still worth doing before more money is committed. Must-meet criteria are knock-outs; should-meet criteria are scored 0 to 5 and weighted.',
    templateVersion: 1,
    phases: [
      {
        id: newId(),
        name: 'Initiate',
        requiredArtifacts: ['Project mandate', 'Named sponsor'],
      },
      {
        id: newId(),
        name: 'Plan',
        requiredArtifacts: ['Outline business case', 'Project charter', 'Stakeholder map'],
        gate: {
          name: 'Gate 1: approve the business case',
          mustMeet: criteria([
            'Outline business case approved by the sponsor',
            'Sponsor named and accountable for the benefits',
            'Strategic fit confirmed by the portfolio board',
          ]),
          shouldMeet: weighted([
            ['Benefits quantified, each with an owner and a measure', 3],
            ['Options analysed, doing nothing included', 2],
            ['Major risks identified, each with a first response', 2],
            ['Rough cost and timeline estimated', 1],
          ]),
          passScore: 3,
        },
      },
      {
        id: newId(),
        name: 'Execute',
        requiredArtifacts: [
          'Detailed business case',
          'Project plan with baseline',
          'Risk register',
          'RACI matrix',
          'Communication plan',
        ],
        gate: {
          name: 'Gate 2: approve the plan and release the budget',
          mustMeet: criteria([
            'Detailed business case approved and funding released',
            'Schedule baselined, with milestones and the critical path',
            'Budget at completion approved and cost baseline set',
            'Key roles staffed and RACI agreed for each deliverable',
          ]),
          shouldMeet: weighted([
            ['Every risk above appetite has an owner and a response', 3],
            ['Quality criteria and acceptance tests defined', 2],
            ['Dependencies on other projects agreed in writing', 2],
            ['Communication plan and reporting cycle agreed', 1],
          ]),
          passScore: 3,
        },
      },
      {
        id: newId(),
        name: 'Close',
        requiredArtifacts: [
          'Acceptance certificate',
          'Handover to operations',
          'Lessons learned report',
          'End project report',
        ],
        gate: {
          name: 'Gate 3: accept the deliverables and close',
          mustMeet: criteria([
            'Deliverables accepted by the sponsor against their acceptance criteria',
            'Operations or support ready to take over',
            'No critical issue left open',
          ]),
          shouldMeet: weighted([
            ['Benefits realisation plan handed to the benefit owner', 3],
            ['Open risks and issues handed to an owner beyond the project', 2],
            ['Lessons learned recorded and shared', 2],
            ['Final cost within tolerance of the approved budget', 1],
          ]),
          passScore: 3,
        },
      },
    ],
  };
}
