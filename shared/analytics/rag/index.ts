export * from './cost-rag';
export * from './quality-rag';
export * from './rag-scale';
export * from './resources-rag';
export * from './risk-rag';
export * from './schedule-rag';
export * from './scope-rag';
export * from './suggested-rag';
