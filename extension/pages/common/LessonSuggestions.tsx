import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { type RiskWords, suggestLessons } from '../../../shared/analytics/lessons/lesson-suggestions';
import { listLessons } from '../../db/lesson-queries';
import { adminPagePath, formatAdminRoute } from '../../messaging/admin-route';
import { useDatabase } from '../database-context';
import { useLiveQuery } from '../use-live-query';
import './lesson-suggestions.css';

/** How long typing must pause before the suggestions follow: a list that jumps at every key is unreadable. */
const settleMs = 300;

interface LessonSuggestionsProps {
  workspaceId: string;
  /** The new risk's words as typed so far. */
  risk: RiskWords;
  /** The most lessons shown. */
  limit: number;
  /** The popup's short form: no intro, no recommendation. */
  isCompact?: boolean;
}

/** `value`, once it has stayed the same for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * "Lessons that may apply" where a risk is raised (issue 18): the recorded lessons whose words
 * resemble the new risk's (shared/analytics/lessons/lesson-suggestions.ts), each with the words they
 * share, openable on the administration page in a new tab (so the risk being typed stays) and
 * dismissable. Nothing shows while none applies; the list is a polite live region.
 */
export function LessonSuggestions({ workspaceId, risk, limit, isCompact }: LessonSuggestionsProps) {
  const db = useDatabase();
  const lessons = useLiveQuery(() => listLessons(db, workspaceId), [db, workspaceId]);
  const key = [risk.title, risk.cause, risk.event, risk.effect].map((part) => part ?? '').join('\u0000');
  const settledKey = useSettled(key, settleMs);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const suggestions = useMemo(() => {
    const [title, cause, event, effect] = settledKey.split('\u0000');
    const all = suggestLessons({ title, cause, event, effect }, lessons ?? [], { limit: limit + dismissed.size });
    return all.filter((suggestion) => !dismissed.has(suggestion.lesson.id)).slice(0, limit);
  }, [settledKey, lessons, dismissed, limit]);
  const adminUrl = browser.runtime.getURL(adminPagePath);

  return (
    <div aria-live="polite" class="lesson-suggestions__region" data-testid="lesson-suggestions-region">
      {suggestions.length === 0 ? null : (
        <section
          class={`lesson-suggestions${isCompact ? ' lesson-suggestions--compact' : ''}`}
          aria-labelledby="lesson-suggestions-title"
          data-testid="lesson-suggestions"
        >
          <h4 id="lesson-suggestions-title" class="lesson-suggestions__title">
            {i18n.t('lessons.suggest.title')}
          </h4>
          {isCompact ? null : <p class="lesson-suggestions__intro">{i18n.t('lessons.suggest.intro')}</p>}
          <ul class="lesson-suggestions__list">
            {suggestions.map(({ lesson, shared }) => (
              <li key={lesson.id} class="lesson-suggestions__item" data-testid="lesson-suggestion">
                <span class="lesson-suggestions__body">
                  <a
                    href={`${adminUrl}${formatAdminRoute({ section: 'lessons', recordId: lesson.id })}`}
                    target="_blank"
                    rel="noopener"
                    data-testid="lesson-suggestion-open"
                  >
                    {lesson.title}
                    <span class="visually-hidden"> {i18n.t('lessons.suggest.opensNewTab')}</span>
                  </a>
                  <span class="lesson-suggestions__shares" data-testid="lesson-suggestion-shares">
                    {i18n.t('lessons.suggest.shares', [shared.join(', ')])}
                  </span>
                  {!isCompact && lesson.recommendation?.trim() ? (
                    <span class="lesson-suggestions__advice">{lesson.recommendation}</span>
                  ) : null}
                </span>
                <button
                  type="button"
                  class="button button--quiet button--icon lesson-suggestions__dismiss"
                  data-testid="lesson-suggestion-dismiss"
                  aria-label={i18n.t('lessons.suggest.dismiss', [lesson.title])}
                  title={i18n.t('lessons.suggest.dismiss', [lesson.title])}
                  onClick={() => setDismissed((current) => new Set([...current, lesson.id]))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
