import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { readEvidenceLink } from '../../../../shared/methodology/evidence-link';
import { EvidenceLinkText } from './EvidenceLinkText';

interface EvidenceEditorProps {
  links: readonly string[];
  onLinks(links: string[]): void;
}

const maxLinks = 50;

/**
 * Evidence links of a gate request: a web address, a Google Sheet or a Jira issue (address or key).
 * Read with the rule `gate.request` stores them by (readEvidenceLink), so a `javascript:` address is
 * refused here, before it could ever become a link.
 */
export function EvidenceEditor({ links, onLinks }: EvidenceEditorProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();

  function addLink() {
    const evidence = readEvidenceLink(input);
    if (!evidence) {
      setError(i18n.t('workspaceGate.evidence.invalid'));
      document.getElementById('gate-evidence-input')?.focus();
      return;
    }
    setError(undefined);
    setInput('');
    if (!links.includes(evidence.text) && links.length < maxLinks) onLinks([...links, evidence.text]);
  }

  return (
    <fieldset class="gate-section gate-evidence" data-testid="gate-evidence">
      <legend class="gate-section__title">{i18n.t('workspaceGate.evidence.title')}</legend>
      <p class="field-hint" id="gate-evidence-hint">
        {i18n.t('workspaceGate.evidence.hint')}
      </p>
      {links.length > 0 ? (
        <ul class="gate-evidence__list">
          {links.map((link) => (
            <li key={link} data-testid="gate-evidence-link">
              <EvidenceLinkText link={link} />
              <button
                type="button"
                class="button button--quiet gate-evidence__remove"
                aria-label={i18n.t('workspaceGate.evidence.remove', [link])}
                onClick={() => onLinks(links.filter((each) => each !== link))}
              >
                {i18n.t('workspaceGate.evidence.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div class={error ? 'field field--invalid gate-evidence__add' : 'field gate-evidence__add'}>
        <label for="gate-evidence-input">{i18n.t('workspaceGate.evidence.label')}</label>
        <div class="gate-evidence__row">
          <input
            id="gate-evidence-input"
            data-testid="gate-evidence-input"
            type="text"
            value={input}
            maxLength={2048}
            spellcheck={false}
            autoComplete="off"
            placeholder="https://… · PAY-42"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'gate-evidence-error gate-evidence-hint' : 'gate-evidence-hint'}
            onInput={(event) => setInput(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter adds the link rather than sending the whole request.
              if (event.key === 'Enter') {
                event.preventDefault();
                addLink();
              }
            }}
          />
          <button type="button" class="button" data-testid="gate-evidence-add" onClick={addLink}>
            {i18n.t('workspaceGate.evidence.add')}
          </button>
        </div>
        {error ? (
          <p id="gate-evidence-error" class="field-error" data-testid="gate-evidence-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
