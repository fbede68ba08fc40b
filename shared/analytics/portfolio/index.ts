export * from './project-facts-builder';
export * from './roll-up-portfolio';
export * from './workspace-records';
