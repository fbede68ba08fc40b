/**
 * Resolves once the page's next frame is drawn (an animation frame, then a task after it): work
 * the first paint does not need waits for it rather than competing with it (bench/popup).
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
