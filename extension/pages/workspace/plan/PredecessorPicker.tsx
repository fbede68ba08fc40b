import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Dependency } from '../../../../shared/schemas/plan';

interface PredecessorPickerProps {
  id: string;
  /** The record being edited (never its own predecessor); undefined while creating. */
  selfId?: string;
  value: readonly Dependency[];
  /** Every milestone and plan item of the project, by id, with its title. */
  choices: readonly { id: string; title: string; isMilestone: boolean }[];
  onValue(value: Dependency[]): void;
}

/**
 * Finish-to-start predecessors picked by title, each with its lag in working days (negative = lead).
 * Whether a link makes a loop is the mutator's and the critical path's to say; the picker only keeps
 * the record itself and links already listed out of the choices.
 */
export function PredecessorPicker({ id, selfId, value, choices, onValue }: PredecessorPickerProps) {
  const [pick, setPick] = useState('');
  const titleOf = new Map(choices.map((choice) => [choice.id, choice]));
  const listed = new Set(value.map((link) => link.predecessorId));
  const available = choices.filter((choice) => choice.id !== selfId && !listed.has(choice.id));
  const add = () => {
    if (!pick) return;
    onValue([...value, { predecessorId: pick, lagDays: 0 }]);
    setPick('');
  };
  return (
    <fieldset class="plan-predecessors" data-testid={id}>
      <legend>{i18n.t('workspacePlan.fields.predecessors')}</legend>
      {value.length === 0 ? <p class="muted">{i18n.t('workspacePlan.editor.noPredecessors')}</p> : null}
      <ul class="plan-predecessors__list">
        {value.map((link, index) => {
          const choice = titleOf.get(link.predecessorId);
          const lagId = `${id}-lag-${index}`;
          return (
            <li key={link.predecessorId} data-testid={`${id}-item`}>
              <span class="plan-predecessors__title">
                {choice ? `${choice.isMilestone ? '◆ ' : ''}${choice.title}` : i18n.t('workspacePlan.editor.gone')}
              </span>
              <label for={lagId}>{i18n.t('workspacePlan.fields.lag')}</label>
              <input
                id={lagId}
                data-testid={lagId}
                type="number"
                step={1}
                min={-365}
                max={365}
                value={link.lagDays ?? 0}
                onInput={(event) => {
                  const lag = Number.parseInt(event.currentTarget.value, 10);
                  onValue(
                    value.map((entry, at) =>
                      at === index ? { ...entry, lagDays: Number.isFinite(lag) ? lag : 0 } : entry,
                    ),
                  );
                }}
              />
              <button
                type="button"
                class="button button--quiet"
                data-testid={`${id}-remove-${index}`}
                aria-label={i18n.t('workspacePlan.editor.removePredecessor', [choice?.title ?? ''])}
                onClick={() => onValue(value.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {available.length > 0 ? (
        <div class="plan-predecessors__add">
          <label for={`${id}-pick`} class="visually-hidden">
            {i18n.t('workspacePlan.editor.addPredecessor')}
          </label>
          <select
            id={`${id}-pick`}
            data-testid={`${id}-pick`}
            value={pick}
            onChange={(event) => setPick(event.currentTarget.value)}
            onInput={(event) => setPick(event.currentTarget.value)}
          >
            <option value="">{i18n.t('workspacePlan.editor.choosePredecessor')}</option>
            {available.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {`${choice.isMilestone ? '◆ ' : ''}${choice.title}`}
              </option>
            ))}
          </select>
          <button type="button" class="button" data-testid={`${id}-add`} disabled={!pick} onClick={add}>
            {i18n.t('workspacePlan.editor.addPredecessor')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
