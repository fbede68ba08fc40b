import type { Template } from '../schemas/methodology';
import type { Playbook } from '../schemas/playbooks';

/** What the links and the search read of a playbook. */
type PlaybookLinks = Pick<Playbook, 'id' | 'title' | 'ruleIds' | 'criterionIds'>;

/** Playbooks by title, then id, so every screen lists them in the same order. */
function byTitle<P extends Pick<Playbook, 'id' | 'title'>>(a: P, b: P): number {
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/** The playbooks that coach health rule `ruleId`, by title: what a finding of that rule links to. */
export function listPlaybooksForRule<P extends PlaybookLinks>(playbooks: readonly P[], ruleId: string): P[] {
  return playbooks.filter((playbook) => playbook.ruleIds.includes(ruleId)).sort(byTitle);
}

/** The playbooks that help meet gate criterion `criterionId`, by title: what the gate tab links to. */
export function listPlaybooksForCriterion<P extends PlaybookLinks>(playbooks: readonly P[], criterionId: string): P[] {
  return playbooks.filter((playbook) => playbook.criterionIds.includes(criterionId)).sort(byTitle);
}

/** Lower case without accents, so "Reunion" finds "Réunion" and "RÉUNION". */
function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The playbooks matching a search, by title: every word of `query` must appear (case and accents
 * ignored) in the title, a tag or the text. An empty query matches every playbook.
 */
export function searchPlaybooks<P extends PlaybookLinks & Pick<Playbook, 'markdown' | 'tags'>>(
  playbooks: readonly P[],
  query: string,
): P[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return playbooks
    .filter((playbook) => {
      const haystack = foldText([playbook.title, ...playbook.tags, playbook.markdown].join('\n'));
      return words.every((word) => haystack.includes(word));
    })
    .sort(byTitle);
}

/** One criterion of one gate of a template, as the playbook editor offers it to link. */
export interface GateCriterionChoice {
  criterionId: string;
  text: string;
  kind: 'mustMeet' | 'shouldMeet';
  templateId: string;
  templateName: string;
  /** The phase the gate leads into. */
  phaseName: string;
  gateName: string;
}

/** Every gate criterion of the workspace's templates, in template, phase and criterion order. */
export function listGateCriteria(
  templates: readonly Pick<Template, 'id' | 'name' | 'phases'>[],
): GateCriterionChoice[] {
  return templates.flatMap((template) =>
    template.phases.flatMap((phase) => {
      const gate = phase.gate;
      if (!gate) return [];
      const place = {
        templateId: template.id,
        templateName: template.name,
        phaseName: phase.name,
        gateName: gate.name,
      };
      return [
        ...gate.mustMeet.map((criterion) => ({
          criterionId: criterion.id,
          text: criterion.text,
          kind: 'mustMeet' as const,
          ...place,
        })),
        ...gate.shouldMeet.map((criterion) => ({
          criterionId: criterion.id,
          text: criterion.text,
          kind: 'shouldMeet' as const,
          ...place,
        })),
      ];
    }),
  );
}
