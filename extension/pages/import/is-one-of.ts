/** Whether a string is one of a closed list of codes, narrowing it to them (e.g. to build a catalog key). */
export function isOneOf<const C extends string>(codes: readonly C[], value: string): value is C {
  return (codes as readonly string[]).includes(value);
}
