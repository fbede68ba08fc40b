export * from './backup-format';
