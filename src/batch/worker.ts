import { workerData } from 'piscina';
import { cutWords, useSharedPosLexicon } from '../segment/jieba.js';
import { markStarted, useNativeGuard } from '../segment/native-guard.js';
import type { PosLexiconData } from '../segment/pos-lexicon.js';
import { processFile as processOne, type FileOutcome, type FileTask } from './process-file.js';

/**
 * Entry module of the batch's worker threads (loaded by piscina from dist/batch/worker.js).
 * Each worker lives for the whole batch. The segmenter's dictionary is loaded once per
 * process (threads share it, see patches/), on the first document; the tag lexicon comes
 * built, on shared memory, from the thread that made the pool.
 */
const shared = (workerData as { posLexicon?: PosLexiconData } | undefined)?.posLexicon;
if (shared) useSharedPosLexicon(shared);
// The segmenter loads here, before any task: its second of loading is then not counted
// against the first document's time limit, and no task can be stopped inside it.
cutWords('预热');

/** processFile with the task's stop guard in place for its native calls. */
export async function processFile(task: FileTask): Promise<FileOutcome> {
  useNativeGuard(task.guard ?? null);
  if (task.guard) markStarted(task.guard);
  try {
    return await processOne(task);
  } finally {
    useNativeGuard(null);
  }
}
