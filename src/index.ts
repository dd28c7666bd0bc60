export { extract, type ExtractOptions } from './pipeline.js';
export { extractFile, type ExtractFileOptions } from './api/extract-file.js';
export { extractAll, type ExtractAllOptions, type ExtractResult } from './api/extract-all.js';
export { InputError } from './io/input-error.js';
export * from './schema/document.js';
export { checkDocument, type PreviousYear } from './checks/check-document.js';
export { panelTables } from './panel/panel-tables.js';
export * from './panel/panel-schema.js';
