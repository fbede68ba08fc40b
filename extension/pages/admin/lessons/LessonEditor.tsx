import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  type Lesson,
  LessonTagSchema,
  lessonCategories,
  lessonTagsMax,
  normalizeLessonTag,
} from '../../../../shared/schemas/lesson';
import type { Project } from '../../../../shared/schemas/project';
import { useRecordForm } from '../../workspace/common/use-record-form';
import { useMutate } from '../../workspace/use-mutate';
import { LibraryEditorActions } from '../LibraryEditorActions';
import { categoryLabel, placeOf } from './lesson-labels';
import type { MayWriteLesson } from './may-write-lessons';

const fields = ['title', 'projectId', 'category', 'whatHappened', 'recommendation', 'tags'] as const;
type Errors = Partial<Record<'title' | 'whatHappened' | 'tags', string>>;

interface LessonEditorProps {
  workspaceId: string;
  /** The lesson to edit; undefined to record a new one. */
  lesson: Lesson | undefined;
  projects: readonly Project[];
  mayWrite: MayWriteLesson;
  /** Done: the lesson's id to show (created, saved or left), undefined once it is deleted. */
  onDone(id: string | undefined): void;
}

/** Tags as typed (comma separated), stored form, each once; the first one that is not a tag, if any. */
export function readTags(text: string): { tags: string[]; invalid?: string } {
  const typed = text.split(',').map(normalizeLessonTag).filter(Boolean);
  const invalid = typed.find((tag) => !LessonTagSchema.safeParse(tag).success);
  return { tags: [...new Set(typed)], ...(invalid ? { invalid } : {}) };
}

/**
 * A lesson recorded or edited: title, project (only those the member may write in, or the whole
 * workspace), category, what happened, what to do next time and tags. The form is issue 14's
 * "Edits that collide" one (extension/pages/workspace/common/use-record-form.ts).
 */
export function LessonEditor({ workspaceId, lesson, projects, mayWrite, onDone }: LessonEditorProps) {
  const form = useRecordForm({
    workspaceId,
    entity: 'lesson',
    record: lesson,
    fields,
    lineFields: ['title'],
    defaults: { title: '', projectId: '', category: '', whatHappened: '', recommendation: '', tags: [] },
  });
  const mutate = useMutate(workspaceId);
  const [tagText, setTagText] = useState(() => ((form.values.tags as string[] | undefined) ?? []).join(', '));
  const [errors, setErrors] = useState<Errors>({});
  const [isAskingDelete, setIsAskingDelete] = useState(false);
  const values = form.values;
  const places = [
    ...(mayWrite({}) ? [{ id: '', label: i18n.t('lessons.workspaceWide') }] : []),
    ...projects
      .filter((project) => mayWrite({ projectId: project.id }))
      .map((project) => ({ id: project.id, label: `${project.code} · ${project.name}` })),
  ];

  function set(field: (typeof fields)[number], value: unknown) {
    form.set(field, value);
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  function check(): Errors {
    const found: Errors = {};
    if (String(values.title ?? '').trim() === '') found.title = i18n.t('lessons.editor.titleRequired');
    if (String(values.whatHappened ?? '').trim() === '')
      found.whatHappened = i18n.t('lessons.editor.whatHappenedRequired');
    const { tags, invalid } = readTags(tagText);
    if (invalid) found.tags = i18n.t('lessons.editor.tagsInvalid', [invalid]);
    else if (tags.length > lessonTagsMax) found.tags = i18n.t('lessons.editor.tagsTooMany', [String(tags.length)]);
    return found;
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (form.isBusy) return;
    const found = check();
    setErrors(found);
    const first = (['title', 'whatHappened', 'tags'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`lesson-${first}`)?.focus();
      return;
    }
    if (lesson) {
      const outcome = await form.save();
      if (outcome === undefined || outcome.ok) onDone(lesson.id);
      return;
    }
    const id = await form.create({});
    if (id) onDone(id);
  }

  async function remove() {
    if (!lesson) return;
    const outcome = await mutate('lesson.delete', { id: lesson.id });
    setIsAskingDelete(false);
    if (outcome.ok) onDone(undefined);
    else form.setError(outcome.message);
  }

  const describedBy = (field: keyof Errors, hint?: string) =>
    [errors[field] ? `lesson-${field}-error` : undefined, hint].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: keyof Errors) =>
    errors[field] ? (
      <p id={`lesson-${field}-error`} class="field-error" data-testid={`lesson-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <form
      class="lesson-editor"
      data-testid="lesson-editor"
      aria-labelledby="lesson-editor-title"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !isAskingDelete) {
          event.preventDefault();
          onDone(lesson?.id);
        }
      }}
    >
      <h3 id="lesson-editor-title" class="lesson-editor__title">
        {lesson ? i18n.t('lessons.editor.editTitle', [lesson.title]) : i18n.t('lessons.editor.newTitle')}
      </h3>
      <div class="lesson-editor__grid">
        <div class={`field lesson-editor__wide${errors.title ? ' field--invalid' : ''}`}>
          <label for="lesson-title">{i18n.t('lessons.fields.title')}</label>
          <input
            id="lesson-title"
            data-testid="lesson-title-input"
            type="text"
            maxLength={200}
            autoComplete="off"
            value={String(values.title ?? '')}
            aria-invalid={errors.title ? 'true' : undefined}
            aria-describedby={describedBy('title')}
            onInput={(event) => set('title', event.currentTarget.value)}
          />
          {fieldError('title')}
        </div>
        <div class="field">
          <label for="lesson-project">{i18n.t('lessons.fields.project')}</label>
          {lesson ? (
            <p id="lesson-project" class="lesson-editor__static" aria-describedby="lesson-project-hint">
              {placeOf(lesson, projects)}
            </p>
          ) : (
            <select
              id="lesson-project"
              data-testid="lesson-project"
              value={String(values.projectId ?? '')}
              aria-describedby="lesson-project-hint"
              onChange={(event) => set('projectId', event.currentTarget.value)}
            >
              {places.map((place) => (
                <option key={place.id} value={place.id}>
                  {place.label}
                </option>
              ))}
            </select>
          )}
          <p id="lesson-project-hint" class="field-hint">
            {lesson ? i18n.t('lessons.editor.projectFixed') : i18n.t('lessons.editor.projectHint')}
          </p>
        </div>
        <div class="field">
          <label for="lesson-category">{i18n.t('lessons.fields.category')}</label>
          <select
            id="lesson-category"
            data-testid="lesson-category-input"
            value={String(values.category ?? '')}
            onChange={(event) => set('category', event.currentTarget.value)}
          >
            {lesson?.category ? null : <option value="">{i18n.t('lessons.editor.notSet')}</option>}
            {lessonCategories.map((category) => (
              <option key={category} value={category}>
                {categoryLabel(category)}
              </option>
            ))}
          </select>
        </div>
        <div class={`field lesson-editor__wide${errors.whatHappened ? ' field--invalid' : ''}`}>
          <label for="lesson-whatHappened">{i18n.t('lessons.fields.whatHappened')}</label>
          <textarea
            id="lesson-whatHappened"
            data-testid="lesson-what-happened-input"
            rows={4}
            maxLength={4000}
            value={String(values.whatHappened ?? '')}
            aria-invalid={errors.whatHappened ? 'true' : undefined}
            aria-describedby={describedBy('whatHappened')}
            onInput={(event) => set('whatHappened', event.currentTarget.value)}
          />
          {fieldError('whatHappened')}
        </div>
        <div class="field lesson-editor__wide">
          <label for="lesson-recommendation">{i18n.t('lessons.fields.recommendation')}</label>
          <textarea
            id="lesson-recommendation"
            data-testid="lesson-recommendation-input"
            rows={3}
            maxLength={4000}
            value={String(values.recommendation ?? '')}
            onInput={(event) => set('recommendation', event.currentTarget.value)}
          />
        </div>
        <div class={`field lesson-editor__wide${errors.tags ? ' field--invalid' : ''}`}>
          <label for="lesson-tags">{i18n.t('lessons.fields.tags')}</label>
          <input
            id="lesson-tags"
            data-testid="lesson-tags-input"
            type="text"
            autoComplete="off"
            value={tagText}
            aria-invalid={errors.tags ? 'true' : undefined}
            aria-describedby={describedBy('tags', 'lesson-tags-hint')}
            onInput={(event) => {
              setTagText(event.currentTarget.value);
              set('tags', readTags(event.currentTarget.value).tags);
            }}
          />
          {fieldError('tags')}
          <p id="lesson-tags-hint" class="field-hint">
            {i18n.t('lessons.editor.tagsHint')}
          </p>
        </div>
      </div>
      <LibraryEditorActions
        library="lesson"
        form={form}
        recordTitle={lesson?.title}
        onCancel={() => onDone(lesson?.id)}
        isAskingDelete={isAskingDelete}
        onAskDelete={setIsAskingDelete}
        onDelete={remove}
      />
    </form>
  );
}
