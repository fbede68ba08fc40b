/**
 * A CSV file's text: UTF-8 (a BOM is left for the parser to strip), else Windows-1252, the encoding
 * Excel uses for "CSV (semicolon separated)" on French and English Windows.
 */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
