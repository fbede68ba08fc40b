import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatWorkspaceRoute, parseWorkspaceRoute, type WorkspaceRoute } from '../../messaging/workspace-route';

/** The app's address in the location hash, kept in step with back/forward and deep links. */
export function useHashRoute(): [WorkspaceRoute, (route: WorkspaceRoute) => void] {
  const [route, setRoute] = useState(() => parseWorkspaceRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseWorkspaceRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const navigate = useCallback((next: WorkspaceRoute) => {
    const hash = formatWorkspaceRoute(next);
    // Each move is a history entry, so Back returns to the previous tab or record.
    if (location.hash !== hash) location.hash = hash;
    setRoute(parseWorkspaceRoute(hash));
  }, []);
  return [route, navigate];
}
