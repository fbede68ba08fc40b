import type { PersonRef } from '../../schemas/common';
import type { Person } from '../../schemas/resources';
import { foldSearchText } from './raid-search';

/**
 * The owner a typed name stands for: the record's current owner when the name is unchanged (so an
 * edit that leaves it alone writes nothing), else the workspace's person of that name (any case, any
 * accents) with their ids, else the name alone; undefined for a blank name.
 */
export function resolveOwner(
  name: string,
  persons: readonly Pick<Person, 'id' | 'name' | 'memberId'>[],
  current?: PersonRef,
): PersonRef | undefined {
  const typed = name.trim();
  if (typed === '') return undefined;
  if (current && current.name === typed) return current;
  const folded = foldSearchText(typed);
  const person = persons.find((candidate) => foldSearchText(candidate.name) === folded);
  if (!person) return { name: typed };
  return person.memberId
    ? { name: person.name, personId: person.id, memberId: person.memberId }
    : { name: person.name, personId: person.id };
}
