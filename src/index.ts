export { extract, type ExtractOptions } from './pipeline.js';
export * from './schema/document.js';
export { checkDocument, type PreviousYear } from './checks/check-document.js';
export { panelTables } from './panel/panel-tables.js';
export * from './panel/panel-schema.js';
