export * from './dashboard-types';
export * from './portfolio-dashboard';
export * from './portfolio-filter';
export * from './prioritisation';
export * from './project-facts-builder';
export * from './roll-up-portfolio';
export * from './what-if';
export * from './workspace-records';
