import { afterEach, describe, expect, it, vi } from "vitest"
import { clearShelvesAfter, ShelfCache, shelves } from "./shelf-cache"

describe("ShelfCache", () => {
  afterEach(() => vi.useRealTimers())

  it("answers from one read for its time, then reads again", async () => {
    vi.useFakeTimers()
    const cache = new ShelfCache(250)
    let reads = 0
    const read = async () => ++reads
    expect(await cache.read("a", read)).toBe(1)
    vi.advanceTimersByTime(249)
    expect(await cache.read("a", read)).toBe(1)
    vi.advanceTimersByTime(1)
    expect(await cache.read("a", read)).toBe(2)
    expect(await cache.read("b", read)).toBe(3)
  })

  it("shares the read in flight between concurrent callers", async () => {
    const cache = new ShelfCache(250)
    let reads = 0
    const read = () => new Promise<number>((resolve) => setTimeout(() => resolve(++reads), 10))
    expect(await Promise.all([cache.read("a", read), cache.read("a", read), cache.read("a", read)])).toEqual([1, 1, 1])
  })

  it("reads afresh after a write cleared it", async () => {
    const cache = new ShelfCache(250)
    let reads = 0
    const read = async () => ++reads
    expect(await cache.read("a", read)).toBe(1)
    cache.clear()
    expect(await cache.read("a", read)).toBe(2)
  })

  it("does not keep a failed read", async () => {
    const cache = new ShelfCache(250)
    await expect(cache.read("a", () => Promise.reject(new Error("down")))).rejects.toThrow("down")
    expect(await cache.read("a", async () => "up")).toBe("up")
  })

  it("reads every time when its time is 0", async () => {
    const cache = new ShelfCache(0)
    let reads = 0
    const read = async () => ++reads
    await cache.read("a", read)
    expect(await cache.read("a", read)).toBe(2)
  })

  it("is cleared after each write of a wrapped service, thrown or not, and refuses a name the service lacks", async () => {
    class Service {
      writes = 0
      async update(n: number) {
        this.writes += n
        return this.writes
      }
      async fail() {
        throw new Error("refused")
      }
    }
    const service = new Service()
    clearShelvesAfter(service, ["update", "fail"])
    let reads = 0
    const read = async () => ++reads
    expect(await shelves.read("k", read)).toBe(1)
    expect(await shelves.read("k", read)).toBe(1)
    expect(await service.update(2)).toBe(2)
    expect(await shelves.read("k", read)).toBe(2)
    await expect(service.fail()).rejects.toThrow("refused")
    expect(await shelves.read("k", read)).toBe(3)
    expect(() => clearShelvesAfter(service, ["updateNothing"])).toThrow(/no method updateNothing/)
  })
})
