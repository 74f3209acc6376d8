export * from './open';
export * as schema from './schema';
export * from './meta';
