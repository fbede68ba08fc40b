import { listMonths, monthOf } from '../analytics/earned-value/cost-periods';
import type { IsoDate } from '../analytics/schedule/working-calendar';
import { buildCostImport, type CostImportArgs, type StoredCostEntry } from '../mutations/intents/cost-import';
import type { Person } from '../schemas/resources';
import { buildPersonMatcher } from '../tabular/values/people';

/** One worklog as the background read it from Jira, flattened: who, on which issue, when, how long. */
export interface WorklogReading {
  /** Jira's worklog id, unique per site: a worklog read twice (pages that moved) counts once. */
  id: string;
  issueKey: string;
  authorAccountId?: string;
  authorName: string;
  authorEmail?: string;
  /** `2026-03-02T09:00:00.000+0100`, as Jira writes it (the author's day and offset). */
  started: string;
  seconds: number;
}

/** What the import reads of a person; a `Person` fits. */
export type RatedPerson = Pick<Person, 'id' | 'name'> & Partial<Pick<Person, 'email' | 'memberId' | 'hourlyRate'>>;

/** One amount to write: a person's hours in a month × their hourly rate. */
export interface WorklogCostLine {
  period: IsoDate;
  personId: string;
  personName: string;
  hours: number;
  rate: number;
  amount: number;
  issueKeys: string[];
}

/** A Jira author who matches no person of the workspace: their hours cost nothing until they do. */
export interface UnmatchedAuthor {
  name: string;
  email?: string;
  hours: number;
  issueKeys: string[];
}

/** A person whose hours were found but who has no hourly rate: nothing is written for them. */
export interface UnratedPerson {
  personId: string;
  name: string;
  hours: number;
}

/** What a Jira worklog import will write, and what it leaves out and why. */
export interface WorklogCostPlan {
  /** The months the import covers (and replaces). */
  periods: IsoDate[];
  /** By month, then person name. */
  lines: WorklogCostLine[];
  unmatched: UnmatchedAuthor[];
  unrated: UnratedPerson[];
  /** Worklogs started outside the months (Jira's date filter is by day; the PMO books by month). */
  outsideCount: number;
  totalHours: number;
  totalAmount: number;
}

const roundCents = (value: number) => Math.round(value * 100) / 100;
/** Hours kept to the second's precision that matters (1/100 of a minute), so sums stay exact. */
const roundHours = (value: number) => Math.round(value * 10_000) / 10_000;
const dayPattern = /^\d{4}-\d{2}-\d{2}/;

interface Tally {
  seconds: number;
  issueKeys: Set<string>;
}

function addTo<K>(map: Map<K, Tally>, key: K, worklog: WorklogReading): void {
  const tally = map.get(key) ?? { seconds: 0, issueKeys: new Set<string>() };
  tally.seconds += worklog.seconds;
  tally.issueKeys.add(worklog.issueKey);
  map.set(key, tally);
}

const sortedKeys = (keys: Set<string>) =>
  [...keys].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }));

/**
 * Turns Jira worklogs into actual cost (docs/domain.md "Cost entry"): each worklog's author is
 * matched to a person of the workspace by email, else by display name (case, accents and word
 * order ignored, shared/tabular/values/people.ts), its month is the day it started as Jira wrote it,
 * and each person's hours in a month × their hourly rate make one amount, rounded to the cent.
 * Authors who match nobody and people without a rate are listed, never guessed.
 */
export function planWorklogCosts(
  worklogs: readonly WorklogReading[],
  persons: readonly RatedPerson[],
  range: { from: IsoDate; to: IsoDate },
): WorklogCostPlan {
  const periods = listMonths(range.from, range.to);
  const covered = new Set(periods);
  // People only, not members: a rate is a person's, and a member without a person record has none.
  const match = buildPersonMatcher({ people: [...persons], members: [] });
  const byId = new Map(persons.map((person) => [person.id, person]));
  const personOfAuthor = new Map<string, RatedPerson | undefined>();
  const byPersonMonth = new Map<string, Tally>();
  const byAuthor = new Map<string, Tally>();
  const authorOf = new Map<string, { name: string; email?: string }>();
  const seen = new Set<string>();
  let outsideCount = 0;

  for (const worklog of worklogs) {
    if (seen.has(worklog.id)) continue;
    seen.add(worklog.id);
    const period = dayPattern.test(worklog.started) ? monthOf(worklog.started.slice(0, 10)) : undefined;
    if (!period || !covered.has(period) || !(worklog.seconds > 0)) {
      outsideCount += 1;
      continue;
    }
    const authorKey = worklog.authorAccountId ?? `${worklog.authorEmail ?? ''}|${worklog.authorName}`;
    if (!personOfAuthor.has(authorKey)) {
      const ref =
        (worklog.authorEmail ? match(worklog.authorEmail) : undefined) ??
        (worklog.authorName ? match(worklog.authorName) : undefined);
      personOfAuthor.set(authorKey, ref?.personId ? byId.get(ref.personId) : undefined);
      authorOf.set(authorKey, { name: worklog.authorName, email: worklog.authorEmail });
    }
    const person = personOfAuthor.get(authorKey);
    if (person) addTo(byPersonMonth, `${period}|${person.id}`, worklog);
    else addTo(byAuthor, authorKey, worklog);
  }

  const lines: WorklogCostLine[] = [];
  const unratedHours = new Map<string, number>();
  let totalHours = 0;
  for (const [key, tally] of byPersonMonth) {
    const [period, personId] = key.split('|');
    const person = byId.get(personId) as RatedPerson;
    const hours = roundHours(tally.seconds / 3600);
    totalHours += hours;
    if (person.hourlyRate === undefined) {
      unratedHours.set(personId, (unratedHours.get(personId) ?? 0) + hours);
      continue;
    }
    lines.push({
      period,
      personId,
      personName: person.name,
      hours,
      rate: person.hourlyRate,
      amount: roundCents(hours * person.hourlyRate),
      issueKeys: sortedKeys(tally.issueKeys),
    });
  }
  lines.sort((a, b) => a.period.localeCompare(b.period) || a.personName.localeCompare(b.personName));
  const unmatched = [...byAuthor].map(([key, tally]): UnmatchedAuthor => {
    const author = authorOf.get(key) ?? { name: key };
    const hours = roundHours(tally.seconds / 3600);
    totalHours += hours;
    return {
      name: author.name,
      ...(author.email ? { email: author.email } : {}),
      hours,
      issueKeys: sortedKeys(tally.issueKeys),
    };
  });
  unmatched.sort((a, b) => a.name.localeCompare(b.name));
  const unrated = [...unratedHours].map(([personId, hours]) => ({
    personId,
    name: (byId.get(personId) as RatedPerson).name,
    hours: roundHours(hours),
  }));
  unrated.sort((a, b) => a.name.localeCompare(b.name));
  return {
    periods,
    lines,
    unmatched,
    unrated,
    outsideCount,
    totalHours: roundHours(totalHours),
    totalAmount: roundCents(lines.reduce((sum, line) => sum + line.amount, 0)),
  };
}

/** The `costEntry.import` that writes a plan: one entry per line, replacing the Jira entries of its months. */
export function toWorklogCostImport(
  plan: WorklogCostPlan,
  projectId: string,
  newId: () => string,
  existing: readonly StoredCostEntry[] = [],
): CostImportArgs {
  return buildCostImport({
    projectId,
    source: 'jira',
    periods: plan.periods,
    existing,
    entries: plan.lines.map((line) => ({
      id: newId(),
      period: line.period,
      amount: line.amount,
      personId: line.personId,
      hours: line.hours,
      issueKeys: line.issueKeys,
    })),
  });
}
