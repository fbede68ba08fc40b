import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { countLessonTags, filterLessons } from '../../../../shared/analytics/lessons/lesson-search';
import { type Lesson, type LessonCategory, lessonCategories } from '../../../../shared/schemas/lesson';
import type { Project } from '../../../../shared/schemas/project';
import { listLessons } from '../../../db/lesson-queries';
import { listProjects } from '../../../db/workspace-queries';
import { formatAdminRoute } from '../../../messaging/admin-route';
import { readUiLanguage } from '../../../messaging/ui-language';
import { useDatabase } from '../../database-context';
import { useLiveQuery } from '../../use-live-query';
import type { AdminSectionProps } from '../admin-section-props';
import { LessonEditor } from './LessonEditor';
import { categoryLabel, placeOf } from './lesson-labels';
import { createMayWriteLesson, type MayWriteLesson } from './may-write-lessons';
import './lessons.css';
import { SearchField } from '../../common/SearchField';

/**
 * The lessons learned (`admin.html#/lessons[/<id>]`, docs/domain.md "Lessons learned"): a register
 * searchable by words and filtered by tag, project and category; one lesson read at its address; the
 * editor for whoever may write it (shared/mutations/authorize-writes.ts). Viewers read only, and are told so.
 */
export function LessonsSection({ connection, member, recordId, navigate }: AdminSectionProps) {
  const db = useDatabase();
  const { workspaceId } = connection;
  const lessons = useLiveQuery(() => listLessons(db, workspaceId), [db, workspaceId]);
  const projects = useLiveQuery(() => listProjects(db, workspaceId), [db, workspaceId]);
  const mayWrite = useMemo(() => createMayWriteLesson(member, projects ?? []), [member, projects]);
  /** The lesson being written: 'new', or the id of the one edited. */
  const [editing, setEditing] = useState<string>();
  // Another address (back, a bookmark, the section list) leaves the editor.
  useEffect(() => setEditing(undefined), [recordId]);

  if (lessons === undefined || projects === undefined) return <p class="muted">{i18n.t('lessons.loading')}</p>;
  const open = recordId ? lessons.find((lesson) => lesson.id === recordId) : undefined;
  const finish = (id: string | undefined) => {
    setEditing(undefined);
    navigate({ section: 'lessons', ...(id ? { recordId: id } : {}) });
  };

  if (editing === 'new' || (editing && open && editing === open.id && mayWrite(open)))
    return (
      <LessonEditor
        key={editing}
        workspaceId={workspaceId}
        lesson={editing === 'new' ? undefined : open}
        projects={projects}
        mayWrite={mayWrite}
        onDone={finish}
      />
    );

  if (recordId)
    return (
      <div class="lessons">
        <p>
          <a
            href={formatAdminRoute({ section: 'lessons' })}
            class="lessons__back"
            data-testid="lesson-back"
            onClick={(event) => {
              event.preventDefault();
              navigate({ section: 'lessons' });
            }}
          >
            ← {i18n.t('lessons.back')}
          </a>
        </p>
        {open ? (
          <LessonCard lesson={open} projects={projects} isFull>
            {mayWrite(open) ? (
              <div class="form-actions">
                <button
                  type="button"
                  class="button button--primary"
                  data-testid="lesson-edit"
                  onClick={() => setEditing(open.id)}
                >
                  {i18n.t('lessons.edit')}
                </button>
              </div>
            ) : null}
          </LessonCard>
        ) : (
          <p class="empty-state" data-testid="lesson-not-found">
            {i18n.t('lessons.notFound')}
          </p>
        )}
      </div>
    );

  return (
    <LessonList
      lessons={lessons}
      projects={projects}
      mayWrite={mayWrite}
      navigate={navigate}
      onNew={() => setEditing('new')}
    />
  );
}

interface LessonListProps {
  lessons: readonly Lesson[];
  projects: readonly Project[];
  mayWrite: MayWriteLesson;
  navigate: AdminSectionProps['navigate'];
  onNew(): void;
}

/** The register: search, project and category filters, tag toggles, then the lessons as cards. */
function LessonList({ lessons, projects, mayWrite, navigate, onNew }: LessonListProps) {
  const [query, setQuery] = useState('');
  const [project, setProject] = useState('');
  const [category, setCategory] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const tagCounts = useMemo(() => countLessonTags(lessons), [lessons]);
  const shown = useMemo(
    () =>
      filterLessons(lessons, {
        query,
        tags,
        ...(project ? { project } : {}),
        ...(category ? { category: category as LessonCategory } : {}),
      }),
    [lessons, query, tags, project, category],
  );
  const mayCreate = mayWrite({}) || projects.some((each) => mayWrite({ projectId: each.id }));
  const isFiltered = query.trim() !== '' || project !== '' || category !== '' || tags.length > 0;
  const toggleTag = (tag: string) =>
    setTags((current) => (current.includes(tag) ? current.filter((each) => each !== tag) : [...current, tag]));
  const clear = () => {
    setQuery('');
    setProject('');
    setCategory('');
    setTags([]);
  };

  return (
    <div class="lessons">
      <p class="lessons__intro">{i18n.t('lessons.intro')}</p>
      {mayCreate ? null : (
        <p class="lessons__read-only" data-testid="lessons-read-only">
          {i18n.t('lessons.readOnly')}
        </p>
      )}
      <div class="lessons__toolbar">
        <SearchField
          id="lessons-search"
          label={i18n.t('lessons.search')}
          placeholder={i18n.t('lessons.searchPlaceholder')}
          className="lessons__search"
          value={query}
          onValue={setQuery}
        />
        <div class="field">
          <label for="lessons-project">{i18n.t('lessons.filterProject')}</label>
          <select
            id="lessons-project"
            data-testid="lessons-project"
            value={project}
            onChange={(event) => setProject(event.currentTarget.value)}
          >
            <option value="">{i18n.t('lessons.allProjects')}</option>
            <option value="workspace">{i18n.t('lessons.workspaceWide')}</option>
            {projects.map((each) => (
              <option key={each.id} value={each.id}>
                {`${each.code} · ${each.name}`}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="lessons-category">{i18n.t('lessons.filterCategory')}</label>
          <select
            id="lessons-category"
            data-testid="lessons-category"
            value={category}
            onChange={(event) => setCategory(event.currentTarget.value)}
          >
            <option value="">{i18n.t('lessons.allCategories')}</option>
            {lessonCategories.map((each) => (
              <option key={each} value={each}>
                {categoryLabel(each)}
              </option>
            ))}
          </select>
        </div>
        {mayCreate ? (
          <button type="button" class="button button--primary" data-testid="lesson-new" onClick={onNew}>
            {i18n.t('lessons.new')}
          </button>
        ) : null}
      </div>
      {tagCounts.length > 0 ? (
        <fieldset class="lessons__tags" aria-describedby="lessons-tags-hint">
          <legend class="field-label">{i18n.t('lessons.filterTags')}</legend>
          <p id="lessons-tags-hint" class="field-hint">
            {i18n.t('lessons.filterTagsHint')}
          </p>
          <ul class="lessons__tag-list">
            {tagCounts.map(({ tag, count }) => (
              <li key={tag}>
                <button
                  type="button"
                  class="lessons__tag-toggle"
                  data-testid={`lessons-tag-${tag}`}
                  aria-pressed={tags.includes(tag) ? 'true' : 'false'}
                  onClick={() => toggleTag(tag)}
                >
                  {tag} <span class="lessons__tag-count">{count}</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {lessons.length === 0 ? (
        <p class="empty-state" data-testid="lessons-empty">
          {i18n.t('lessons.empty')}
        </p>
      ) : (
        <>
          <p class="lessons__count" role="status" data-testid="lessons-count">
            {i18n.t('lessons.shown', [String(shown.length), String(lessons.length)])}
            {isFiltered ? (
              <button type="button" class="button button--quiet" data-testid="lessons-clear" onClick={clear}>
                {i18n.t('lessons.clearFilters')}
              </button>
            ) : null}
          </p>
          {shown.length === 0 ? (
            <p class="empty-state" data-testid="lessons-no-match">
              {i18n.t('lessons.noMatch')}
            </p>
          ) : (
            <ul class="lessons__list" data-testid="lessons-list">
              {shown.map((lesson) => (
                <li key={lesson.id}>
                  <LessonCard lesson={lesson} projects={projects} navigate={navigate} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

interface LessonCardProps {
  lesson: Lesson;
  projects: readonly Project[];
  /** In the list: the title opens the lesson at its address. */
  navigate?: AdminSectionProps['navigate'];
  /** At its address: the heading is the page's and everything shows. */
  isFull?: boolean;
  children?: preact.ComponentChildren;
}

/** One lesson: title, where and what kind, what happened, what to do next time, its tags. Text only, never HTML. */
function LessonCard({ lesson, projects, navigate, isFull, children }: LessonCardProps) {
  const language = readUiLanguage();
  return (
    <article class={`lesson-card${isFull ? ' lesson-card--full' : ''}`} data-testid="lesson-card">
      <h3 class="lesson-card__title" data-testid="lesson-title">
        {navigate ? (
          <a
            href={formatAdminRoute({ section: 'lessons', recordId: lesson.id })}
            data-testid="lesson-open"
            onClick={(event) => {
              event.preventDefault();
              navigate({ section: 'lessons', recordId: lesson.id });
            }}
          >
            {lesson.title}
          </a>
        ) : (
          lesson.title
        )}
      </h3>
      <p class="lesson-card__meta">
        <span data-testid="lesson-place">{placeOf(lesson, projects)}</span>
        {lesson.category ? (
          <span class="lesson-card__category" data-testid="lesson-category">
            {categoryLabel(lesson.category)}
          </span>
        ) : null}
        <span class="muted">
          {i18n.t('lessons.writtenBy', [new Date(lesson.createdAt).toLocaleDateString(language)])}
        </span>
      </p>
      <dl class="lesson-card__text">
        <dt>{i18n.t('lessons.fields.whatHappened')}</dt>
        <dd class={isFull ? undefined : 'lesson-card__clamp'} data-testid="lesson-what-happened">
          {lesson.whatHappened}
        </dd>
        {lesson.recommendation?.trim() ? (
          <>
            <dt>{i18n.t('lessons.fields.recommendation')}</dt>
            <dd class={isFull ? undefined : 'lesson-card__clamp'} data-testid="lesson-recommendation">
              {lesson.recommendation}
            </dd>
          </>
        ) : null}
      </dl>
      {lesson.tags.length > 0 ? (
        <ul class="lesson-card__tags" aria-label={i18n.t('lessons.fields.tags')} data-testid="lesson-tags">
          {lesson.tags.map((tag) => (
            <li key={tag} class="lesson-card__tag">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </article>
  );
}
