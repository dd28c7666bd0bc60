import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/document-sink.js';
import { outputJsonSchema } from '../schema/document.js';
import { UsageError } from './usage-error.js';

/** Exit status of a command line that cannot be run as given (CONTRACT §1). */
const EXIT_USAGE = 2;

function positiveInteger(flag: string): (raw: string) => number {
  return (raw) => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
      throw new InvalidArgumentError(`${flag} takes a positive whole number, not "${raw}"`);
    }
    return value;
  };
}

/**
 * A byte size as people write it: `100`, `10k`, `32MB`, `1.5G` (binary units, case-insensitive).
 *
 * @example
 * byteSize('--max-bytes')('10k'); // 10240
 */
function byteSize(flag: string): (raw: string) => number {
  const factors: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };
  return (raw) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(raw);
    const factor = match ? factors[(match[2] ?? '').toLowerCase()] : undefined;
    const value = match && factor !== undefined ? Math.floor(Number(match[1]) * factor) : NaN;
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new InvalidArgumentError(`${flag} takes a size such as 100, 10k, 32MB or 1.5G, not "${raw}"`);
    }
    return value;
  };
}

function positiveSeconds(flag: string): (raw: string) => number {
  return (raw) => {
    const value = Number(raw);
    if (!/^\s*\d+(\.\d+)?\s*$/.test(raw) || !(value > 0)) throw new InvalidArgumentError(`${flag} takes a number of seconds, not "${raw}"`);
    return value;
  };
}

/** Comma- or space-separated list, repeatable: `--include md,text --include rst`. */
function listOf(raw: string, previous: string[] = []): string[] {
  return [...previous, ...raw.split(/[,\s]+/).filter((x) => x !== '')];
}

/** An id becomes a file name (`<id>.json`), so it may not climb out of the output directory. */
function documentId(raw: string): string {
  if (raw === '' || raw === '.' || raw === '..' || /[/\\\0]/.test(raw)) {
    throw new InvalidArgumentError(`"${raw}" cannot be a document id (it names the output file; no slashes)`);
  }
  return raw;
}

function packageVersion(): string {
  // package.json sits two levels up from both src/cli/ and dist/cli/.
  const manifest = createRequire(import.meta.url)('../../package.json') as { version?: string };
  return manifest.version ?? '0.0.0';
}

interface RawExtractOptions {
  readonly out: string;
  readonly format: OutputFormat;
  readonly pg?: string;
  readonly jobs: number;
  readonly keepText?: boolean;
  readonly maxBytes?: number;
  readonly id?: string;
  readonly timeout: number;
  readonly maxMemory: number;
  readonly force?: boolean;
  readonly replace?: boolean;
  readonly quiet?: boolean;
  readonly include?: string[];
  readonly followSymlinks?: boolean;
}

function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('zhibiao')
    .description('Turn Chinese government reports into structured, verifiable indicator data')
    .version(packageVersion())
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      // One line, in the same `zhibiao: …` form as every other error.
      outputError: (text, write) => write(`zhibiao: ${text.replace(/^error: /, '').trimEnd()}\n`),
    });

  program
    .command('extract')
    .description('extract indicators from report files (.txt, .html, .docx, .pdf) or directories of them')
    .argument('<paths...>', 'files or directories; - reads one document from standard input')
    .option('--out <dir|file|->', 'output directory, a file named for the format (x.jsonl, x.csv, x.sqlite), or - for standard output', 'output')
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .option('--pg <url>', 'PostgreSQL URL for --format postgres (default: $ZHIBIAO_PG_URL or $DATABASE_URL)')
    .option('--jobs <n>', 'worker threads', positiveInteger('--jobs'), availableParallelism())
    .option('--keep-text', 'include the decoded text in each document')
    .option('--max-bytes <size>', 'largest input accepted, and largest a .docx may inflate to (100, 10k, 32MB)', byteSize('--max-bytes'))
    .option('--timeout <seconds>', 'time one document may take before it fails', positiveSeconds('--timeout'), 300)
    .option('--max-memory <size>', 'heap one document may use before it fails (512MB, 2G)', byteSize('--max-memory'), 2 * 1024 ** 3)
    .option('--id <id>', 'document id (single input file only)', documentId)
    .option('--force', 'redo documents the output already holds with the same content')
    .option('--replace', 'replace a stored document whose content differs (refused otherwise)')
    .option('--include <exts>', 'more file extensions to pick up in directories (md,text)', listOf)
    .option('--follow-symlinks', 'follow symbolic links that lead outside the directories given')
    .option('-q, --quiet', 'print failures only')
    .action(async (paths: string[], raw: RawExtractOptions) => {
      // Imported on demand, like eval below: `zhibiao schema` should not load the document readers.
      const { runExtractCommand } = await import('./extract-command.js');
      setExitCode(
        await runExtractCommand(paths, {
          out: raw.out,
          format: raw.format,
          jobs: raw.jobs,
          keepText: raw.keepText === true,
          ...(raw.pg === undefined ? {} : { pg: raw.pg }),
          ...(raw.maxBytes === undefined ? {} : { maxBytes: raw.maxBytes }),
          ...(raw.id === undefined ? {} : { id: raw.id }),
          timeoutMs: Math.round(raw.timeout * 1000),
          memoryMb: Math.max(64, Math.round(raw.maxMemory / 1024 ** 2)),
          force: raw.force === true,
          replace: raw.replace === true,
          quiet: raw.quiet === true,
          include: raw.include ?? [],
          followSymlinks: raw.followSymlinks === true,
        }),
      );
    });

  program
    .command('eval')
    .description('score predicted indicators against a gold annotation (precision, recall, F1 per field)')
    .argument('<predicted>', 'a document JSON written by extract')
    .argument('<gold>', 'the gold annotation JSON')
    .option('--errors', 'list every mismatch')
    .action(async (predicted: string, gold: string, raw: { errors?: boolean }) => {
      const { runEvalCommand } = await import('../eval/index.js');
      try {
        setExitCode(await runEvalCommand(predicted, gold, { errors: raw.errors === true }));
      } catch (error) {
        process.stderr.write(`zhibiao: ${error instanceof Error ? error.message : String(error)}\n`);
        setExitCode(1);
      }
    });

  program
    .command('panel')
    .description('a long table across documents by place and year, targets against results, consistency checks')
    .argument('<paths...>', 'document JSON files, directories of them, or a zhibiao.sqlite')
    .option('--out <file>', 'output file (default output/panel.<format>); csv and jsonl put targets and checks beside it')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl', 'sqlite', 'html']).default('csv'))
    .action(async (paths: string[], raw: { out?: string; format: 'csv' | 'jsonl' | 'sqlite' | 'html' }) => {
      const { runPanelCommand } = await import('../panel/run-panel-command.js');
      setExitCode(await runPanelCommand(paths, { format: raw.format, ...(raw.out === undefined ? {} : { out: raw.out }) }));
    });

  program
    .command('review')
    .description('write a self-contained HTML review page per document, and an index.html')
    .argument('<paths...>', 'report files, directories, or zhibiao JSON written with --keep-text')
    .option('--out <dir>', 'output directory', 'output/review')
    .option('--max-bytes <n>', 'largest input file accepted', positiveInteger('--max-bytes'))
    .action(async (paths: string[], raw: { out: string; maxBytes?: number }) => {
      const { runReviewCommand } = await import('../review/review-command.js');
      setExitCode(await runReviewCommand(paths, { out: raw.out, ...(raw.maxBytes === undefined ? {} : { maxBytes: raw.maxBytes }) }));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output document')
    .action(() => {
      process.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
    });

  return program;
}

/**
 * The `zhibiao` command line (CONTRACT §1). Resolves to the exit code instead of exiting, so
 * tests and embedders can call it: 0 every input processed, 1 some inputs failed, 2 usage
 * error, 130 interrupted.
 *
 * @example
 * await main(['extract', 'corpus/boshan-2023.txt', '--out', 'output']); // 0, writes output/boshan-2023.json
 * await main(['extract', 'corpus', '--format', 'xml']);                  // 2
 */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (error instanceof UsageError) {
      process.stderr.write(`zhibiao: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  return exitCode;
}
