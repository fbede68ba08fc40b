import { quotedTitles } from '../../health/fact-queries';
import type { ProjectFacts } from '../../health/project-facts';
import { messageRef } from '../../i18n/message-ref';
import { isActionOverdue, isIssueOverdue, isOpenIssue } from '../raid/raid-overdue';
import type { DimensionSuggestion, Signal } from './rag-scale';
import { worstSignal } from './rag-scale';

/**
 * Quality: red if an open off-specification is critical (priority critical or severity 5);
 * amber if any off-specification is open, a problem is past its due date, or an action is
 * overdue; green otherwise.
 */
export function suggestQualityRag(facts: ProjectFacts): DimensionSuggestion {
  const offSpecs = facts.issues.filter((issue) => issue.type === 'off_specification' && isOpenIssue(issue));
  const critical = offSpecs.filter((issue) => issue.priority === 'critical' || issue.severity >= 5);
  const overdueProblems = facts.issues.filter(
    (issue) => issue.type === 'problem' && isIssueOverdue(issue, facts.today),
  );
  const overdueActions = facts.actions.filter((action) => isActionOverdue(action, facts.today));
  const signals: Signal[] = [];
  if (critical.length > 0) {
    const titles = quotedTitles(critical.map((issue) => issue.title));
    signals.push({ rag: 'red', reason: messageRef('rag.quality.criticalOffSpec', { count: critical.length, titles }) });
  }
  if (offSpecs.length > 0) {
    const titles = quotedTitles(offSpecs.map((issue) => issue.title));
    signals.push({ rag: 'amber', reason: messageRef('rag.quality.openOffSpec', { count: offSpecs.length, titles }) });
  }
  if (overdueProblems.length > 0) {
    signals.push({
      rag: 'amber',
      reason: messageRef('rag.quality.overdueProblems', { count: overdueProblems.length }),
    });
  }
  if (overdueActions.length > 0) {
    signals.push({ rag: 'amber', reason: messageRef('rag.quality.overdueActions', { count: overdueActions.length }) });
  }
  const worst = worstSignal(signals) ?? { rag: 'green', reason: messageRef('rag.quality.clear', {}) };
  return { dimension: 'quality', ...worst };
}
