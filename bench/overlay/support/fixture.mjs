import { loadFixtureModule } from '../../support/load-fixture.mjs';

/** Starts the fixture Jira; answers it with `chromiumArgs` (the flags that route *.atlassian.net to it). */
export async function loadJiraFixture() {
  const { startJiraFixture, jiraFixtureChromiumArgs } = await loadFixtureModule('jira');
  const fixture = await startJiraFixture();
  return { ...fixture, chromiumArgs: jiraFixtureChromiumArgs };
}
