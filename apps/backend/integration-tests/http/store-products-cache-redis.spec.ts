import { execFileSync } from "node:child_process"
import Redis from "ioredis"
import { storeProductsCacheSuite } from "./store-products-cache-suite"

// #17 item 3 as docker-compose runs it: REDIS_URL set, so Medusa's Caching Module uses its Redis provider and events
// go through Redis (medusa-config.ts); the same tests as the memory provider's (store-products-cache-suite.ts). Needs
// the Redis every developer's and CI machine runs on 127.0.0.1:6379; without one the file is skipped and says so.
// Database 13 is this spec's own: it is emptied first (BullMQ's event and workflow queues keep jobs between runs).
const { url } = vi.hoisted(() => {
  const url = "redis://127.0.0.1:6379/13"
  process.env.REDIS_URL = url
  process.env.STORE_CACHE = "on"
  return { url }
})

/**
 * Empties the spec's Redis database; null when done, else why not. Synchronous (a child process), because the tests
 * must be declared, or skipped, while this file loads.
 */
function emptyRedis(): string | null {
  const script = `
    const Redis = require("ioredis")
    const redis = new Redis(process.argv[1], { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0 })
    redis.on("error", () => {})
    redis.connect().then(() => redis.flushdb()).then(
      () => { redis.disconnect(); process.exit(0) },
      (error) => { console.error(error.message); redis.disconnect(); process.exit(1) },
    )`
  try {
    execFileSync(process.execPath, ["-e", script, url], { stdio: ["ignore", "ignore", "pipe"], timeout: 10_000 })
    return null
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? "").trim() || (error as Error).message
  }
}

const unreachable = emptyRedis()
if (unreachable) {
  console.warn(`[store-products-cache-redis] skipped: no Redis at ${url} (${unreachable})`)
  describe.skip(`the store API's cache on Redis: SKIPPED, no Redis at ${url} (${unreachable})`, () => {
    it("needs a Redis server on 127.0.0.1:6379", () => {})
  })
} else {
  storeProductsCacheSuite("until")
  // Runs after the suite: the entries it read through were kept by the Redis provider ("mc:" keys), not in memory.
  describe("the store API's cache on Redis", () => {
    it("holds the Caching Module's entries in Redis", async () => {
      const redis = new Redis(url)
      try {
        expect((await redis.keys("mc:*")).length).toBeGreaterThan(0)
      } finally {
        redis.disconnect()
      }
    })
  })
}
