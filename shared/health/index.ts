export * from './fact-queries';
export * from './project-facts';
export * from './rules';
export * from './run-health-checks';
export * from './types';
