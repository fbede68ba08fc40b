export * from './evidence-link';
export * from './gate-criteria';
export * from './gate-progress';
export * from './gate-score';
export * from './project-start';
export * from './stage-gate-template';
export * from './template-edits';
