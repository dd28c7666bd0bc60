import { mkdir } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { InputError, shortReason } from '../io/input-error.js';
import { writeFileAtomic } from '../output/atomic-file.js';
import { listReviewInputs, loadReviewDocument, NotADocument } from './load-review-inputs.js';
import { indexEntry, renderIndexPage, type IndexEntry } from './render-index.js';
import { renderReviewPage } from './render-page.js';

/** Parsed options of `zhibiao review`. */
export interface ReviewCommandOptions {
  readonly out: string;
  readonly maxBytes?: number;
}

/**
 * A page's file name from its document id: characters a file system or a URL would trip on
 * become `_`, and `index` is kept for the index. Distinct ids that meet get `-2`, `-3`, ….
 */
export function pageName(id: string, taken: Set<string>): string {
  const safe = id.replace(/[/\\:*?"<>|\u0000-\u001f#%]/g, '_').replace(/^\.+/, '_') || '_';
  const base = safe.toLowerCase() === 'index' ? `${safe}-doc` : safe;
  let name = `${base}.html`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.html`;
  taken.add(name.toLowerCase());
  return name;
}

function fail(error: unknown, file: string): void {
  const message = error instanceof InputError ? error.message : `${file}: ${shortReason(error, 300)}`;
  process.stderr.write(`zhibiao: ${message}\n`);
}

/**
 * `zhibiao review <paths...> --out DIR`: one self-contained page per document and an
 * index.html, written atomically (a re-run replaces them). Report files are extracted with
 * their text kept; zhibiao JSON files must have been written with `--keep-text`. Resolves to
 * 0 when every input has its page, 1 when some failed (each named on stderr with its reason).
 *
 * @example
 * await runReviewCommand(['corpus'], { out: 'output/review' }); // 0: output/review/boshan-2023.html, index.html
 */
export async function runReviewCommand(paths: readonly string[], options: ReviewCommandOptions): Promise<number> {
  const listed = await listReviewInputs(paths);
  const { walked, errors } = listed;
  // pages of an earlier run are .html files too: never read the output folder as input
  const outside = (file: string): boolean => !(resolve(file) + sep).startsWith(resolve(options.out) + sep);
  const files = listed.files.filter(outside);
  for (const error of errors) fail(error, error.file);
  await mkdir(options.out, { recursive: true });
  const taken = new Set<string>(['index.html']);
  const entries: IndexEntry[] = [];
  let failed = errors.length;
  for (const file of files) {
    try {
      const doc = await loadReviewDocument(file, { fromDirectory: walked.has(file), ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) });
      const page = pageName(doc.document.id, taken);
      await writeFileAtomic(join(options.out, page), renderReviewPage(doc));
      entries.push(indexEntry(page, doc));
      process.stderr.write(`ok  ${file}  → ${join(options.out, page)}  ${doc.indicators.length} indicators\n`);
    } catch (error) {
      if (error instanceof NotADocument) continue;
      fail(error, file);
      failed++;
    }
  }
  if (entries.length === 0 && failed === 0) {
    process.stderr.write(`zhibiao: no report files or zhibiao documents in ${paths.join(' ')}\n`);
    return 1;
  }
  await writeFileAtomic(join(options.out, 'index.html'), renderIndexPage(entries));
  process.stderr.write(`${entries.length} page${entries.length === 1 ? '' : 's'} and the index written to ${join(options.out, 'index.html')}${failed ? `, ${failed} failed` : ''}\n`);
  return failed > 0 ? 1 : 0;
}
