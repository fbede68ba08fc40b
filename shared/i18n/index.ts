export * from './en';
export * from './format-message';
export * from './fr';
export * from './message-ref';
