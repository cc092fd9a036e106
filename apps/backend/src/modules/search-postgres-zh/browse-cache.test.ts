import { BrowseCache } from "./browse-cache"

describe("BrowseCache", () => {
  it("answers from memory within the time limit, loads again after it or after clear()", async () => {
    let now = 0
    let loads = 0
    const cache = new BrowseCache<number>(2000, () => now)
    const load = async () => ++loads
    expect(await cache.get("k", load)).toBe(1)
    now = 1999
    expect(await cache.get("k", load)).toBe(1)
    now = 2000
    expect(await cache.get("k", load)).toBe(2)
    cache.clear()
    expect(await cache.get("k", load)).toBe(3)
  })

  it("does not keep a failed load", async () => {
    const cache = new BrowseCache<number>(2000, () => 0)
    await expect(cache.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down")
    await new Promise((r) => setTimeout(r, 0))
    expect(await cache.get("k", async () => 7)).toBe(7)
  })
})
