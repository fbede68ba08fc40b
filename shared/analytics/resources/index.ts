export * from './allocation-list';
export * from './iso-day';
export * from './over-allocation';
export * from './project-over-allocation';
export * from './raci-matrix';
export * from './resource-grid';
export * from './who-to-ask';
