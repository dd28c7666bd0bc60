import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../pipeline.js';
import { evaluate, type EvalResult } from './evaluate.js';
import { formatReport, formatSummary } from './format-report.js';
import { findSourceText, loadGold } from './load-files.js';

export interface EvalAllOptions {
  readonly errors: boolean;
  /** Folder of `*.gold.json` files; defaults to `test/gold` under the working directory. */
  readonly goldDir?: string;
  /** Where the report goes; defaults to stdout. Failures always go to stderr. */
  readonly write?: (chunk: string) => void;
}

export interface EvalAllResult {
  /** One result per gold file that could be scored, in file-name order. */
  readonly results: readonly EvalResult[];
  /** 0 when every gold file was scored; 1 when one could not be read or its source is missing. */
  readonly exitCode: number;
}

/**
 * The body of `npm run eval`: runs `extract` on the source of every `*.gold.json` in
 * `goldDir`, prints one report per document and a summary table over all of them.
 *
 * @example
 * const { results, exitCode } = await evalAll({ errors: false });
 * results.map((r) => r.f1) // [0.87, 0.81]
 */
export async function evalAll(options: EvalAllOptions): Promise<EvalAllResult> {
  const write = options.write ?? ((chunk: string): void => void process.stdout.write(chunk));
  const goldDir = resolve(options.goldDir ?? 'test/gold');
  const files = listGoldFiles(goldDir);
  if (files === null) {
    process.stderr.write(`zhibiao eval: cannot read gold folder ${goldDir}\n`);
    return { results: [], exitCode: 1 };
  }
  if (files.length === 0) {
    process.stderr.write(`zhibiao eval: no *.gold.json in ${goldDir}; nothing to score\n`);
    return { results: [], exitCode: 0 };
  }
  const results: EvalResult[] = [];
  let exitCode = 0;
  for (const file of files) {
    const path = join(goldDir, file);
    try {
      const gold = loadGold(path);
      const text = findSourceText(path, gold.source);
      if (text === undefined) throw new Error(`${path}: source ${gold.source} not found`);
      const predicted = extract(text, { id: gold.document, source: gold.source });
      const result = evaluate(predicted, gold, { sourceText: text });
      results.push(result);
      write(`${formatReport(result, { errors: options.errors })}\n`);
    } catch (error) {
      // One bad gold file must not hide the scores of the others.
      process.stderr.write(`zhibiao eval: ${error instanceof Error ? error.message : String(error)}\n`);
      exitCode = 1;
    }
  }
  if (results.length > 0) write(`# summary\n\n${formatSummary(results)}\n`);
  return { results, exitCode };
}

function listGoldFiles(dir: string): string[] | null {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.gold.json'))
      .sort();
  } catch {
    return null;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  evalAll({ errors: process.argv.slice(2).includes('--errors') }).then(
    ({ exitCode }) => {
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      process.stderr.write(`zhibiao eval: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
