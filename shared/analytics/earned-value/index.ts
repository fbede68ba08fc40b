export * from './cost-curve';
export * from './cost-periods';
export * from './indicators';
export * from './planned-value';
export * from './project-earned-value';
