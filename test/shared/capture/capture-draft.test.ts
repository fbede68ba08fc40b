import { describe, expect, it } from 'vitest';
import { type CaptureContext, draftFromContext } from '../../../shared/capture/capture-draft';
import { SourceSchema } from '../../../shared/schemas/risk';

const article: CaptureContext = {
  url: 'https://news.example.com/2026/03/supplier-delays',
  pageTitle: 'Supplier announces six-week delay on card terminals – Payments Weekly',
  selection: '',
};

describe('draftFromContext', () => {
  it('titles the capture with the selection on one line and keeps the selection verbatim as the quote', () => {
    const selection = '  Our main supplier\nannounced a\t six-week delay\n\non terminals.  ';

    const draft = draftFromContext('risk', { ...article, selection });

    expect(draft).toEqual({
      kind: 'risk',
      title: 'Our main supplier announced a six-week delay on terminals.',
      quote: selection,
      source: { url: article.url, pageTitle: article.pageTitle, quote: selection },
    });
  });

  it('keeps markup in a selection as text, character for character', () => {
    const selection = '<img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> supplier delay';

    const draft = draftFromContext('issue', { ...article, selection });

    expect(draft.title).toBe(selection);
    expect(draft.quote).toBe(selection);
    expect(draft.source.quote).toBe(selection);
  });

  it('cuts a long selection to 300 characters in the title and 5000 in the quote, marking each cut', () => {
    const selection = `${'delay '.repeat(1000)}end`;

    const draft = draftFromContext('risk', { ...article, selection });

    expect(draft.title).toHaveLength(300);
    expect(draft.title.endsWith('…')).toBe(true);
    expect(draft.quote).toHaveLength(5000);
    expect(draft.quote.endsWith('…')).toBe(true);
    expect(SourceSchema.safeParse(draft.source).success).toBe(true);
  });

  it('takes the link text and the link address when a link was captured without a selection', () => {
    const draft = draftFromContext('action', {
      ...article,
      linkUrl: 'https://supplier.example.com/notices/2026-14',
      linkText: ' Notice 2026-14:\nrevised delivery dates ',
    });

    expect(draft).toEqual({
      kind: 'action',
      title: 'Notice 2026-14: revised delivery dates',
      quote: '',
      source: { url: 'https://supplier.example.com/notices/2026-14', pageTitle: article.pageTitle },
    });
  });

  it('falls back to the page title, and leaves blank parts out of the source', () => {
    expect(draftFromContext('decision', { ...article, selection: ' \n ' })).toEqual({
      kind: 'decision',
      title: article.pageTitle,
      quote: '',
      source: { url: article.url, pageTitle: article.pageTitle },
    });
    expect(draftFromContext('risk', { url: 'chrome://version/', pageTitle: '', selection: '' })).toEqual({
      kind: 'risk',
      title: '',
      quote: '',
      source: { url: 'chrome://version/' },
    });
  });

  it('keeps the Jira issue key the captured address shows', () => {
    const onIssue = draftFromContext('risk', {
      url: 'https://acme.atlassian.net/browse/pay-42',
      pageTitle: '[PAY-42] Card payments time out - Jira',
      selection: 'times out after 30 s',
    });
    const onBoardModal = draftFromContext('risk', {
      url: 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/7?selectedIssue=PAY-43',
      pageTitle: 'PAY board',
      selection: '',
    });
    const onArticle = draftFromContext('risk', { ...article, selection: 'PAY-42 slips' });

    expect(onIssue.source.jiraKey).toBe('PAY-42');
    expect(onBoardModal.source.jiraKey).toBe('PAY-43');
    expect(onArticle.source.jiraKey).toBeUndefined();
  });
});
