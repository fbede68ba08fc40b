import { liveQuery } from 'dexie';
import { type Inputs, useEffect, useState } from 'preact/hooks';

interface Answer<T> {
  value: T;
  inputs: Inputs;
}

/**
 * Re-renders with the query's latest answer whenever the rows it read change, in this page or
 * in the background (Dexie broadcasts changes across the extension's contexts). Undefined means
 * "not loaded yet" (also right after `inputs` change, so an old answer never shows under new
 * inputs); queries answer null for "nothing there".
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, inputs: Inputs): T | undefined {
  const [answer, setAnswer] = useState<Answer<T> | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setAnswer({ value, inputs }),
      // A failed read keeps the last good answer on screen; the console says why.
      error: (error) => console.error('[interim-pmo] live query failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, inputs);
  return answer && areSameInputs(answer.inputs, inputs) ? answer.value : undefined;
}

function areSameInputs(a: Inputs, b: Inputs): boolean {
  return a.length === b.length && a.every((input, index) => Object.is(input, b[index]));
}
