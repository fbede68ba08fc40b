import { overAllocationsOnProject } from '../../analytics/resources/project-over-allocation';
import { dateParam } from '../../i18n/message-ref';
import type { HealthRule, RuleHit } from '../types';

/**
 * A person on this project booked above capacity (by more than `toleranceHours`) in the current
 * week or the next `horizonWeeks`, in a week this project has a share of. One finding per person.
 */
export const personOverAllocated: HealthRule = {
  id: 'person-over-allocated',
  defaultSeverity: 'warning',
  titleKey: 'health.personOverAllocated.title',
  coachingKey: 'health.personOverAllocated.coaching',
  defaultParams: () => ({ horizonWeeks: 12, toleranceHours: 0 }),
  check: (facts, params) => {
    const horizon = { today: facts.today, horizonWeeks: params.horizonWeeks };
    const byPerson = new Map<string, { name: string; weeks: number; worst: number; firstWeek: string }>();
    for (const entry of overAllocationsOnProject(facts.overAllocations, facts.project.id, horizon)) {
      if (entry.overBy <= params.toleranceHours) continue;
      const person = byPerson.get(entry.personId);
      if (!person) {
        byPerson.set(entry.personId, {
          name: entry.personName,
          weeks: 1,
          worst: entry.overBy,
          firstWeek: entry.weekStart,
        });
        continue;
      }
      person.weeks++;
      person.worst = Math.max(person.worst, entry.overBy);
      if (entry.weekStart < person.firstWeek) person.firstWeek = entry.weekStart;
    }
    return [...byPerson].map(
      ([personId, person]): RuleHit => ({
        entity: 'person',
        entityId: personId,
        messageKey: 'health.personOverAllocated.message',
        params: { name: person.name, firstWeek: dateParam(person.firstWeek), weeks: person.weeks, hours: person.worst },
      }),
    );
  },
};
