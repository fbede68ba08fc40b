/** A spreadsheet's name for a 0-based column: A…Z, AA, AB… */
export function columnLetter(column: number): string {
  let rest = column + 1;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
