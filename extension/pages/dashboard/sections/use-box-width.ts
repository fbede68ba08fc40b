import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The CSS width of a box, followed as the window resizes: the dashboard's charts draw at their box's
 * own width (as extension/pages/workspace/costs/CostCurveChart.tsx does), so their 12 px text stays
 * 12 px from 360 px to a wide screen instead of shrinking with a scaled viewBox.
 */
export function useBoxWidth<T extends HTMLElement>(fallback: number, minimum: number): [RefObject<T | null>, number] {
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
  }, []);
  return [box, width];
}
