// Searches without words (the /search page before typing, category browsing) are the same for every shopper and
// the dearest to answer, since they count facets over the whole catalog. They are kept for a moment; writes in
// this process clear them, and the time limit bounds staleness in another (a worker writes, a server reads).

export const BROWSE_TTL_MS = 2_000
const MAX_ENTRIES = 200

export class BrowseCache<T> {
  protected readonly entries = new Map<string, { at: number; value: Promise<T> }>()

  constructor(
    protected readonly ttlMs = BROWSE_TTL_MS,
    protected readonly now = () => Date.now(),
  ) {}

  /** The cached answer for `key`, or `load()`'s (a failed load is not kept). */
  get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key)
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!)
    const value = load()
    this.entries.set(key, { at: this.now(), value })
    value.catch(() => this.entries.delete(key))
    return value
  }

  clear() {
    this.entries.clear()
  }
}
