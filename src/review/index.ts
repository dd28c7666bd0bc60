export { renderReviewPage } from './render-page.js';
export { renderIndexPage, indexEntry, type IndexEntry } from './render-index.js';
export { ReviewDocumentSchema, CheckSchema, spanMismatch, type ReviewDocument, type Check } from './review-document.js';
export { runReviewCommand, type ReviewCommandOptions } from './review-command.js';
