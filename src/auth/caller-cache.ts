/**
 * A short-lived cache of signed-in users, so a busy client does not cost one user lookup per request.
 * Changes made through this process (deactivation, role or name changes) evict the entry at once;
 * other instances see them within the TTL. Set CALLER_CACHE_MS=0 to look the user up every time.
 */
export class CallerCache<T> {
  readonly #entries = new Map<string, { value: T | undefined; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  async get(key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    if (this.ttlMs <= 0) return load();
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = await load();
    // Unknown or inactive users are not cached: a fresh account must work at once.
    if (value !== undefined) {
      if (this.#entries.size >= this.maxEntries) this.#entries.clear();
      this.#entries.set(key, { value, expires: now + this.ttlMs });
    }
    return value;
  }

  forget(key: string): void {
    this.#entries.delete(key);
  }
}
