import { useState } from 'preact/hooks';
import type { RecordForm } from '../common/use-record-form';

/**
 * The title a RAID item, milestone or plan item cannot do without: checked on submit (the error
 * shows under the field, which takes the focus) and cleared as soon as the user types.
 */
export function useRequiredTitle(form: RecordForm, inputId: string, message: string) {
  const [error, setError] = useState<string>();
  return {
    error,
    /** True when the form has a title; otherwise shows why not and returns false. */
    check(): boolean {
      const found = form.cleanValueOf('title') === undefined ? message : undefined;
      setError(found);
      if (found) document.getElementById(inputId)?.focus();
      return found === undefined;
    },
    set(value: string | undefined) {
      form.set('title', value);
      setError(undefined);
    },
  };
}

export type RequiredTitle = ReturnType<typeof useRequiredTitle>;
