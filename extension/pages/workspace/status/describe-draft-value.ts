import type { Rag } from '../../../../shared/schemas/common';
import type { DimensionStatus } from '../../../../shared/schemas/status-report';
import type { ProjectView } from '../project-view';
import { lightLabel, ragLabel } from './report-labels';
import type { DraftField } from './use-report-draft';

const isRag = (value: unknown): value is Rag => value === 'green' || value === 'amber' || value === 'red';

function describeLight(light: DimensionStatus | undefined): string {
  if (!light || !isRag(light.chosen)) return '—';
  return light.reason ? `${ragLabel(light.chosen)} (${light.reason})` : ragLabel(light.chosen);
}

/**
 * A draft field's value as a person compares it in a conflict ("Schedule: Amber, Cost: Green", risk
 * titles), where the stored value is an object or a list of ids. Plain values are left as they are.
 */
export function describeDraftValue(view: ProjectView, field: string, value: unknown): unknown {
  switch (field as DraftField) {
    case 'overall':
      return describeLight(value as DimensionStatus | undefined);
    case 'dimensions':
      return Object.entries((value ?? {}) as Record<string, DimensionStatus>)
        .map(([name, light]) => `${lightLabel(name as never)}: ${describeLight(light)}`)
        .join(', ');
    case 'keyRiskIds':
      return ((value ?? []) as string[]).map((id) => view.records.risks.find((risk) => risk.id === id)?.title ?? id);
    case 'keyIssueIds':
      return ((value ?? []) as string[]).map((id) => view.records.issues.find((issue) => issue.id === id)?.title ?? id);
    case 'milestoneForecasts':
      return String(((value ?? []) as unknown[]).length);
    default:
      return value;
  }
}
