export * from './indicators';
export * from './planned-value';
export * from './project-earned-value';
