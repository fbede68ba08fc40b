import { useCallback, useEffect, useState } from 'preact/hooks';

/**
 * A page's address in the location hash, kept in step with back/forward, bookmarks and deep links.
 * Each move is a history entry, so Back returns to the previous tab or record.
 */
export function useHashRoute<R>(parse: (hash: string) => R, format: (route: R) => string): [R, (route: R) => void] {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parse(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, [parse]);
  const navigate = useCallback(
    (next: R) => {
      const hash = format(next);
      if (location.hash !== hash) location.hash = hash;
      setRoute(parse(hash));
    },
    [parse, format],
  );
  return [route, navigate];
}
