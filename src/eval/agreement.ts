import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate, type EvalResult } from './evaluate.js';
import { formatReport, formatSummary } from './format-report.js';
import { findSourceText, loadGold } from './load-files.js';

export interface PassAgreementOptions {
  /** Folder of `<doc>.pass-a.json` / `<doc>.pass-b.json`; defaults to `test/gold/passes`. */
  readonly passesDir?: string;
  /** Also list the disagreements between the passes. */
  readonly errors?: boolean;
  /** Where the report goes; defaults to stdout. Failures always go to stderr. */
  readonly write?: (chunk: string) => void;
}

export interface PassAgreement {
  readonly document: string;
  /**
   * Pass A scored with pass B as gold. Swapping the roles swaps P and R; F1 changes only
   * where one pass has a value and the other only a growth, since the gold side picks the key.
   */
  readonly result: EvalResult;
}

export interface PassAgreementResult {
  readonly results: readonly PassAgreement[];
  /** 0 when every pair was scored; 1 when a pass file could not be read. */
  readonly exitCode: number;
}

const PASS_A = '.pass-a.json';
const PASS_B = '.pass-b.json';

/**
 * Inter-annotator agreement for docs/annotation.md: for every document with both passes,
 * F1 of pass A against pass B and the agreement of every field on the matched items.
 * A document with only one pass is reported on stderr and skipped.
 *
 * @example
 * const { results } = await passAgreement({});
 * results[0]?.result.f1 // 0.94
 */
export async function passAgreement(options: PassAgreementOptions): Promise<PassAgreementResult> {
  const write = options.write ?? ((chunk: string): void => void process.stdout.write(chunk));
  const dir = resolve(options.passesDir ?? 'test/gold/passes');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    process.stderr.write(`zhibiao agreement: cannot read ${dir}\n`);
    return { results: [], exitCode: 1 };
  }
  const docs = [...new Set(names.filter((n) => n.endsWith(PASS_A) || n.endsWith(PASS_B)).map(docOf))].sort();
  const results: PassAgreement[] = [];
  let exitCode = 0;
  for (const doc of docs) {
    if (!names.includes(doc + PASS_A) || !names.includes(doc + PASS_B)) {
      process.stderr.write(`zhibiao agreement: ${doc} has only one pass; skipped\n`);
      continue;
    }
    try {
      const pathB = join(dir, doc + PASS_B);
      const passA = loadGold(join(dir, doc + PASS_A));
      const passB = loadGold(pathB);
      const text = findSourceText(pathB, passB.source);
      const result = evaluate(passA, passB, text === undefined ? {} : { sourceText: text });
      results.push({ document: doc, result });
      write(`${formatReport(result, { errors: options.errors ?? false })}\n`);
    } catch (error) {
      process.stderr.write(`zhibiao agreement: ${error instanceof Error ? error.message : String(error)}\n`);
      exitCode = 1;
    }
  }
  if (results.length === 0) process.stderr.write(`zhibiao agreement: no complete pair of passes in ${dir}\n`);
  else write(`# agreement of pass A with pass B (B as gold)\n\n${formatSummary(results.map((r) => r.result))}\n`);
  return { results, exitCode };
}

function docOf(name: string): string {
  return name.endsWith(PASS_A) ? name.slice(0, -PASS_A.length) : name.slice(0, -PASS_B.length);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  passAgreement({ errors: process.argv.slice(2).includes('--errors') }).then(
    ({ exitCode }) => {
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      process.stderr.write(`zhibiao agreement: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
