import type { RiskMatrixSize } from '../../shared/risk-score';
import type { Project } from '../../shared/schemas/project';
import type { Risk } from '../../shared/schemas/risk';
// Types only: the popup's first paint loads this module before Dexie (PopupApp.tsx).
import type { ConnectionRow } from './database';
import type { ShownAccessNotice, ShownRefusal } from './shown-notices';

/**
 * The popup's first screen, kept small so it opens from it before any Dexie query answers (issue 19,
 * docs/architecture.md "Data flow"): the active workspace, its sync state, the switcher's workspaces,
 * the projects and the shown project's top risks, and the notices and refused edits above them
 * (worded already, so that the first screen has the layout of the live one). The background rewrites
 * it after every change to the rows and the popup whenever its live queries render; the popup's live
 * rows always replace it.
 *
 * It lives in an IndexedDB database of its own rather than `chrome.storage.local`, which would need
 * the "storage" permission (docs/architecture.md "Permission model": the fewest that work); both the
 * service worker and the pages reach it, and reading it never wakes the worker.
 */

/** How many of the shown project's risks the summary keeps: more than a popup's height shows. */
export const popupSummaryRiskCount = 30;

/** A risk as the popup's list shows it (RiskList: title, owner, status, ratings, review day, sync mark). */
export type SummaryRisk = Pick<
  Risk,
  | 'id'
  | 'title'
  | 'owner'
  | 'status'
  | 'version'
  | 'probability'
  | 'impact'
  | 'residualProbability'
  | 'residualImpact'
  | 'reviewDate'
>;
/** The active connection's fields the header and the sync badge show (never its token). */
export type SummaryConnection = Pick<
  ConnectionRow,
  'workspaceId' | 'workspaceName' | 'syncStatus' | 'pendingCount' | 'lastError' | 'lastSyncAt' | 'retryAt'
>;
/** A joined workspace as the switcher names it. */
export type SummarySwitcherEntry = Pick<ConnectionRow, 'workspaceId' | 'workspaceName' | 'syncStatus' | 'pendingCount'>;
export type SummaryProject = Pick<Project, 'id' | 'code' | 'name'>;

export interface PopupSummary {
  format: typeof summaryFormat;
  workspaceId: string;
  connection: SummaryConnection;
  connections: SummarySwitcherEntry[];
  /** By code, as listProjects answers them. */
  projects: SummaryProject[];
  /** The project whose risks are kept; null when the workspace has none. */
  projectId: string | null;
  /** That project's first risks in the shared ranking (rankRisks). */
  risks: SummaryRisk[];
  /** All of that project's risks, of which `risks` is the start. */
  riskCount: number;
  matrix: RiskMatrixSize | null;
  /** Every workspace's access notices, oldest first. */
  notices: ShownAccessNotice[];
  /** This workspace's refused edits not dismissed yet. */
  refusals: ShownRefusal[];
  /** What the texts above are written in (readUiLanguage): another language's are not shown. */
  language: string;
  writtenAt: string;
}

/** Bumped whenever the shape changes: a summary of another shape is ignored, never misread. */
const summaryFormat = 2;
const databaseName = 'interim-pmo-popup-summary';
const storeName = 'summary';
const summaryKey = 'active';
const selectionKey = (workspaceId: string) => `selection:${workspaceId}`;

export interface PopupSummaryInput {
  connection: SummaryConnection;
  connections: readonly SummarySwitcherEntry[];
  projects: readonly SummaryProject[];
  /** The project chosen last; the first one when it is gone or none was chosen. */
  chosenProjectId: string | null;
  /** The shown project's risks, ranked. */
  risks: readonly SummaryRisk[];
  matrix: RiskMatrixSize | null;
  notices: readonly ShownAccessNotice[];
  refusals: readonly ShownRefusal[];
  language: string;
  now: string;
}

/** The summary of what the popup shows, copying only the fields it draws. */
export function buildPopupSummary(input: PopupSummaryInput): PopupSummary {
  const { connection, chosenProjectId } = input;
  const project = input.projects.find((candidate) => candidate.id === chosenProjectId) ?? input.projects[0];
  return {
    format: summaryFormat,
    workspaceId: connection.workspaceId,
    connection: {
      workspaceId: connection.workspaceId,
      workspaceName: connection.workspaceName,
      syncStatus: connection.syncStatus,
      pendingCount: connection.pendingCount,
      lastError: connection.lastError,
      lastSyncAt: connection.lastSyncAt,
      retryAt: connection.retryAt ?? null,
    },
    connections: input.connections.map(({ workspaceId, workspaceName, syncStatus, pendingCount }) => ({
      workspaceId,
      workspaceName,
      syncStatus,
      pendingCount,
    })),
    projects: input.projects.map(({ id, code, name }) => ({ id, code, name })),
    projectId: project?.id ?? null,
    risks: project ? input.risks.slice(0, popupSummaryRiskCount).map(pickSummaryRisk) : [],
    riskCount: project ? input.risks.length : 0,
    matrix: input.matrix,
    notices: [...input.notices],
    refusals: [...input.refusals],
    language: input.language,
    writtenAt: input.now,
  };
}

function pickSummaryRisk(risk: SummaryRisk): SummaryRisk {
  const { id, title, owner, status, version, probability, impact, residualProbability, residualImpact, reviewDate } =
    risk;
  return {
    id,
    title,
    ...(owner ? { owner } : {}),
    status,
    version,
    probability,
    impact,
    ...(residualProbability === undefined ? {} : { residualProbability }),
    ...(residualImpact === undefined ? {} : { residualImpact }),
    ...(reviewDate ? { reviewDate } : {}),
  };
}

let opened: Promise<IDBDatabase> | undefined;

function openSummaryDatabase(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => {
      const database = request.result;
      // Another context deleting or upgrading the database: reopen on the next call.
      database.onversionchange = () => {
        database.close();
        opened = undefined;
      };
      resolve(database);
    };
    request.onerror = () => reject(request.error);
  }).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

async function readKey<T>(key: string): Promise<T | undefined> {
  const database = await openSummaryDatabase();
  return new Promise((resolve, reject) => {
    const request = database.transaction(storeName, 'readonly').objectStore(storeName).get(key);
    request.onsuccess = () => resolve(request.result as T | undefined);
    request.onerror = () => reject(request.error);
  });
}

async function writeKeys(entries: Record<string, unknown>, deleted: string[] = []): Promise<void> {
  const database = await openSummaryDatabase();
  await new Promise<void>((resolve, reject) => {
    const transaction = database.transaction(storeName, 'readwrite');
    const store = transaction.objectStore(storeName);
    for (const [key, value] of Object.entries(entries)) store.put(value, key);
    for (const key of deleted) store.delete(key);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}

/** Whether `value` is a summary of the current format (written by this code, or to be ignored). */
export function isPopupSummary(value: unknown): value is PopupSummary {
  const summary = value as Partial<PopupSummary> | undefined;
  return (
    summary?.format === summaryFormat &&
    typeof summary.workspaceId === 'string' &&
    Array.isArray(summary.projects) &&
    Array.isArray(summary.risks) &&
    Array.isArray(summary.notices) &&
    Array.isArray(summary.refusals)
  );
}

/** The last summary written, or null (none, another format, or IndexedDB refused). */
export async function readPopupSummary(): Promise<PopupSummary | null> {
  try {
    const value = await readKey<unknown>(summaryKey);
    return isPopupSummary(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps `summary` for the next popup; null forgets it (no workspace joined any more). */
export async function writePopupSummary(summary: PopupSummary | null): Promise<void> {
  await (summary ? writeKeys({ [summaryKey]: summary }) : writeKeys({}, [summaryKey]));
}

/** The project a page last chose in a workspace, for the background's summaries (it cannot read a page's localStorage). */
export async function readPopupSelection(workspaceId: string): Promise<string | null> {
  try {
    return (await readKey<string>(selectionKey(workspaceId))) ?? null;
  } catch {
    return null;
  }
}

export async function rememberPopupSelection(workspaceId: string, projectId: string): Promise<void> {
  await writeKeys({ [selectionKey(workspaceId)]: projectId });
}
