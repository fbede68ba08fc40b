import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { WorkspaceSettings, WorkspaceSettingsFields } from '../../../../shared/schemas/workspace-settings';
import { readWorkspaceSettings } from '../../../db/workspace-queries';
import { readUiLanguage } from '../../../messaging/ui-language';
import { FormError } from '../../common/FormError';
import { useDatabase } from '../../database-context';
import { useLiveQuery } from '../../use-live-query';
import { useRecordForm } from '../../workspace/common/use-record-form';
import { ConflictChoice } from '../../workspace/conflicts/ConflictNotice';
import type { AdminSectionProps } from '../admin-section-props';
import { mayGovern } from '../method/may-govern';
import { CalendarFields } from './CalendarFields';
import { HealthRuleTable } from './HealthRuleTable';
import { NumberField } from './NumberField';
import { defaultValues, inputIdOf, resizeLabels, settingsFields, validateSettings } from './settings-form';
import './settings.css';

/**
 * The workspace settings (docs/domain.md "Workspace settings"): risk matrix and appetite, RAG
 * thresholds, working calendar, currency, reporting cycle, history retention and each health rule.
 * One synced record: every member's screens read it from their local copy, so a save reaches them
 * on their next sync. Owners and PMOs edit (with `expected`, like the workspace editors); others read.
 */
export function SettingsSection({ connection, member }: AdminSectionProps) {
  const db = useDatabase();
  const settings = useLiveQuery(() => readWorkspaceSettings(db, connection.workspaceId), [db, connection.workspaceId]);
  const [isCreated, setIsCreated] = useState(false);
  if (settings === undefined) return <div aria-busy="true" />;
  return (
    <SettingsForm
      // The first save creates the record: the form then starts over from it, so it expects what was saved.
      key={settings?.id ?? 'defaults'}
      workspaceId={connection.workspaceId}
      settings={settings ?? undefined}
      isReadOnly={!mayGovern(member, 'changeSettings')}
      isCreated={isCreated}
      onCreated={() => setIsCreated(true)}
    />
  );
}

const fieldLabels: Record<string, string> = {
  riskMatrix: 'adminSettings.matrix.title',
  riskAppetite: 'adminSettings.matrix.appetite',
  ragThresholds: 'adminSettings.rag.title',
  workingDays: 'adminSettings.calendar.workingDays',
  holidays: 'adminSettings.calendar.holidays',
  currency: 'adminSettings.general.currency',
  language: 'adminSettings.general.language',
  reportingCycleDays: 'adminSettings.general.reportingCycle',
  healthRules: 'adminSettings.rules.title',
  historyRetentionDays: 'adminSettings.general.historyRetention',
};

const labelOf = (field: string) =>
  fieldLabels[field] ? i18n.t(fieldLabels[field] as 'adminSettings.rag.title') : field;

/** A stored settings value in words, for the choice between theirs and mine. */
function describeSetting(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (Array.isArray(value)) return value.map(describeSetting).join(', ');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([key, each]) => `${key}: ${describeSetting(each)}`)
      .join('; ');
  return String(value);
}

function SettingsForm({
  workspaceId,
  settings,
  isReadOnly,
  isCreated,
  onCreated,
}: {
  workspaceId: string;
  settings: WorkspaceSettings | undefined;
  isReadOnly: boolean;
  /** This page created the settings with its first save (the form was started over since). */
  isCreated: boolean;
  onCreated(): void;
}) {
  const form = useRecordForm({
    workspaceId,
    entity: 'settings',
    record: settings,
    fields: settingsFields,
    lineFields: ['currency'],
    defaults: defaultValues(),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isEdited, setIsEdited] = useState(false);
  const values = form.values as unknown as WorkspaceSettingsFields;
  const language = readUiLanguage();
  const set = <K extends keyof WorkspaceSettingsFields>(field: K, value: WorkspaceSettingsFields[K]) => {
    form.set(field, value);
    setErrors({});
    setIsEdited(true);
  };
  const rag = values.ragThresholds;
  const setRag = (field: keyof typeof rag, value: number) => set('ragThresholds', { ...rag, [field]: value });
  const matrix = values.riskMatrix;
  const number = (
    path: [keyof WorkspaceSettingsFields, ...string[]],
    value: unknown,
    onValue: (value: number) => void,
    extra: { step?: number; min?: number; max?: number; hint?: string } = {},
  ) => {
    const id = inputIdOf(path);
    return (
      <NumberField
        id={id}
        label={i18n.t(`adminSettings.label.${path.join('.')}` as 'adminSettings.label.riskAppetite')}
        value={value}
        onValue={onValue}
        error={errors[id]}
        isReadOnly={isReadOnly}
        {...extra}
      />
    );
  };

  async function save(event: Event) {
    event.preventDefault();
    const found = validateSettings(form.values);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    if (settings) await form.save();
    else if (await form.create({})) onCreated();
  }

  return (
    <form class="settings-form" data-testid="settings-form" noValidate onSubmit={(event) => void save(event)}>
      <p class="settings-intro">{i18n.t('adminSettings.intro')}</p>
      {isReadOnly ? (
        <p class="settings-note" data-testid="settings-read-only">
          {i18n.t('adminSettings.readOnly')}
        </p>
      ) : null}
      {settings ? null : (
        <p class="settings-note" data-testid="settings-defaults-note">
          {i18n.t('adminSettings.usingDefaults')}
        </p>
      )}

      <section class="card settings-card" aria-labelledby="settings-rag-title">
        <h3 id="settings-rag-title" class="card__title">
          {i18n.t('adminSettings.rag.title')}
        </h3>
        <p class="card__intro">{i18n.t('adminSettings.rag.intro')}</p>
        <div class="settings-grid">
          {number(['ragThresholds', 'greenIndex'], rag.greenIndex, (v) => setRag('greenIndex', v), {
            step: 0.01,
            min: 0,
            max: 2,
          })}
          {number(['ragThresholds', 'amberIndex'], rag.amberIndex, (v) => setRag('amberIndex', v), {
            step: 0.01,
            min: 0,
            max: 2,
          })}
          {number(['ragThresholds', 'greenSlipDays'], rag.greenSlipDays, (v) => setRag('greenSlipDays', v), {
            min: 0,
          })}
          {number(['ragThresholds', 'amberSlipDays'], rag.amberSlipDays, (v) => setRag('amberSlipDays', v), {
            min: 0,
            hint: i18n.t('adminSettings.rag.slipHint'),
          })}
          {number(
            ['ragThresholds', 'redOverrunPercent'],
            rag.redOverrunPercent,
            (v) => setRag('redOverrunPercent', v),
            { min: 0, max: 1000 },
          )}
          {number(
            ['ragThresholds', 'amberOverdueMilestones'],
            rag.amberOverdueMilestones,
            (v) => setRag('amberOverdueMilestones', v),
            { min: 1, max: 50 },
          )}
        </div>
      </section>

      <section class="card settings-card" aria-labelledby="settings-matrix-title">
        <h3 id="settings-matrix-title" class="card__title">
          {i18n.t('adminSettings.matrix.title')}
        </h3>
        <p class="card__intro">{i18n.t('adminSettings.matrix.intro')}</p>
        <div class="settings-grid">
          <div class="field">
            <label for="settings-riskMatrix-size">{i18n.t('adminSettings.matrix.size')}</label>
            <select
              id="settings-riskMatrix-size"
              data-testid="settings-riskMatrix-size"
              value={String(matrix.size)}
              disabled={isReadOnly}
              onChange={(event) => {
                const size = Number(event.currentTarget.value);
                set('riskMatrix', {
                  size,
                  probabilityLabels: resizeLabels(matrix.probabilityLabels, size),
                  impactLabels: resizeLabels(matrix.impactLabels, size),
                });
              }}
            >
              {[3, 4, 5, 6, 7, 8, 9, 10].map((size) => (
                <option key={size} value={String(size)}>
                  {i18n.t('adminSettings.matrix.sizeOption', [String(size)])}
                </option>
              ))}
            </select>
          </div>
          {number(['riskAppetite'], values.riskAppetite, (v) => set('riskAppetite', v), {
            min: 1,
            max: 100,
            hint: i18n.t('adminSettings.matrix.appetiteHint', [String(matrix.size * matrix.size)]),
          })}
        </div>
        <div class="settings-labels">
          {(['probabilityLabels', 'impactLabels'] as const).map((axis) => (
            <fieldset key={axis} class="settings-labels__axis">
              <legend>{i18n.t(`adminSettings.matrix.${axis}`)}</legend>
              <ol>
                {matrix[axis].map((label, index) => {
                  const id = inputIdOf(['riskMatrix', axis, index]);
                  return (
                    <li key={index} class={errors[id] ? 'field--invalid' : undefined}>
                      <input
                        id={id}
                        data-testid={id}
                        aria-label={i18n.t(`adminSettings.matrix.${axis}Of`, [String(index + 1)])}
                        value={label}
                        maxLength={40}
                        readOnly={isReadOnly}
                        aria-invalid={errors[id] ? 'true' : undefined}
                        onInput={(event) => {
                          const text = event.currentTarget.value;
                          set('riskMatrix', {
                            ...matrix,
                            [axis]: matrix[axis].map((each, other) => (other === index ? text : each)),
                          });
                        }}
                      />
                    </li>
                  );
                })}
              </ol>
              {matrix[axis].some((_, index) => errors[inputIdOf(['riskMatrix', axis, index])]) ? (
                <p class="field-error" role="alert">
                  {i18n.t('adminSettings.error.label')}
                </p>
              ) : null}
            </fieldset>
          ))}
        </div>
      </section>

      <section class="card settings-card" aria-labelledby="settings-calendar-title">
        <h3 id="settings-calendar-title" class="card__title">
          {i18n.t('adminSettings.calendar.title')}
        </h3>
        <p class="card__intro">{i18n.t('adminSettings.calendar.intro')}</p>
        <CalendarFields
          workingDays={values.workingDays}
          holidays={values.holidays}
          onWorkingDays={(days) => set('workingDays', days)}
          onHolidays={(days) => set('holidays', days)}
          errors={errors}
          isReadOnly={isReadOnly}
        />
      </section>

      <section class="card settings-card" aria-labelledby="settings-general-title">
        <h3 id="settings-general-title" class="card__title">
          {i18n.t('adminSettings.general.title')}
        </h3>
        <div class="settings-grid">
          <div class={errors['settings-currency'] ? 'field field--invalid' : 'field'}>
            <label for="settings-currency">{i18n.t('adminSettings.general.currency')}</label>
            <input
              id="settings-currency"
              data-testid="settings-currency"
              value={values.currency}
              maxLength={3}
              readOnly={isReadOnly}
              autoCapitalize="characters"
              aria-invalid={errors['settings-currency'] ? 'true' : undefined}
              aria-describedby="settings-currency-hint"
              onInput={(event) => set('currency', event.currentTarget.value.toUpperCase())}
            />
            {errors['settings-currency'] ? (
              <p class="field-error" role="alert">
                {errors['settings-currency']}
              </p>
            ) : null}
            <p id="settings-currency-hint" class="field-hint">
              {i18n.t('adminSettings.general.currencyHint')}
            </p>
          </div>
          <div class="field">
            <label for="settings-language">{i18n.t('adminSettings.general.language')}</label>
            <select
              id="settings-language"
              data-testid="settings-language"
              value={values.language}
              disabled={isReadOnly}
              onChange={(event) => set('language', event.currentTarget.value as 'en' | 'fr')}
            >
              <option value="en">English</option>
              <option value="fr">Français</option>
            </select>
          </div>
          {number(['reportingCycleDays'], values.reportingCycleDays, (v) => set('reportingCycleDays', v), {
            min: 1,
            max: 92,
          })}
          {'historyRetentionDays' in values
            ? number(['historyRetentionDays'], values.historyRetentionDays, (v) => set('historyRetentionDays', v), {
                min: 1,
                max: 3650,
                hint: i18n.t('adminSettings.general.historyRetentionHint'),
              })
            : null}
        </div>
      </section>

      <section class="card settings-card" aria-labelledby="settings-rules-title">
        <h3 id="settings-rules-title" class="card__title">
          {i18n.t('adminSettings.rules.title')}
        </h3>
        <p class="card__intro">{i18n.t('adminSettings.rules.intro')}</p>
        <HealthRuleTable
          overrides={values.healthRules}
          onChange={(overrides) => set('healthRules', overrides)}
          language={language}
          isReadOnly={isReadOnly}
        />
      </section>

      {form.conflict ? (
        <ConflictChoice
          conflict={{
            entity: 'settings',
            recordId: settings?.id ?? '',
            field: form.conflict.field,
            theirs: form.conflict.theirs,
            yours: form.values[form.conflict.field],
            hasYours: true,
          }}
          fieldLabel={labelOf(form.conflict.field)}
          describeValue={describeSetting}
          isBusy={form.isBusy}
          onKeepTheirs={form.keepTheirs}
          onUseMine={() => void form.keepMine()}
        />
      ) : null}

      {isReadOnly ? null : (
        <div class="settings-actions" data-testid="settings-actions">
          {form.isDirty || !settings ? (
            <button type="submit" class="button button--primary" data-testid="settings-save" disabled={form.isBusy}>
              {form.isBusy ? i18n.t('adminSettings.saving') : i18n.t('adminSettings.save')}
            </button>
          ) : null}
          {form.isDirty && settings ? (
            <button type="button" class="button" data-testid="settings-discard" onClick={form.reset}>
              {i18n.t('adminSettings.discard')}
            </button>
          ) : null}
          <button
            type="button"
            class="button button--quiet"
            data-testid="settings-restore"
            onClick={() => {
              for (const [field, value] of Object.entries(defaultValues())) form.set(field, value);
              setErrors({});
            }}
          >
            {i18n.t('adminSettings.restoreDefaults')}
          </button>
          <p class="field-hint" role="status" data-testid="settings-status">
            {form.isSaved || (isCreated && !isEdited)
              ? i18n.t('adminSettings.saved')
              : form.isDirty
                ? i18n.t('adminSettings.unsaved')
                : ''}
          </p>
        </div>
      )}
      <FormError id="settings-error" message={form.error} />
    </form>
  );
}
