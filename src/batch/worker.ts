/**
 * Entry module of the batch's worker threads (loaded by piscina from dist/batch/worker.js).
 * Each worker lives for the whole batch, so the segmenter's dictionary is loaded once per
 * thread, on its first document.
 */
export { processFile } from './process-file.js';
