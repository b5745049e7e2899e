const MINUTE_MS = 60_000;
// Past this many tracked clients, buckets that have refilled are forgotten (they hold no state).
const SWEEP_AT = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client: up to `perMinute` requests at once, refilled evenly over a minute.
 * Clients that have been quiet long enough to refill are forgotten, so memory stays bounded.
 */
export class RateLimiter {
  readonly #perMinute: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(perMinute: number, now: () => number = Date.now) {
    this.#perMinute = perMinute;
    this.#now = now;
  }

  /** Spend one request for `client`: `0` when allowed, otherwise the seconds until it may retry. */
  take(client: string): number {
    const now = this.#now();
    const perMs = this.#perMinute / MINUTE_MS;
    const bucket = this.#buckets.get(client);
    const tokens = bucket
      ? Math.min(this.#perMinute, bucket.tokens + (now - bucket.at) * perMs)
      : this.#perMinute;
    if (this.#buckets.size >= SWEEP_AT) this.#sweep(now, perMs);
    if (tokens >= 1) {
      this.#buckets.set(client, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.#buckets.set(client, { tokens, at: now });
    return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  }

  #sweep(now: number, perMs: number): void {
    for (const [client, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= this.#perMinute) this.#buckets.delete(client);
    }
  }
}
