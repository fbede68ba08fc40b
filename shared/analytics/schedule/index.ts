export * from './critical-path';
export * from './milestone-trend';
export * from './pert';
export * from './schedule-dates';
export * from './working-calendar';
