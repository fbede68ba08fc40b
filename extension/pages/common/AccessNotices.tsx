import { useMemo } from 'preact/hooks';
import { describeAccessNotice } from '../../db/shown-notices';
import { listAccessNotices } from '../../db/workspace-queries';
import { useDatabase } from '../database-context';
import { useLiveQuery } from '../use-live-query';
import { AccessNoticeList } from './AccessNoticeList';

/** The access notices (AccessNoticeList.tsx), read live: what every page but the popup's first paint shows. */
export function AccessNotices() {
  const db = useDatabase();
  const notices = useLiveQuery(() => listAccessNotices(db), [db]);
  const shown = useMemo(() => (notices ?? []).map(describeAccessNotice), [notices]);
  return <AccessNoticeList notices={shown} />;
}
