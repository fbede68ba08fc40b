/** An AbortController that also aborts when `parent` does: per-feature work inside per-page work. */
export function createLinkedAbortController(parent?: AbortSignal): AbortController {
  const controller = new AbortController();
  if (!parent) return controller;
  if (parent.aborted) controller.abort(parent.reason);
  else parent.addEventListener('abort', () => controller.abort(parent.reason), { signal: controller.signal });
  return controller;
}
