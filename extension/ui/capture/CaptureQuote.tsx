import { i18n } from '#i18n';
import type { CaptureStart } from './capture-form-values';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The selection as quoted text (never HTML), folded to three lines, with the page it came from. */
export function CaptureQuote({ start }: { start: CaptureStart }) {
  const { quote, source } = start.draft;
  const from = source.pageTitle || hostOf(source.url);
  if (!quote && !from) return null;
  return (
    <figure class="capture-quote">
      {quote ? (
        <blockquote class="capture-quote__text" data-testid="capture-quote" title={i18n.t('capture.quote')}>
          {quote}
        </blockquote>
      ) : null}
      {from ? (
        <figcaption class="capture-note capture-quote__source" data-testid="capture-source" title={source.url}>
          {i18n.t('capture.source', [from])}
        </figcaption>
      ) : null}
    </figure>
  );
}
