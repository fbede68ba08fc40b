/** Label, control, then its error and hint: the editors' one field frame (raid/EditorFields.tsx). */
export { FieldShell as ResourceField } from '../raid/EditorFields';

/** The ids an input names in aria-describedby: its error and hint when shown. */
export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  return [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}

/** A number typed in a field, or undefined when blank or not a number. */
export function readNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}
