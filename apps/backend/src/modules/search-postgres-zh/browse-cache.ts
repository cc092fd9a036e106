// Searches without words (the /search page before typing, category browsing) are the same for every shopper and
// the dearest to answer, since they count facets over the whole catalog. They are kept for a moment; writes in
// this process clear them, and the time limit bounds staleness in another (a worker writes, a server reads).
//
// An entry is fresh for `ttlMs`. For as long again it is still answered at once while one load refreshes it behind
// (so no shopper waits for the whole-catalog count, and ten shoppers do not start ten); older than that it is loaded
// anew and waited for. An answer is therefore at most 2 × ttlMs old, plus the time its refresh took.

export const BROWSE_TTL_MS = 2_000
const MAX_ENTRIES = 200

type Entry<T> = { at: number; value: Promise<T>; settled: boolean; refreshing: boolean }

export class BrowseCache<T> {
  protected readonly entries = new Map<string, Entry<T>>()
  // Bumped by clear(): a refresh that began before it does not put back what the write made stale.
  protected generation = 0

  constructor(
    protected readonly ttlMs = BROWSE_TTL_MS,
    protected readonly now = () => Date.now(),
  ) {}

  /** The cached answer for `key`, or `load()`'s (a failed load is not kept; a failed refresh keeps the old answer). */
  get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key)
    const age = hit ? this.now() - hit.at : Infinity
    if (hit && age < this.ttlMs) return hit.value
    if (hit && (!hit.settled || age < 2 * this.ttlMs)) {
      if (hit.settled && !hit.refreshing) this.refresh(key, hit, load)
      return hit.value
    }
    return this.load(key, load)
  }

  /** The entry for `key` while it is fresh, without loading or refreshing anything. */
  peek(key: string): Promise<T> | undefined {
    const hit = this.entries.get(key)
    return hit && this.now() - hit.at < this.ttlMs ? hit.value : undefined
  }

  /** What set() is given: a clear() after it means what was read since is stale. */
  version() {
    return this.generation
  }

  /** Keeps a value read since `version` (a fresh entry), unless a clear() came in between. */
  set(key: string, value: T, version: number) {
    if (version === this.generation) this.load(key, () => Promise.resolve(value))
  }

  clear() {
    this.generation++
    this.entries.clear()
  }

  protected load(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.entries.has(key) && this.entries.size >= MAX_ENTRIES)
      this.entries.delete(this.entries.keys().next().value!)
    const value = load()
    const entry: Entry<T> = { at: this.now(), value, settled: false, refreshing: false }
    this.entries.set(key, entry)
    value.then(
      () => (entry.settled = true),
      () => this.entries.get(key) === entry && this.entries.delete(key),
    )
    return value
  }

  protected refresh(key: string, stale: Entry<T>, load: () => Promise<T>) {
    stale.refreshing = true
    const generation = this.generation
    const started = this.now()
    load().then(
      (value) => {
        if (generation !== this.generation || this.entries.get(key) !== stale) return
        this.entries.set(key, { at: started, value: Promise.resolve(value), settled: true, refreshing: false })
      },
      () => (stale.refreshing = false),
    )
  }
}
