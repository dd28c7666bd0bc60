export { extractMetadata, type DocumentMetadata } from './extract-metadata.js';
export { findRegion, scanDivisions, WORD_LIKE_NAMES, type DivisionMention } from './find-region.js';
export { divisionIndex, shortNameOf, type Division, type DivisionIndex, type DivisionLevel } from './division-index.js';
export { reportYear, REPORT_YEAR_RULES, type ReportYearRule } from './report-year.js';
