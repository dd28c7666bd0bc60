/**
 * A command line that cannot be run as given; `main` prints its message on one line and
 * exits with status 2, like commander's own usage errors.
 *
 * @example
 * throw new UsageError('--id names one document, but 3 input files were found');
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
