import { useCallback, useEffect, useState } from 'preact/hooks';
import { type AdminRoute, formatAdminRoute, parseAdminRoute } from '../../messaging/admin-route';

/** The page's address in the location hash, kept in step with back/forward and bookmarks. */
export function useAdminRoute(): [AdminRoute, (route: AdminRoute) => void] {
  const [route, setRoute] = useState(() => parseAdminRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseAdminRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const navigate = useCallback((next: AdminRoute) => {
    const hash = formatAdminRoute(next);
    if (location.hash !== hash) location.hash = hash;
    setRoute(parseAdminRoute(hash));
  }, []);
  return [route, navigate];
}
