export * from './capture-draft';
export * from './capture-mutation';
export * from './rank-projects';
