import { BrowseCache } from "./browse-cache"

const tick = () => new Promise((r) => setTimeout(r, 0))

/** A load the test finishes by hand, counting how many were started. */
function loads() {
  const started: { resolve: (v: number) => void; reject: (e: Error) => void }[] = []
  const load = () => new Promise<number>((resolve, reject) => started.push({ resolve, reject }))
  return { started, load }
}

/** A cache holding "k" = 1, loaded at time 0 and settled; the clock and the loads that come after. */
async function warmed() {
  const clock = { now: 0 }
  const { started, load } = loads()
  const cache = new BrowseCache<number>(2000, () => clock.now)
  const first = cache.get("k", load)
  started[0]!.resolve(1)
  expect(await first).toBe(1)
  return { clock, started, load, cache }
}

describe("BrowseCache", () => {
  it("answers from memory within the time limit, and loads again after clear()", async () => {
    let now = 0
    let count = 0
    const cache = new BrowseCache<number>(2000, () => now)
    const load = async () => ++count
    expect(await cache.get("k", load)).toBe(1)
    now = 1999
    expect(await cache.get("k", load)).toBe(1)
    cache.clear()
    expect(await cache.get("k", load)).toBe(2)
    expect(count).toBe(2)
  })

  it("answers a stale entry at once while one load refreshes it behind, then the refreshed one", async () => {
    const { clock, started, load, cache } = await warmed()
    clock.now = 2500
    // Ten shoppers after the time limit: all answered with the old value, one refresh started.
    const answers = await Promise.all(Array.from({ length: 10 }, () => cache.get("k", load)))
    expect(answers).toEqual(Array(10).fill(1))
    expect(started).toHaveLength(2)
    started[1]!.resolve(2)
    await tick()
    expect(await cache.get("k", load)).toBe(2)
    // The refreshed entry is as old as its load's start (2500): fresh until 4500.
    clock.now = 4499
    expect(await cache.get("k", load)).toBe(2)
    expect(started).toHaveLength(2)
  })

  it("waits for a new load once an entry is older than twice the limit", async () => {
    let now = 0
    let count = 0
    const cache = new BrowseCache<number>(2000, () => now)
    const load = async () => ++count
    expect(await cache.get("k", load)).toBe(1)
    now = 4000
    expect(await cache.get("k", load)).toBe(2)
  })

  it("keeps the stale answer when a refresh fails, and tries again on the next read", async () => {
    const { clock, started, load, cache } = await warmed()
    clock.now = 2100
    expect(await cache.get("k", load)).toBe(1)
    started[1]!.reject(new Error("down"))
    await tick()
    expect(await cache.get("k", load)).toBe(1)
    expect(started).toHaveLength(3)
    started[2]!.resolve(3)
    await tick()
    expect(await cache.get("k", load)).toBe(3)
  })

  it("drops a refresh that began before clear(): a write's change is not hidden by an older answer", async () => {
    const { clock, started, load, cache } = await warmed()
    clock.now = 2100
    await cache.get("k", load) // starts the refresh (load 1)
    cache.clear() // a write
    started[1]!.resolve(99) // the refresh read before the write
    await tick()
    const after = cache.get("k", load)
    expect(started).toHaveLength(3)
    started[2]!.resolve(5)
    expect(await after).toBe(5)
  })

  it("does not keep a failed load", async () => {
    const cache = new BrowseCache<number>(2000, () => 0)
    await expect(cache.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down")
    await tick()
    expect(await cache.get("k", async () => 7)).toBe(7)
  })

  it("shares one pending load among callers, even past the time limit", async () => {
    let now = 0
    const { started, load } = loads()
    const cache = new BrowseCache<number>(2000, () => now)
    const a = cache.get("k", load)
    now = 5000
    const b = cache.get("k", load)
    expect(started).toHaveLength(1)
    started[0]!.resolve(4)
    expect(await Promise.all([a, b])).toEqual([4, 4])
  })

  it("keeps what set() is given while fresh, unless a clear() came after its version was taken", async () => {
    const clock = { now: 0 }
    const cache = new BrowseCache<number>(2000, () => clock.now)
    cache.set("k", 1, cache.version())
    expect(await cache.peek("k")).toBe(1)
    clock.now = 2000
    expect(cache.peek("k")).toBeUndefined()
    const before = cache.version()
    cache.clear()
    cache.set("k", 2, before)
    expect(cache.peek("k")).toBeUndefined()
  })
})
