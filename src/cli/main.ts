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
    .argument('<paths...>', 'files or directories')
    .option('--out <dir>', 'output directory, or - for standard output', 'output')
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .option('--pg <url>', 'PostgreSQL URL for --format postgres (default: $ZHIBIAO_PG_URL or $DATABASE_URL)')
    .option('--jobs <n>', 'worker threads', positiveInteger('--jobs'), availableParallelism())
    .option('--keep-text', 'include the decoded text in each document')
    .option('--max-bytes <n>', 'largest input file accepted', positiveInteger('--max-bytes'))
    .option('--id <id>', 'document id (single input file only)', documentId)
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
