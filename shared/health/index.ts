export * from './fact-queries';
export * from './fixes';
export * from './project-facts';
export * from './rules';
export * from './run-health-checks';
export * from './types';
