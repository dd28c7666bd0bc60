/**
 * A hand-over point between a producer that must not run ahead (the batch, whose writes wait)
 * and an async loop: `push` resolves when the loop has taken the item, `take` resolves with
 * the next item, or `undefined` once the producer has ended and nothing is left.
 *
 * @example
 * const q = new ResultQueue<number>();
 * void q.push(1).then(() => q.end());
 * await q.take(); // 1
 * await q.take(); // undefined
 */
export class ResultQueue<T> {
  private readonly items: { item: T; taken: () => void }[] = [];
  private waiting: { resolve: (item: T | undefined) => void; reject: (error: unknown) => void } | null = null;
  private ended = false;
  private failure: { error: unknown } | null = null;
  private released = false;

  /** Offers an item; resolves when it is taken, or at once after {@link release}. */
  push(item: T): Promise<void> {
    if (this.released) return Promise.resolve();
    return new Promise((taken) => {
      if (this.waiting) {
        const { resolve } = this.waiting;
        this.waiting = null;
        resolve(item);
        taken();
      } else {
        this.items.push({ item, taken });
      }
    });
  }

  /** The next item; `undefined` when the producer has ended; rejects if it failed. */
  take(): Promise<T | undefined> {
    const first = this.items.shift();
    if (first) {
      first.taken();
      return Promise.resolve(first.item);
    }
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.ended) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** No more items will come. */
  end(): void {
    this.ended = true;
    this.waiting?.resolve(undefined);
    this.waiting = null;
  }

  /** The producer failed: the next take rejects with its error (after the items already pushed). */
  fail(error: unknown): void {
    this.failure = { error };
    this.waiting?.reject(error);
    this.waiting = null;
  }

  /** The loop has stopped: every push, pending or future, resolves at once and is dropped. */
  release(): void {
    this.released = true;
    for (const { taken } of this.items.splice(0)) taken();
  }
}
