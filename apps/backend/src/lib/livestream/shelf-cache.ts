/**
 * The store's read of a live shelf (a session with its host and offers, and the cooperatives that may not sell), kept
 * for a moment in this process: under a burst a thousand clicks of one link each read the same rows. A read is kept
 * `ms` from when it started (concurrent clicks share the one in flight), and every write of this process to sessions,
 * offers, holds, hosts or cooperatives clears all of them (`clearShelves`), so this process never answers from a read
 * older than its own last write. Writes of other processes (another server, the worker's jobs) show after `ms` at most.
 *
 * Nothing that sells trusts it: the hold and the checkout's claim take the cap in their own SQL (the sold-out answer
 * without the lock checks `sold >= stock_cap` again), and the checkout reads the offer's consent, pause, session end
 * and the cooperative's suspension afresh. A stale read can only send a click the longer way (the claim's lock), or,
 * for at most `ms`, grant a hold the checkout then refuses.
 */
export class ShelfCache {
  private readonly entries = new Map<string, { until: number; value: Promise<unknown> }>()

  constructor(private readonly ms: number) {}

  read<T>(key: string, read: () => Promise<T>): Promise<T> {
    if (this.ms <= 0) return read()
    const now = Date.now()
    const kept = this.entries.get(key)
    if (kept && kept.until > now) return kept.value as Promise<T>
    const value = read()
    if (this.entries.size >= 1000) for (const [k, e] of this.entries) if (e.until <= now) this.entries.delete(k)
    this.entries.set(key, { until: now + this.ms, value })
    // A failed read is not kept.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key)
    })
    return value
  }

  clear() {
    this.entries.clear()
  }
}

/** How long a shelf read is kept: a quarter of a second, a few reads a second per link under a burst. */
export const SHELF_CACHE_MS = 250

/** This process's one cache of live shelves (read-offer.ts, read-link.ts), cleared by the services that write them. */
export const shelves = new ShelfCache(SHELF_CACHE_MS)
export const clearShelves = () => shelves.clear()

type Methods = Record<string, ((...args: unknown[]) => unknown) | undefined>

/**
 * Makes each of these methods of a service clear the shelves once it has run, thrown or not: a read that raced the
 * write and kept what it saw before the commit is dropped with the rest. A name the service lacks throws, so a renamed
 * write cannot slip out of it unnoticed.
 */
export function clearShelvesAfter(service: object, names: string[]) {
  const methods = service as Methods
  for (const name of names) {
    const method = methods[name]
    if (typeof method !== "function") throw new Error(`clearShelvesAfter: the service has no method ${name}`)
    methods[name] = async (...args: unknown[]) => {
      try {
        return await method.apply(service, args)
      } finally {
        clearShelves()
      }
    }
  }
}

/** The generated writes of these models (MedusaService: create, update, delete, softDelete, restore + plural name). */
export const writesOf = (...models: string[]) =>
  models.flatMap((m) => ["create", "update", "delete", "softDelete", "restore"].map((verb) => verb + m))
