import { useCallback, useEffect, useState } from 'preact/hooks';
import { type DashboardRoute, formatDashboardRoute, parseDashboardRoute } from '../../messaging/dashboard-route';

/** The dashboard's address in the location hash, kept in step with back/forward and bookmarks. */
export function useDashboardRoute(): [DashboardRoute, (route: DashboardRoute) => void] {
  const [route, setRoute] = useState(() => parseDashboardRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseDashboardRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const navigate = useCallback((next: DashboardRoute) => {
    const hash = formatDashboardRoute(next);
    if (location.hash !== hash) location.hash = hash;
    setRoute(parseDashboardRoute(hash));
  }, []);
  return [route, navigate];
}
