export * from './lesson-search';
export * from './lesson-suggestions';
export * from './lesson-words';
