import type { Backup } from '../backup/backup-format';
import type { AnyRecord } from '../entities';
import { formatMessage, type Language } from '../i18n/format-message';
import { toCsv } from '../tabular/csv-write';
import { exportTable } from '../tabular/export-table';
import type { ImportEntity, ImportKind } from '../tabular/types';
import {
  playbookHandoverMarkdown,
  projectHandoverMarkdown,
  type RecordsByEntity,
  templateHandoverMarkdown,
} from './handover-markdown';
import { escapeMarkdownCell } from './text-escaping';

/** One file of the handover pack: its path inside the ZIP and its text (UTF-8). */
export interface HandoverFile {
  path: string;
  text: string;
}

/** The registers each project gets, as the import page exports them (extension/pages/import/ExportPanel.tsx). */
export const handoverRegisterKinds: readonly ImportKind[] = ['risk', 'raid', 'plan', 'resources'];

/** Entities a register reads for the whole workspace rather than one project (people, as the import page does). */
const workspaceWideEntities = new Set<string>(['person']);

/** The entities each register kind writes (shared/tabular/export-table.ts). */
const registerEntities: Record<ImportKind, readonly ImportEntity[]> = {
  risk: ['risk'],
  raid: ['risk', 'issue', 'action', 'decision'],
  plan: ['milestone', 'planItem'],
  resources: ['person', 'allocation'],
};

/** A file-name part from any text: lower-case ASCII letters, digits and hyphens, never empty. */
export function toFileSlug(value: string, fallback = 'untitled'): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `handover-<workspace>-<YYYY-MM-DD>.zip`: the name the pack is downloaded under. */
export function handoverFileName(workspaceName: string, today: string): string {
  return `handover-${toFileSlug(workspaceName, 'workspace')}-${today}.zip`;
}

function groupRecords(backup: Backup): RecordsByEntity {
  const grouped: Record<string, AnyRecord[]> = {};
  for (const { entity, value } of backup.records) grouped[entity] = [...(grouped[entity] ?? []), value as AnyRecord];
  return grouped;
}

/** Distinct folder names even when two records share a slug (a suffix -2, -3 …). */
function createNamer() {
  const used = new Set<string>();
  return (base: string) => {
    let name = base;
    for (let count = 2; used.has(name); count++) name = `${base}-${count}`;
    used.add(name);
    return name;
  };
}

/** A CSV as the import page's download writes it: a BOM, so Excel reads accents right (download-file.ts). */
const csvFile = (path: string, table: string[][]): HandoverFile => ({ path, text: `\uFEFF${toCsv(table)}` });

/**
 * Every file of the handover pack (issue 18), from a backup of the workspace: a README, one
 * Markdown summary per project and its registers as CSV that the import page takes back, the
 * methodology and the playbooks as Markdown, and the backup itself as JSON (docs/sync.md
 * "Backup format"). Pure; the extension zips the files (extension/pages/admin/handover/).
 */
export function buildHandoverFiles(backup: Backup, language: Language): HandoverFile[] {
  const t = (key: Parameters<typeof formatMessage>[1], params = {}) => formatMessage(language, key, params);
  const records = groupRecords(backup);
  const projects = [...(records.project ?? [])].sort((a, b) => String(a.code).localeCompare(String(b.code)));
  const context = {
    projects: projects.map((project) => ({ id: project.id, code: String(project.code), name: String(project.name) })),
    people: (records.person ?? []).map((person) => ({ id: person.id, name: String(person.name) })),
  };
  const files: HandoverFile[] = [];
  const projectFolder = createNamer();
  for (const project of projects) {
    const folder = `projects/${projectFolder(toFileSlug(`${project.code} ${project.name}`, 'project'))}`;
    files.push({ path: `${folder}/summary.md`, text: projectHandoverMarkdown(project, records, language) });
    for (const kind of handoverRegisterKinds) {
      const ofKind = Object.fromEntries(
        registerEntities[kind].map((entity) => [
          entity,
          (records[entity] ?? []).filter(
            (record) => workspaceWideEntities.has(entity) || record.projectId === project.id,
          ),
        ]),
      );
      files.push(csvFile(`${folder}/${kind}.csv`, exportTable(kind, ofKind, context)));
    }
  }
  const templateName = createNamer();
  for (const template of records.template ?? [])
    files.push({
      path: `methodology/${templateName(toFileSlug(String(template.name), 'method'))}.md`,
      text: templateHandoverMarkdown(template, language),
    });
  const playbookName = createNamer();
  for (const playbook of records.playbook ?? [])
    files.push({
      path: `playbooks/${playbookName(toFileSlug(String(playbook.title), 'playbook'))}.md`,
      text: playbookHandoverMarkdown(playbook, language),
    });
  files.push({ path: 'backup.json', text: `${JSON.stringify(backup, null, 2)}\n` });
  const readme = [
    `# ${escapeMarkdownCell(t('handover.readme.title', { workspace: backup.workspace.name }))}`,
    escapeMarkdownCell(t('handover.readme.intro', { date: backup.exportedAt.slice(0, 10) })),
    `- \`projects/\`: ${escapeMarkdownCell(t('handover.readme.projects'))}`,
    `- \`methodology/\`: ${escapeMarkdownCell(t('handover.readme.methodology'))}`,
    `- \`playbooks/\`: ${escapeMarkdownCell(t('handover.readme.playbooks'))}`,
    `- \`backup.json\`: ${escapeMarkdownCell(t('handover.readme.backup'))}`,
    `## ${escapeMarkdownCell(t('handover.readme.filesTitle'))}`,
    files.map((file) => `- \`${file.path}\``).join('\n'),
  ].join('\n\n');
  return [{ path: 'README.md', text: `${readme}\n` }, ...files];
}
