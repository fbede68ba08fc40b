export * from './owner-ref';
export * from './raid-links';
export * from './raid-overdue';
export * from './raid-register';
export * from './raid-search';
