import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { healthRuleIds } from '../../../../shared/health/rules';
import type { Language } from '../../../../shared/i18n/format-message';
import type { GateCriterionChoice } from '../../../../shared/methodology/playbook-links';
import { type Playbook, playbookMarkdownMax } from '../../../../shared/schemas/playbooks';
import { ConfirmActions } from '../../common/ConfirmActions';
import { useRecordForm } from '../../workspace/common/use-record-form';
import { RecordFormConflicts } from '../../workspace/conflicts/ConflictNotice';
import { formatFieldValue } from '../../workspace/format';
import { useMutate } from '../../workspace/use-mutate';
import { LibraryEditorActions } from '../LibraryEditorActions';
import { PlaybookMarkdown } from './PlaybookMarkdown';
import { describeCriterionPlace, describeRule, playbookFieldLabel } from './playbook-labels';

const fields = ['title', 'markdown', 'tags', 'ruleIds', 'criterionIds'] as const;

interface PlaybookEditorProps {
  workspaceId: string;
  language: Language;
  /** The playbook to edit; undefined to write a new one. */
  playbook: Playbook | undefined;
  criteria: readonly GateCriterionChoice[];
  /** Done: the playbook's id to show (created, saved or left), undefined once it is deleted. */
  onDone(id: string | undefined): void;
}

/** Ticked ids in the order the choices are listed, ids no longer offered kept at the end. */
function toggleId(current: readonly string[], id: string, isOn: boolean, order: readonly string[]): string[] {
  const next = new Set(current);
  if (isOn) next.add(id);
  else next.delete(id);
  return [...order.filter((each) => next.has(each)), ...[...next].filter((each) => !order.includes(each))];
}

const splitTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

/**
 * A playbook written or edited: title, tags, the Markdown beside its live preview (the same sanitised
 * render the readers see), the health rules it coaches and the gate criteria it helps meet. The form
 * is issue 14's "Edits that collide" one (extension/pages/workspace/common/use-record-form.ts).
 */
export function PlaybookEditor({ workspaceId, language, playbook, criteria, onDone }: PlaybookEditorProps) {
  const form = useRecordForm({
    workspaceId,
    entity: 'playbook',
    record: playbook,
    fields,
    lineFields: ['title'],
    defaults: { title: '', markdown: '', tags: [], ruleIds: [], criterionIds: [] },
  });
  const mutate = useMutate(workspaceId);
  const [tagText, setTagText] = useState(() => ((form.values.tags as string[] | undefined) ?? []).join(', '));
  const [titleError, setTitleError] = useState<string>();
  const [isAskingDelete, setIsAskingDelete] = useState(false);
  const [isAskingDiscard, setIsAskingDiscard] = useState(false);
  const values = form.values;
  const markdown = String(values.markdown ?? '');
  const ruleIds = (values.ruleIds as string[] | undefined) ?? [];
  const criterionIds = (values.criterionIds as string[] | undefined) ?? [];
  const isTooLong = markdown.length > playbookMarkdownMax;
  const criterionOrder = criteria.map((choice) => choice.criterionId);

  async function submit(event: Event) {
    event.preventDefault();
    if (form.isBusy) return;
    if (String(values.title ?? '').trim() === '') {
      setTitleError(i18n.t('adminPlaybooks.editor.titleRequired'));
      document.getElementById('playbook-title')?.focus();
      return;
    }
    if (isTooLong) {
      document.getElementById('playbook-markdown')?.focus();
      return;
    }
    if (playbook) {
      const outcome = await form.save();
      if (outcome === undefined || outcome.ok) onDone(playbook.id);
      return;
    }
    const id = await form.create({});
    if (id) onDone(id);
  }

  async function remove() {
    if (!playbook) return;
    const outcome = await mutate('playbook.delete', { id: playbook.id });
    setIsAskingDelete(false);
    if (outcome.ok) onDone(undefined);
    else form.setError(outcome.message);
  }

  const leave = () => (form.isDirty ? setIsAskingDiscard(true) : onDone(playbook?.id));
  const describeValue = (field: string, value: unknown) =>
    field === 'ruleIds' && Array.isArray(value)
      ? value.map((id) => describeRule(String(id), language)).join(', ')
      : formatFieldValue(value);

  return (
    <form
      class="playbook-editor"
      data-testid="playbook-editor"
      aria-labelledby="playbook-editor-title"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !isAskingDelete) {
          event.preventDefault();
          leave();
        }
      }}
      noValidate
    >
      <h3 id="playbook-editor-title" class="playbook-editor__title">
        {playbook
          ? i18n.t('adminPlaybooks.editor.editTitle', [playbook.title])
          : i18n.t('adminPlaybooks.editor.newTitle')}
      </h3>
      <RecordFormConflicts
        form={form}
        labelOf={playbookFieldLabel}
        describeValue={describeValue}
        onKeepTheirs={(conflict) => {
          if (conflict.field === 'tags') setTagText(((conflict.theirs as string[] | undefined) ?? []).join(', '));
        }}
      />
      <div class="playbook-editor__head">
        <div class={`field${titleError ? ' field--invalid' : ''}`}>
          <label for="playbook-title">{playbookFieldLabel('title')}</label>
          <input
            id="playbook-title"
            data-testid="playbook-title"
            type="text"
            maxLength={200}
            value={String(values.title ?? '')}
            aria-invalid={titleError ? 'true' : undefined}
            aria-describedby={titleError ? 'playbook-title-error' : undefined}
            onInput={(event) => {
              form.set('title', event.currentTarget.value);
              setTitleError(undefined);
            }}
          />
          {titleError ? (
            <p id="playbook-title-error" class="field-error">
              {titleError}
            </p>
          ) : null}
        </div>
        <div class="field">
          <label for="playbook-tags">{playbookFieldLabel('tags')}</label>
          <input
            id="playbook-tags"
            data-testid="playbook-tags"
            type="text"
            value={tagText}
            aria-describedby="playbook-tags-hint"
            onInput={(event) => {
              setTagText(event.currentTarget.value);
              form.set('tags', splitTags(event.currentTarget.value));
            }}
          />
          <p id="playbook-tags-hint" class="field-hint">
            {i18n.t('adminPlaybooks.editor.tagsHint')}
          </p>
        </div>
      </div>
      <div class="playbook-editor__panes">
        <div class={`field playbook-editor__source${isTooLong ? ' field--invalid' : ''}`}>
          <label for="playbook-markdown">{playbookFieldLabel('markdown')}</label>
          <textarea
            id="playbook-markdown"
            data-testid="playbook-markdown"
            rows={18}
            spellcheck
            value={markdown}
            aria-invalid={isTooLong ? 'true' : undefined}
            aria-describedby="playbook-markdown-hint playbook-markdown-length"
            onInput={(event) => form.set('markdown', event.currentTarget.value)}
          />
          <p id="playbook-markdown-hint" class="field-hint">
            {i18n.t('adminPlaybooks.editor.markdownHint')}
          </p>
          <p
            id="playbook-markdown-length"
            class={isTooLong ? 'field-error' : 'field-hint'}
            data-testid="playbook-markdown-length"
          >
            {isTooLong
              ? i18n.t('adminPlaybooks.editor.tooLong', [
                  markdown.length.toLocaleString(language),
                  playbookMarkdownMax.toLocaleString(language),
                ])
              : i18n.t('adminPlaybooks.editor.length', [
                  markdown.length.toLocaleString(language),
                  playbookMarkdownMax.toLocaleString(language),
                ])}
          </p>
        </div>
        <section class="playbook-editor__preview" aria-labelledby="playbook-preview-title">
          <h4 id="playbook-preview-title" class="field-label">
            {i18n.t('adminPlaybooks.editor.preview')}
          </h4>
          <div class="playbook-editor__preview-body">
            {markdown.trim() === '' ? (
              <p class="muted">{i18n.t('adminPlaybooks.editor.previewEmpty')}</p>
            ) : (
              <PlaybookMarkdown markdown={markdown} testId="playbook-preview" />
            )}
          </div>
        </section>
      </div>
      <div class="playbook-editor__links">
        <fieldset class="playbook-choices" data-testid="playbook-rules">
          <legend class="field-label">{i18n.t('adminPlaybooks.editor.rules')}</legend>
          <p class="field-hint">{i18n.t('adminPlaybooks.editor.rulesHint')}</p>
          <ul class="playbook-choices__list">
            {healthRuleIds.map((ruleId) => (
              <li key={ruleId}>
                <label class="playbook-choices__item">
                  <input
                    type="checkbox"
                    data-testid={`playbook-rule-${ruleId}`}
                    checked={ruleIds.includes(ruleId)}
                    onChange={(event) =>
                      form.set('ruleIds', toggleId(ruleIds, ruleId, event.currentTarget.checked, healthRuleIds))
                    }
                  />
                  <span>{describeRule(ruleId, language)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset class="playbook-choices" data-testid="playbook-criteria">
          <legend class="field-label">{i18n.t('adminPlaybooks.editor.criteria')}</legend>
          <p class="field-hint">{i18n.t('adminPlaybooks.editor.criteriaHint')}</p>
          {criteria.length === 0 ? (
            <p class="muted">{i18n.t('adminPlaybooks.editor.noCriteria')}</p>
          ) : (
            <ul class="playbook-choices__list">
              {criteria.map((choice, index) => (
                <li key={`${choice.templateId}-${choice.criterionId}`}>
                  {index === 0 || describeCriterionPlace(criteria[index - 1]) !== describeCriterionPlace(choice) ? (
                    <p class="playbook-choices__group">{describeCriterionPlace(choice)}</p>
                  ) : null}
                  <label class="playbook-choices__item">
                    <input
                      type="checkbox"
                      data-testid={`playbook-criterion-${choice.criterionId}`}
                      checked={criterionIds.includes(choice.criterionId)}
                      onChange={(event) =>
                        form.set(
                          'criterionIds',
                          toggleId(criterionIds, choice.criterionId, event.currentTarget.checked, criterionOrder),
                        )
                      }
                    />
                    <span>
                      {choice.text} <span class="muted">({i18n.t(`adminPlaybooks.editor.${choice.kind}`)})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      </div>
      {isAskingDiscard ? (
        <div class="playbook-confirm" role="alert" data-testid="playbook-discard-confirm">
          <p>{i18n.t('adminPlaybooks.editor.discard')}</p>
          <ConfirmActions
            confirmLabel={i18n.t('adminPlaybooks.editor.discardYes')}
            confirmTestId="playbook-discard"
            confirmClass="button button--danger-quiet"
            onConfirm={() => onDone(playbook?.id)}
            keepLabel={i18n.t('adminPlaybooks.editor.keepEditing')}
            onKeep={() => setIsAskingDiscard(false)}
          />
        </div>
      ) : null}
      <LibraryEditorActions
        library="playbook"
        form={form}
        recordTitle={playbook?.title}
        onCancel={leave}
        isAskingDelete={isAskingDelete}
        onAskDelete={setIsAskingDelete}
        onDelete={remove}
      />
    </form>
  );
}
