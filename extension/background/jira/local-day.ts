/** The calendar day of an instant where the user is: a risk raised at 00:30 in Paris is raised that day, not the day before (UTC). */
export function localDayOf(isoInstant: string): string {
  const date = new Date(isoInstant);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
