/**
 * A file that cannot become text. The CLI prints `message` as the one-line reason for
 * exit code 1, so `reason` never contains a line break.
 *
 * @example
 * throw new InputError('corpus/a.txt', 'empty file (0 bytes)');
 * // message: "corpus/a.txt: empty file (0 bytes)"
 */
export class InputError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    const oneLine = reason.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    super(`${file}: ${oneLine}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'InputError';
    this.file = file;
    this.reason = oneLine;
  }
}

/**
 * Shortens a library's error message to one line for an InputError reason: the first line,
 * at most `max` characters.
 *
 * @example
 * shortReason(new Error("Can't find end of central directory : is this a zip file ?\n at …"));
 * // "Can't find end of central directory : is this a zip file ?"
 */
export function shortReason(error: unknown, max = 100): string {
  const raw = error instanceof Error ? error.message : String(error);
  const first = raw.split(/\r?\n/).find((line) => line.trim() !== '') ?? 'unknown error';
  const line = first.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
