import { Zip, ZipDeflate } from 'fflate';
import type { HandoverFile } from '../../../../shared/reports/handover-pack';

/** Lets the page paint the progress between two files: zipping is synchronous work on this thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Zips text files (UTF-8) in the page with fflate, one file at a time, reporting after each how
 * many are done, so a large pack shows progress instead of a frozen button.
 */
export async function zipFiles(files: readonly HandoverFile[], onProgress: (done: number) => void): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const [index, file] of files.entries()) {
    const entry = new ZipDeflate(file.path, { level: 6 });
    zip.add(entry);
    entry.push(encoder.encode(file.text), true);
    onProgress(index + 1);
    await nextFrame();
  }
  zip.end();
  if (failure) throw failure;
  return new Blob(chunks as BlobPart[], { type: 'application/zip' });
}

/** Saves a blob as a file through a temporary link; the browser's download bar shows it. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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
