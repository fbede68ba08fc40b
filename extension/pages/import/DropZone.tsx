import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';

/**
 * Where a CSV file is dropped, or chosen: the zone is a native button, so Enter and Space open the
 * file picker; the file input behind it keeps its label for assistive technology.
 */
export function DropZone({ onFile }: { onFile(file: File): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [isOver, setOver] = useState(false);

  function openPicker() {
    input.current?.click();
  }

  // While the zone shows, a file dropped anywhere on the page is taken too: the zone is only a target.
  useEffect(() => {
    const takeDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      onFile(file);
    };
    window.addEventListener('drop', takeDrop);
    return () => window.removeEventListener('drop', takeDrop);
  }, [onFile]);

  return (
    <div class="import-drop">
      <button
        type="button"
        class={isOver ? 'import-drop__zone import-drop__zone--over' : 'import-drop__zone'}
        data-testid="import-drop-zone"
        onClick={openPicker}
        onDragEnter={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setOver(false);
          const file = event.dataTransfer?.files[0];
          if (file) onFile(file);
        }}
      >
        <span class="import-drop__title">{i18n.t('import.source.dropTitle')}</span>
        <span class="field-hint">{i18n.t('import.source.dropHint')}</span>
      </button>
      <label class="visually-hidden" for="import-file">
        {i18n.t('import.source.chooseFile')}
      </label>
      <input
        ref={input}
        id="import-file"
        data-testid="import-file"
        class="visually-hidden"
        type="file"
        tabIndex={-1}
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so choosing the same file again (after fixing it) still reads it.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
