export * from './import-plan';
export * from './issue-context';
export * from './issue-drafts';
export * from './jira-keys';
export * from './link-plan';
export * from './location';
export * from './rest-schemas';
export * from './worklog-costs';
