export * from './iso-day';
export * from './over-allocation';
export * from './project-over-allocation';
