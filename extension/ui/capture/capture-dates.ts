/** A day on the user's own calendar as YYYY-MM-DD: a review date is a local day, not a UTC one. */
export function toLocalIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day `days` after `date` (month and year ends, DST days included). */
export function localIsoDateAfter(date: Date, days: number): string {
  return toLocalIsoDate(new Date(date.getFullYear(), date.getMonth(), date.getDate() + days));
}
