import { loadFixtureModule } from '../../support/load-fixture.mjs';

/** Starts the fixture article on 127.0.0.1: `{ articleUrl, close }` and the rest of ArticleFixture. */
export async function startArticle() {
  const { startArticleFixture } = await loadFixtureModule('article');
  return startArticleFixture();
}
