// The time one turn may spend on the store: every DynamoDB call of the turn shares it, so a slow, throttled or
// hanging store costs a bounded wait, and the turn still answers well inside Alexa's 8 s.

/**
 * All store work of one turn (reads, writes, their retries, merges and back-off) fits in this. Alexa waits about
 * 8 s and the function stops at 7 s; 3 s leaves room for a cold start and the answer itself.
 */
export const STORE_BUDGET_MS = 3000;

/** Milliseconds since some fixed point, never going back (wall-clock changes do not move deadlines). */
const monotonic = (): number => performance.now();

/** A point in time that store calls must finish by. */
export class Deadline {
  private readonly end: number;

  constructor(
    budgetMs: number = STORE_BUDGET_MS,
    private readonly now: () => number = monotonic,
  ) {
    this.end = now() + budgetMs;
  }

  /** Milliseconds left, 0 once passed. */
  remaining(): number {
    return Math.max(0, this.end - this.now());
  }

  /** True once the deadline has passed. */
  get expired(): boolean {
    return this.remaining() <= 0;
  }

  /** A signal that aborts when the deadline passes, for one SDK call (its retries and back-off included). */
  signal(): AbortSignal {
    return AbortSignal.timeout(Math.max(1, Math.ceil(this.remaining())));
  }

  /** Waits up to `ms` (less if the deadline comes first). */
  async pause(ms: number): Promise<void> {
    const wait = Math.min(ms, this.remaining());
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * A jittered exponential back-off (full jitter) for the `attempt`-th retry (from 0), in ms: spreads racing writers
 * apart. Short, since a lost race is settled by one re-read: a long wait only lets the other device write again.
 */
export function backoffMs(attempt: number, random: () => number = Math.random, baseMs = 10, capMs = 100): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
