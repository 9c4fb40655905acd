export * from './span.js';
export * from './errors.js';
export * from './hash.js';
export * from './document.js';
export * from './annotations.js';
export * from './analysis.js';
export * from './names.js';
