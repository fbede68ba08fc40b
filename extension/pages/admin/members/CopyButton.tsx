import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';

interface CopyButtonProps {
  text: string;
  label: string;
  testId: string;
  isPrimary?: boolean;
}

/** Copies text to the clipboard and says so for a moment (announced, for screen readers too). */
export function CopyButton({ text, label, testId, isPrimary = false }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Clipboard refused (no focus, no permission): the text stays on screen to select by hand.
      setState('failed');
    }
  }
  return (
    <span class="members__copy">
      <button
        type="button"
        class={`button ${isPrimary ? 'button--primary' : 'button--quiet'}`}
        data-testid={testId}
        onClick={() => void copy()}
      >
        {label}
      </button>
      <span class="members__copy-state" role="status">
        {state === 'copied' && i18n.t('adminMembers.code.copied')}
        {state === 'failed' && i18n.t('adminMembers.code.copyFailed')}
      </span>
    </span>
  );
}
