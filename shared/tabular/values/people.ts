import type { PersonRef } from '../../schemas/common';
import { normalizeLabel } from '../synonyms';
import type { ImportContext } from '../types';
import { asIs, type CellOutcome, converted, refused } from './cell';

const tokenOrder = (name: string) => normalizeLabel(name).split(' ').sort().join(' ');

/** Finds the person or member a name or email in a sheet stands for. */
export type PersonMatcher = (text: string) => PersonRef | undefined;

/**
 * Indexes the workspace's people, then its members, by name (case, accents and word order ignored:
 * "DUPONT Marie" = "Marie Dupont") and by email. People win over members of the same name.
 */
export function buildPersonMatcher(context: Pick<ImportContext, 'people' | 'members'>): PersonMatcher {
  const byKey = new Map<string, PersonRef>();
  const add = (key: string, ref: PersonRef) => {
    if (key !== '' && !byKey.has(key)) byKey.set(key, ref);
  };
  const candidates: { name: string; email?: string; ref: PersonRef }[] = [
    ...context.people.map((person) => ({
      name: person.name,
      email: person.email,
      ref: {
        name: person.name,
        personId: person.id,
        ...(person.memberId === undefined ? {} : { memberId: person.memberId }),
      },
    })),
    ...context.members.map((member) => ({
      name: member.name,
      email: member.email,
      ref: { name: member.name, memberId: member.id },
    })),
  ];
  for (const { name, email, ref } of candidates) {
    add(`n:${normalizeLabel(name)}`, ref);
    if (email) add(`e:${email.trim().toLowerCase()}`, ref);
  }
  for (const { name, ref } of candidates) add(`t:${tokenOrder(name)}`, ref);
  return (text) => {
    const trimmed = text.trim();
    if (trimmed.includes('@')) return byKey.get(`e:${trimmed.toLowerCase()}`);
    return byKey.get(`n:${normalizeLabel(trimmed)}`) ?? byKey.get(`t:${tokenOrder(trimmed)}`);
  };
}

/** An owner cell → PersonRef; an unknown name is a problem unless the import keeps names. */
export function parsePersonCell(
  text: string,
  match: PersonMatcher,
  unknownOwners: ImportContext['unknownOwners'],
): CellOutcome<PersonRef> {
  const trimmed = text.trim();
  const ref = match(trimmed);
  if (ref) return ref.name === trimmed ? asIs(ref) : converted(ref, 'person_match', ref.name);
  if (unknownOwners === 'keep_name') return asIs({ name: trimmed });
  return refused('unknown_owner', `${trimmed} matches no person or member of the workspace`);
}

/** Finds the project a name, code or id in a sheet stands for. */
export type ProjectMatcher = (text: string) => { id: string; name: string } | undefined;

export function buildProjectMatcher(projects: ImportContext['projects']): ProjectMatcher {
  const byKey = new Map<string, { id: string; name: string }>();
  for (const project of projects) {
    const entry = { id: project.id, name: project.name };
    for (const key of [project.id, project.code ?? '', project.name].map(normalizeLabel)) {
      if (key !== '' && !byKey.has(key)) byKey.set(key, entry);
    }
  }
  return (text) => byKey.get(normalizeLabel(text));
}

/** A project cell (code, name or id) → the project's id. */
export function parseProjectCell(text: string, match: ProjectMatcher): CellOutcome<string> {
  const trimmed = text.trim();
  const project = match(trimmed);
  if (!project) return refused('unknown_project', `${trimmed} is not a project of the workspace`);
  return project.id === trimmed ? asIs(project.id) : converted(project.id, 'project_match', project.name);
}
