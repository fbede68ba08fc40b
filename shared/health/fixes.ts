import { fromDayNumber, toDayNumber } from '../analytics/resources/iso-day';
import type { AnyRecord } from '../entities';
import type { MessageKey } from '../i18n/message-ref';
import type { MutationName } from '../mutations/registry';
import type { Finding } from './types';

/** A risk looked at again in two weeks: the review cycle a new risk starts with (capture, Jira, workspace). */
export const riskReviewAfterDays = 14;

/** A mutation that settles a finding in one click, with the words of its button. */
export interface FindingFix {
  labelKey: MessageKey;
  name: MutationName;
  args: { id: string; patch: Record<string, unknown>; expected: Record<string, unknown> };
}

/** Who clicks: a fix that names a person names them. */
export interface Fixer {
  id: string;
  name: string;
}

/**
 * The obvious fix of a finding, when there is one that needs no choice: review an overdue risk in two
 * weeks, own a risk nobody owns, take the forecast as a milestone's first baseline, manage a project
 * without a manager. Each update expects the field as the finding saw it, so it never overwrites a
 * fix someone made meanwhile. Other findings need a decision and have none.
 */
export function suggestFix(finding: Finding, record: AnyRecord | undefined, context: { today: string; me: Fixer }) {
  if (!record) return undefined;
  const update = (labelKey: MessageKey, name: MutationName, patch: Record<string, unknown>): FindingFix => ({
    labelKey,
    name,
    args: {
      id: record.id,
      patch,
      // A field that was empty cannot be expected empty (JSON drops undefined), so only set ones are.
      expected: Object.fromEntries(
        Object.keys(patch)
          .filter((field) => record[field] !== undefined)
          .map((field) => [field, record[field]]),
      ),
    },
  });
  switch (finding.ruleId) {
    case 'risk-review-overdue':
      return update('fix.reviewInTwoWeeks', 'risk.update', {
        reviewDate: fromDayNumber(toDayNumber(context.today) + riskReviewAfterDays),
      });
    case 'risk-without-owner':
      return update('fix.ownRisk', 'risk.update', { owner: { memberId: context.me.id, name: context.me.name } });
    case 'milestone-without-baseline':
      return typeof record.forecastDate === 'string'
        ? update('fix.baselineFromForecast', 'milestone.update', { baselineDate: record.forecastDate })
        : undefined;
    case 'project-without-manager':
      return update('fix.manageProject', 'project.update', { managerId: context.me.id, managerName: context.me.name });
    default:
      return undefined;
  }
}
