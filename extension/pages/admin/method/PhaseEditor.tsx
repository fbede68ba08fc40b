import { i18n } from '#i18n';
import { criterionWeightRange, type Phase } from '../../../../shared/schemas/methodology';
import { newGate } from './template-draft';

interface PhaseEditorProps {
  phase: Phase;
  index: number;
  count: number;
  /** Codes of the projects in this phase: such a phase cannot be removed (template-edits.ts). */
  projectsInPhase: readonly string[];
  onChange(phase: Phase): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

const weights = Array.from(
  { length: criterionWeightRange.max - criterionWeightRange.min + 1 },
  (_, offset) => criterionWeightRange.min + offset,
);

/**
 * One phase of a template being edited: its name, its place (moved with buttons, so the keyboard
 * reorders too), its required artifacts and the gate into it, with must-meet criteria, weighted
 * should-meet criteria and the pass score.
 */
export function PhaseEditor({ phase, index, count, projectsInPhase, onChange, onMove, onRemove }: PhaseEditorProps) {
  const prefix = `phase-${index}`;
  const gate = phase.gate;
  const setGate = (next: Phase['gate']) => onChange({ ...phase, gate: next });
  const newId = () => crypto.randomUUID();
  return (
    <li class="method-phase card" data-testid="method-phase" data-phase-id={phase.id}>
      <div class="method-phase__head">
        <span class="method-phase__number" aria-hidden="true">
          {index + 1}
        </span>
        <div class="field method-phase__name">
          <label for={`${prefix}-name`}>{i18n.t('adminMethod.phase.name', [String(index + 1)])}</label>
          <input
            id={`${prefix}-name`}
            data-testid={`${prefix}-name`}
            value={phase.name}
            maxLength={200}
            onInput={(event) => onChange({ ...phase, name: event.currentTarget.value })}
          />
        </div>
        <div class="method-phase__tools">
          {index > 0 ? (
            <button
              type="button"
              id={`${prefix}-up`}
              class="button"
              data-testid={`${prefix}-up`}
              aria-label={i18n.t('adminMethod.phase.moveUp', [phase.name])}
              onClick={() => onMove(-1)}
            >
              ↑
            </button>
          ) : null}
          {index < count - 1 ? (
            <button
              type="button"
              id={`${prefix}-down`}
              class="button"
              data-testid={`${prefix}-down`}
              aria-label={i18n.t('adminMethod.phase.moveDown', [phase.name])}
              onClick={() => onMove(1)}
            >
              ↓
            </button>
          ) : null}
          {projectsInPhase.length === 0 && count > 1 ? (
            <button
              type="button"
              class="button button--danger-quiet"
              data-testid={`${prefix}-remove`}
              aria-label={i18n.t('adminMethod.phase.removeLabel', [phase.name])}
              onClick={onRemove}
            >
              {i18n.t('adminMethod.phase.remove')}
            </button>
          ) : null}
        </div>
      </div>
      {projectsInPhase.length > 0 ? (
        <p class="field-hint" data-testid={`${prefix}-in-use`}>
          {i18n.t('adminMethod.phase.inUse', [projectsInPhase.join(', ')])}
        </p>
      ) : null}

      <TextList
        id={`${prefix}-artifact`}
        legend={i18n.t('adminMethod.phase.artifacts')}
        itemLabel={i18n.t('adminMethod.phase.artifact')}
        addLabel={i18n.t('adminMethod.phase.addArtifact')}
        items={phase.requiredArtifacts}
        onChange={(requiredArtifacts) => onChange({ ...phase, requiredArtifacts })}
      />

      {gate ? (
        <fieldset class="method-gate" data-testid={`${prefix}-gate`}>
          <legend>{i18n.t('adminMethod.gate.legend', [phase.name])}</legend>
          <div class="method-gate__row">
            <div class="field">
              <label for={`${prefix}-gate-name`}>{i18n.t('adminMethod.gate.name')}</label>
              <input
                id={`${prefix}-gate-name`}
                data-testid={`${prefix}-gate-name`}
                value={gate.name}
                maxLength={200}
                onInput={(event) => setGate({ ...gate, name: event.currentTarget.value })}
              />
            </div>
            <div class="field method-gate__pass">
              <label for={`${prefix}-pass`}>{i18n.t('adminMethod.gate.passScore')}</label>
              <input
                id={`${prefix}-pass`}
                data-testid={`${prefix}-pass`}
                type="number"
                min={0}
                max={5}
                step={0.5}
                value={gate.passScore}
                aria-describedby={`${prefix}-pass-hint`}
                onInput={(event) => {
                  const value = event.currentTarget.valueAsNumber;
                  if (Number.isFinite(value)) setGate({ ...gate, passScore: Math.min(5, Math.max(0, value)) });
                }}
              />
              <p id={`${prefix}-pass-hint`} class="field-hint">
                {i18n.t('adminMethod.gate.passScoreHint')}
              </p>
            </div>
          </div>
          <TextList
            id={`${prefix}-must`}
            legend={i18n.t('adminMethod.gate.mustMeet')}
            hint={i18n.t('adminMethod.gate.mustMeetHint')}
            itemLabel={i18n.t('adminMethod.gate.criterion')}
            addLabel={i18n.t('adminMethod.gate.addMustMeet')}
            items={gate.mustMeet.map((criterion) => criterion.text)}
            onChange={(texts) =>
              setGate({
                ...gate,
                mustMeet: texts.map((text, at) => ({ id: gate.mustMeet[at]?.id ?? newId(), text })),
              })
            }
            onRemoveAt={(at) => setGate({ ...gate, mustMeet: gate.mustMeet.filter((_, other) => other !== at) })}
          />
          <fieldset class="method-list">
            <legend>{i18n.t('adminMethod.gate.shouldMeet')}</legend>
            <p class="field-hint">{i18n.t('adminMethod.gate.shouldMeetHint')}</p>
            <ul>
              {gate.shouldMeet.map((criterion, at) => (
                <li key={criterion.id} class="method-list__row method-list__row--weighted">
                  <input
                    id={`${prefix}-should-${at}`}
                    data-testid={`${prefix}-should-${at}`}
                    aria-label={`${i18n.t('adminMethod.gate.criterion')} ${at + 1}`}
                    value={criterion.text}
                    maxLength={500}
                    onInput={(event) => {
                      const text = event.currentTarget.value;
                      setGate({
                        ...gate,
                        shouldMeet: gate.shouldMeet.map((each, other) => (other === at ? { ...each, text } : each)),
                      });
                    }}
                  />
                  <select
                    data-testid={`${prefix}-should-${at}-weight`}
                    aria-label={i18n.t('adminMethod.gate.weightOf', [String(at + 1)])}
                    value={String(criterion.weight)}
                    onChange={(event) => {
                      const weight = Number(event.currentTarget.value);
                      setGate({
                        ...gate,
                        shouldMeet: gate.shouldMeet.map((each, other) => (other === at ? { ...each, weight } : each)),
                      });
                    }}
                  >
                    {weights.map((weight) => (
                      <option key={weight} value={String(weight)}>
                        {i18n.t('adminMethod.gate.weight', [String(weight)])}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    class="button button--quiet"
                    aria-label={i18n.t('adminMethod.removeRow', [criterion.text || String(at + 1)])}
                    onClick={() => setGate({ ...gate, shouldMeet: gate.shouldMeet.filter((_, other) => other !== at) })}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="button"
              data-testid={`${prefix}-should-add`}
              onClick={() =>
                setGate({ ...gate, shouldMeet: [...gate.shouldMeet, { id: newId(), text: '', weight: 1 }] })
              }
            >
              {i18n.t('adminMethod.gate.addShouldMeet')}
            </button>
          </fieldset>
          <button
            type="button"
            class="button button--danger-quiet"
            data-testid={`${prefix}-gate-remove`}
            onClick={() => setGate(undefined)}
          >
            {i18n.t('adminMethod.gate.remove')}
          </button>
        </fieldset>
      ) : (
        <div class="method-gate method-gate--none">
          <p class="field-hint">{i18n.t('adminMethod.gate.none')}</p>
          <button
            type="button"
            class="button"
            data-testid={`${prefix}-gate-add`}
            onClick={() => setGate(newGate(phase.name))}
          >
            {i18n.t('adminMethod.gate.add')}
          </button>
        </div>
      )}
    </li>
  );
}

interface TextListProps {
  id: string;
  legend: string;
  hint?: string;
  itemLabel: string;
  addLabel: string;
  items: readonly string[];
  onChange(items: string[]): void;
  onRemoveAt?(index: number): void;
}

/** An editable list of one-line texts (artifacts, must-meet criteria): a row each, added and removed. */
function TextList({ id, legend, hint, itemLabel, addLabel, items, onChange, onRemoveAt }: TextListProps) {
  return (
    <fieldset class="method-list">
      <legend>{legend}</legend>
      {hint ? <p class="field-hint">{hint}</p> : null}
      <ul>
        {items.map((text, at) => (
          <li key={at} class="method-list__row">
            <input
              id={`${id}-${at}`}
              data-testid={`${id}-${at}`}
              aria-label={`${itemLabel} ${at + 1}`}
              value={text}
              maxLength={500}
              onInput={(event) => {
                const value = event.currentTarget.value;
                onChange(items.map((each, other) => (other === at ? value : each)));
              }}
            />
            <button
              type="button"
              class="button button--quiet"
              aria-label={i18n.t('adminMethod.removeRow', [text || String(at + 1)])}
              onClick={() => (onRemoveAt ? onRemoveAt(at) : onChange(items.filter((_, other) => other !== at)))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="button"
        data-testid={`${id}-add`}
        onClick={() => {
          onChange([...items, '']);
          // The new row takes the focus, so typing follows the click.
          requestAnimationFrame(() => document.getElementById(`${id}-${items.length}`)?.focus());
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
