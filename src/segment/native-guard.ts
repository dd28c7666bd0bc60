/**
 * Lets a batch stop a worker thread safely while it may be inside native code.
 *
 * nodejieba is built with C++ exceptions: when a worker is terminated while a jieba call is
 * running, the call's next N-API step fails, the addon throws a C++ exception nobody catches
 * and the whole process aborts (seen: `terminate called after throwing an instance of
 * 'Napi::Error'`, rc 134). So a worker and the thread that wants to stop it agree through one
 * shared Int32 per task:
 *
 * - IDLE: the worker runs JavaScript; the batch may claim the cell (IDLE → STOPPING) and then
 *   terminate the worker at once.
 * - IN_NATIVE: the worker is inside jieba; the batch waits (a sentence takes milliseconds) and
 *   tries again.
 * - STOPPING: claimed; a worker that wants to enter jieba now throws instead.
 *
 * Both sides change the cell only with compare-and-exchange, so a worker can never be
 * terminated between its check and its native call.
 */
const IDLE = 0;
const IN_NATIVE = 1;
const STOPPING = 2;

let cell: Int32Array | null = null;

/**
 * A fresh cell for one task; it crosses into the worker as shared memory. Bytes 0–3 hold the
 * state above; bytes 8–15 the time (ms since the epoch) the worker started the task, 0 before,
 * so a time limit counts from the start and not from the moment the task was queued.
 */
export function newNativeGuard(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(16));
}

/** Called in the worker as it starts a task. */
export function markStarted(guard: Int32Array): void {
  new Float64Array(guard.buffer, 8, 1)[0] = Date.now();
}

/** When the worker started the task (ms since the epoch), or 0 while it waits in the queue. */
export function startedAt(guard: Int32Array): number {
  return new Float64Array(guard.buffer, 8, 1)[0] ?? 0;
}

/** Called in the worker at the start of a task (null after it). */
export function useNativeGuard(guard: Int32Array | null): void {
  cell = guard;
}

/**
 * Runs `call` (a native call) unless this task is being stopped.
 *
 * @example
 * const words = withinNative(() => jieba.cut(text, true));
 */
export function withinNative<T>(call: () => T): T {
  const guard = cell;
  if (guard === null) return call();
  if (Atomics.compareExchange(guard, 0, IDLE, IN_NATIVE) !== IDLE) throw new Error('stopped: time limit reached');
  try {
    return call();
  } finally {
    Atomics.store(guard, 0, IDLE);
  }
}

/**
 * Claims a task's cell for stopping: true when the worker is not inside native code and
 * will not enter it again, so it may be terminated now; false to try again shortly.
 */
export function claimForStop(guard: Int32Array): boolean {
  const seen = Atomics.compareExchange(guard, 0, IDLE, STOPPING);
  return seen === IDLE || seen === STOPPING;
}
