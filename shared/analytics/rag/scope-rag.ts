import { quotedTitles } from '../../health/fact-queries';
import type { ProjectFacts } from '../../health/project-facts';
import { messageRef } from '../../i18n/message-ref';
import { isIssueOverdue, isOpenIssue } from '../raid/raid-overdue';
import type { DimensionSuggestion, RagOptions, Signal } from './rag-scale';
import { worstSignal } from './rag-scale';

/**
 * Scope, from the open change requests (issues of type change_request, open or in progress):
 * red if one is critical; amber if one is high priority, one is past its due date, or at least
 * maxOpenChangeRequests are open; green otherwise (an empty register included: it is data).
 */
export function suggestScopeRag(facts: ProjectFacts, options: RagOptions): DimensionSuggestion {
  const open = facts.issues.filter((issue) => issue.type === 'change_request' && isOpenIssue(issue));
  const critical = open.filter((issue) => issue.priority === 'critical');
  const high = open.filter((issue) => issue.priority === 'high');
  const overdue = open.filter((issue) => isIssueOverdue(issue, facts.today));
  const signals: Signal[] = [];
  if (critical.length > 0) {
    const titles = quotedTitles(critical.map((issue) => issue.title));
    signals.push({
      rag: 'red',
      reason: messageRef('rag.scope.criticalChangeRequest', { count: critical.length, titles }),
    });
  }
  if (high.length > 0) {
    const titles = quotedTitles(high.map((issue) => issue.title));
    signals.push({
      rag: 'amber',
      reason: messageRef('rag.scope.highPriorityChangeRequest', { count: high.length, titles }),
    });
  }
  if (overdue.length > 0) {
    const titles = quotedTitles(overdue.map((issue) => issue.title));
    signals.push({
      rag: 'amber',
      reason: messageRef('rag.scope.changeRequestOverdue', { count: overdue.length, titles }),
    });
  }
  if (open.length >= options.maxOpenChangeRequests) {
    const reason = messageRef('rag.scope.manyChangeRequests', {
      count: open.length,
      max: options.maxOpenChangeRequests,
    });
    signals.push({ rag: 'amber', reason });
  }
  const worst = worstSignal(signals) ?? {
    rag: 'green',
    reason: messageRef('rag.scope.underControl', { count: open.length }),
  };
  return { dimension: 'scope', ...worst };
}
