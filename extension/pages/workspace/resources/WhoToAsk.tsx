import { i18n } from '#i18n';
import type { OverAllocationContact, SharingProject } from '../../../../shared/analytics/resources/who-to-ask';
import type { Project } from '../../../../shared/schemas/project';
import type { Person } from '../../../../shared/schemas/resources';
import { formatHours, formatShortDay } from './resource-format';

interface WhoToAskProps {
  contacts: readonly OverAllocationContact[];
  projectsById: ReadonlyMap<string, Project>;
  personsById: ReadonlyMap<string, Person>;
}

/**
 * For each person over capacity in the weeks shown: the weeks, the other projects booking them
 * then with their managers, and the person's email (shared/analytics/resources/who-to-ask.ts), so
 * the PM knows whom to talk to.
 */
export function WhoToAsk({ contacts, projectsById, personsById }: WhoToAskProps) {
  return (
    <section class="card resources-card" aria-labelledby="resources-ask-title" data-testid="resources-who-to-ask">
      <h3 id="resources-ask-title" class="resources-card__title">
        {i18n.t('workspaceResources.ask.title')}
      </h3>
      {contacts.length === 0 ? (
        <p class="field-hint" data-testid="resources-ask-none">
          {i18n.t('workspaceResources.ask.none')}
        </p>
      ) : (
        <ul class="resources-ask">
          {contacts.map((contact) => (
            <li key={contact.personId} class="resources-ask__item" data-testid={`resources-ask-${contact.personId}`}>
              <ContactCard contact={contact} person={personsById.get(contact.personId)} projectsById={projectsById} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One person's over-allocation and whom to ask: also shown in a grid cell's details. */
export function ContactCard({
  contact,
  person,
  projectsById,
  weekStart,
}: {
  contact: OverAllocationContact;
  person: Person | undefined;
  projectsById: ReadonlyMap<string, Project>;
  /** Only this week (a cell's details); every over-allocated week shown when left out. */
  weekStart?: string;
}) {
  const weeks = weekStart ? contact.weeks.filter((week) => week.weekStart === weekStart) : contact.weeks;
  return (
    <>
      <p class="resources-ask__person">
        <strong>{contact.personName}</strong>
        {contact.isKey ? <span class="resources-tag">{i18n.t('workspaceResources.keyPerson')}</span> : null}
        {person?.email ? (
          <a class="resources-ask__email" href={`mailto:${person.email}`} data-testid="resources-ask-email">
            {person.email}
          </a>
        ) : (
          <span class="field-hint">{i18n.t('workspaceResources.ask.noEmail')}</span>
        )}
      </p>
      {weekStart ? null : (
        <p class="resources-ask__weeks">
          {i18n.t('workspaceResources.ask.weeksLead')}{' '}
          {weeks
            .map((week) =>
              i18n.t('workspaceResources.ask.week', [
                formatShortDay(week.weekStart),
                formatHours(week.totalHours),
                formatHours(week.capacityHours),
              ]),
            )
            .join(', ')}
        </p>
      )}
      {contact.otherProjects.length === 0 ? (
        <p class="field-hint">{i18n.t('workspaceResources.ask.onlyThis')}</p>
      ) : (
        <ul class="resources-ask__projects" aria-label={i18n.t('workspaceResources.ask.othersLabel')}>
          {contact.otherProjects.map((share) => (
            <OtherProject key={share.projectId} share={share} project={projectsById.get(share.projectId)} />
          ))}
        </ul>
      )}
    </>
  );
}

function OtherProject({ share, project }: { share: SharingProject; project: Project | undefined }) {
  return (
    <li data-testid={`resources-ask-project-${share.projectId}`}>
      <span class="resources-ask__project">
        {project ? `${project.code} · ${project.name}` : i18n.t('workspaceResources.unknownProject')}
      </span>{' '}
      <span class="resources-ask__manager">
        {project?.managerName
          ? i18n.t('workspaceResources.ask.manager', [project.managerName])
          : i18n.t('workspaceResources.ask.noManager')}
      </span>{' '}
      <span class="field-hint">{i18n.t('workspaceResources.hours', [formatHours(share.hours)])}</span>
      {share.isKey ? <span class="resources-tag">{i18n.t('workspaceResources.keyPerson')}</span> : null}
    </li>
  );
}
