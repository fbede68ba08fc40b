/** Saves text as a file through a temporary link; the browser's download bar shows it. */
export function downloadTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A BOM makes Excel read the UTF-8 accents right; Sheets ignores it.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has handed the file to the download manager.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
