export { extract, type ExtractOptions } from './pipeline.js';
export * from './schema/document.js';
