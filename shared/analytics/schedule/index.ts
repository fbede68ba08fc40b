export * from './critical-path';
export * from './milestone-trend';
export * from './next-milestone';
export * from './pert';
export * from './schedule-dates';
export * from './working-calendar';
