export * from './schemas/index.js';
export * from './lifecycle.js';
export * from './validation.js';
