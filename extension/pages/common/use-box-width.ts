import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The CSS width of a box, followed as the window resizes: charts draw at their box's own width, so
 * their 12 px text stays 12 px from 360 px to a wide screen instead of shrinking with a scaled viewBox.
 * `remeasureWhen` changes when the box itself is drawn again (a chart shown after its table).
 */
export function useBoxWidth<T extends HTMLElement>(
  fallback: number,
  minimum: number,
  remeasureWhen?: unknown,
): [RefObject<T | null>, number] {
  const box = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(Math.max(minimum, Math.round(element.clientWidth) || fallback));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [remeasureWhen]);
  return [box, width];
}
