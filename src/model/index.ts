export * from './position.js';
export * from './money.js';
export * from './diagnostic.js';
export * from './table.js';
export * from './narrative.js';
export * from './forms.js';
export * from './document.js';
