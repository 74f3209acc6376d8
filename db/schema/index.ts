export * from './divisions';
export * from './institutions';
export * from './audit';
export * from './persons';
export * from './staff';
export * from './printing';
export * from './cards';
export * from './exchange';
