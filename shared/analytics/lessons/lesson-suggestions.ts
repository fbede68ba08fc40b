import type { Lesson } from '../../schemas/lesson';
import type { Risk } from '../../schemas/risk';
import { wordStemsOf } from './lesson-words';

/** What a risk is about in words: its title and its cause, event and effect. */
export type RiskWords = Partial<Pick<Risk, 'title' | 'cause' | 'event' | 'effect'>>;

/** A lesson that may apply to a risk, how much it resembles it and the words they share (as the risk has them). */
export interface LessonSuggestion {
  lesson: Lesson;
  /** Share of the risk's words, weighted by rarity, that the lesson uses too: 0–1. */
  score: number;
  shared: string[];
}

export interface SuggestOptions {
  /** The most suggestions; 3 unless told. */
  limit?: number;
  /** The least score suggested; `suggestionThreshold` unless told. */
  threshold?: number;
}

/** The least score a lesson needs to be suggested: a quarter of what the risk says, by weight. */
export const suggestionThreshold = 0.25;

/** The words a lesson is matched on: title, what happened and tags (docs/domain.md "Lessons learned"). */
function lessonText(lesson: Lesson): string {
  return [lesson.title, lesson.whatHappened, lesson.tags.join(' ')].join('\n');
}

/**
 * The lessons whose words resemble a risk's (docs/domain.md "Lessons learned"), best first.
 *
 * Both sides become sets of stems (wordStemsOf: folded, stop words in English and French dropped,
 * light suffix stripping). Each stem weighs its smoothed inverse document frequency among the
 * lessons, w(s) = 1 + ln((1 + N) / (1 + df(s))), so a word every lesson uses counts little. The score
 * is the weighted share of the risk's stems the lesson also has, Σ w(shared) / Σ w(risk): how much
 * of what the risk is about a lesson already covers. A lesson is suggested when the score reaches
 * the threshold and it shares at least two stems (one when the risk has only one so far, as while
 * the title is being typed). Ties go to more shared words, then the newest lesson. Linear in the
 * total words of the lessons.
 */
export function suggestLessons(
  risk: RiskWords,
  lessons: readonly Lesson[],
  options: SuggestOptions = {},
): LessonSuggestion[] {
  const limit = options.limit ?? 3;
  const threshold = options.threshold ?? suggestionThreshold;
  const riskStems = wordStemsOf([risk.title, risk.cause, risk.event, risk.effect].filter(Boolean).join('\n'));
  if (riskStems.size === 0 || limit <= 0) return [];
  const lessonStems = lessons.map((lesson) => wordStemsOf(lessonText(lesson)));
  const documentFrequency = new Map<string, number>();
  for (const stems of lessonStems)
    for (const stem of stems.keys())
      if (riskStems.has(stem)) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const weight = (stem: string) => 1 + Math.log((1 + lessons.length) / (1 + (documentFrequency.get(stem) ?? 0)));
  const riskWeight = [...riskStems.keys()].reduce((sum, stem) => sum + weight(stem), 0);
  const leastShared = Math.min(2, riskStems.size);

  const suggestions: LessonSuggestion[] = [];
  lessons.forEach((lesson, index) => {
    const sharedStems = [...riskStems.keys()].filter((stem) => lessonStems[index].has(stem));
    if (sharedStems.length < leastShared) return;
    const score = sharedStems.reduce((sum, stem) => sum + weight(stem), 0) / riskWeight;
    if (score < threshold) return;
    suggestions.push({ lesson, score, shared: sharedStems.map((stem) => riskStems.get(stem) as string) });
  });
  return suggestions
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.shared.length - a.shared.length ||
        b.lesson.updatedAt.localeCompare(a.lesson.updatedAt) ||
        a.lesson.id.localeCompare(b.lesson.id),
    )
    .slice(0, limit);
}
