import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LinkedRecord, RecordLink } from '../../../../shared/analytics/raid/raid-links';
import type { Action } from '../../../../shared/schemas/raid';
import type { MayWrite } from '../may-write';
import type { ProjectView } from '../project-view';
import type { TabProps } from '../tab-props';
import type { useMutate } from '../use-mutate';
import type { RaidEntity } from './raid-labels';

/** A short message after an edit, with the way back (undo) or forward (open what was made). */
export interface RaidNotice {
  message: string;
  undo?(): void;
  openId?: string;
}

/** What every part of the RAID tab reads and does, so lists, editors and links share one way to move. */
export interface RaidContextValue {
  view: ProjectView;
  mayWrite: MayWrite;
  mutate: ReturnType<typeof useMutate>;
  navigate: TabProps['navigate'];
  /** Opens a record of the project in its own tab (a risk in Risks, a RAID item here), unless unsaved edits hold the user. */
  openRecord(link: RecordLink): void;
  /** Opens the form for a new item, pre-linked to the record it is made from. */
  startCreate(entity: RaidEntity, link?: RecordLink): void;
  notify(notice: RaidNotice | undefined): void;
  resolveLink(link: RecordLink | undefined): LinkedRecord | undefined;
  /** The actions linked to each record, by linkKeyOf. */
  actionsByLink: Map<string, Action[]>;
  /** Closes the drawer's form or record (asking first about unsaved changes unless `isForced`). */
  closeDrawer(isForced?: boolean): void;
  /** Who may close the drawer now: the open editor says no while it holds unsaved changes (and asks). */
  registerCloseGuard(guard: (() => boolean) | undefined): void;
}

export const RaidContext = createContext<RaidContextValue | null>(null);

export function useRaid(): RaidContextValue {
  const value = useContext(RaidContext);
  if (!value) throw new Error('useRaid outside the RAID tab');
  return value;
}
