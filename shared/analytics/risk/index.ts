export * from './escalation';
export * from './expected-monetary-value';
export * from './heat-map';
export * from './probability-share';
export * from './risk-rating';
export * from './risk-register';
export * from './top-risks';
