export * from './divisions';
export * from './institutions';
export * from './audit';
