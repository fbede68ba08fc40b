import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileQuote, issueQuote, linkText, pageTitle } from '../fixtures/article/article';
import { selectTextOf } from '../fixtures/article/select-text';
import { type ArticleFixture, startArticleFixture } from '../fixtures/article/server';
import { ExtensionBrowser } from './support/extension-browser';
import { collectPageErrors, type PageErrors } from './support/page-errors';
import { takeScreenshot } from './support/screenshots';

// The fixture news article on its own: the capture e2e test proves isolation only if this page
// really is hostile, so this proves its markup-as-text paragraph, its CSS and its DOM patches, in
// Node and in Chromium without the extension.

interface HostileCounters {
  shadowRootsForcedClosed: number;
  stylesDisabled: number;
  keyListenersDropped: number;
  focusCallsIgnored: number;
  shortcuts: string[];
}

const readHostile = (page: Page) =>
  page.evaluate(() => (window as unknown as { __hostile: HostileCounters }).__hostile);

let article: ArticleFixture;
let browser: ExtensionBrowser;
let page: Page;
let errors: PageErrors;

beforeAll(async () => {
  article = await startArticleFixture();
  browser = await ExtensionBrowser.launch({ extensionDir: null });
  page = await browser.context.newPage();
  errors = collectPageErrors(page);
  await page.goto(article.articleUrl);
});

afterAll(async () => {
  await browser?.close();
  await article?.close();
});

describe('the fixture article over http', () => {
  it('serves the article with the markup paragraph escaped, no CSP, and its hostile assets', async () => {
    const response = await fetch(article.articleUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
    const html = await response.text();
    expect(html).toContain(
      '&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; and &lt;script&gt;window.__pwned=2&lt;/script&gt; supplier delay',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('<title>Acme Castings warns of a &lt;b&gt;6-week&lt;/b&gt; delay');

    const css = await fetch(`${article.origin}/assets/hostile.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('color: red !important');
    const script = await fetch(`${article.origin}/assets/hostile-page.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(article.linkedUrl)).status).toBe(200);
    expect((await fetch(`${article.origin}/news/nothing-here`)).status).toBe(404);
  });

  it('logs each request with its path and status', async () => {
    article.requests.length = 0;
    await fetch(`${article.origin}/nope`);
    expect(article.requests).toEqual([{ method: 'GET', path: '/nope', status: 404 }]);
  });
});

describe('the fixture article in Chromium (no extension)', () => {
  it('shows the markup paragraph as text: no image, no script ran, and a selection of it is the literal text', async () => {
    expect(await page.title()).toBe(pageTitle);
    expect(await page.locator('#hostile-quote').textContent()).toBe(hostileQuote);
    expect(await page.locator('#hostile-quote img, #hostile-quote script').count()).toBe(0);
    expect(await page.evaluate(selectTextOf, '#hostile-quote')).toBe(hostileQuote);
    expect(await page.evaluate(selectTextOf, '#issue-quote')).toBe(issueQuote);
    expect(await page.locator('#contract-link').textContent()).toBe(linkText);
    expect(await page.locator('#contract-link').getAttribute('href')).toBe(new URL(article.linkedUrl).pathname);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await takeScreenshot(page, 'capture-fixture-article');
  });

  it('styles everything in red 40px Comic Sans, hides every div, and keeps a sticky header just under the top z-index', async () => {
    const styles = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        leadColor: style('#lead').color,
        leadFontSize: style('#lead').fontSize,
        leadFont: style('#lead').fontFamily,
        promoDisplay: style('#promo').display,
        headerPosition: style('.site-header').position,
        headerZIndex: style('.site-header').zIndex,
        mainZIndex: style('main').zIndex,
      };
    });
    expect(styles).toEqual({
      leadColor: 'rgb(255, 0, 0)',
      leadFontSize: '40px',
      leadFont: expect.stringContaining('Comic Sans'),
      promoDisplay: 'none',
      headerPosition: 'sticky',
      headerZIndex: '2147483646',
      mainZIndex: '1',
    });
  });

  it('patches the main world: closed shadow roots, disabled styles, dropped key listeners, ignored focus', async () => {
    const before = await readHostile(page);
    expect(before).toEqual({
      shadowRootsForcedClosed: 0,
      stylesDisabled: 0,
      keyListenersDropped: 0,
      focusCallsIgnored: 0,
      shortcuts: [],
    });
    const effects = await page.evaluate(() => {
      const host = document.createElement('section');
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      let heard = false;
      host.addEventListener('keydown', () => {
        heard = true;
      });
      document.body.append(host);
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      const search = document.getElementById('site-search') as HTMLInputElement;
      search.focus();
      const result = {
        rootIsReachable: host.shadowRoot !== null,
        rootMode: root.mode,
        styleMedia: style.media,
        heard,
        focused: document.activeElement === search,
      };
      host.remove();
      return result;
    });
    expect(effects).toEqual({
      rootIsReachable: false,
      rootMode: 'closed',
      styleMedia: 'not all',
      heard: false,
      focused: false,
    });
    expect(await readHostile(page)).toEqual({
      shadowRootsForcedClosed: 1,
      stylesDisabled: 1,
      keyListenersDropped: 1,
      focusCallsIgnored: 1,
      shortcuts: [],
    });
  });

  it('opens its subscription offer on "s" typed on the page, not on "s" typed in its own search field', async () => {
    await page.locator('#site-search').click();
    await page.keyboard.type('supplier');
    expect((await readHostile(page)).shortcuts).toEqual([]);
    expect(await page.locator('#subscribe-modal').isVisible()).toBe(false);

    await page.locator('#headline').click();
    await page.keyboard.press('s');
    expect((await readHostile(page)).shortcuts).toEqual(['s']);
    expect(await page.locator('#subscribe-modal').isVisible()).toBe(true);
    await takeScreenshot(page, 'capture-fixture-subscribe-offer');
  });

  it('logs nothing to the console', () => {
    expect(errors.list).toEqual([]);
  });
});
