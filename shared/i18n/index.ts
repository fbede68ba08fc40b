export * from './en';
export * from './format-message';
export * from './fr';
export * from './message-ref';
export * from './message-ref-schema';
export * from './zod-issue-refs';
