import { storeProductsCacheSuite } from "./store-products-cache-suite"

// #17 item 3 on Medusa's memory provider (no REDIS_URL here): the tests are in store-products-cache-suite.ts.
// Specs run without the cache unless they ask (STORE_CACHE in src/env.ts): set before any import reads the environment.
vi.hoisted(() => {
  process.env.STORE_CACHE = "on"
  delete process.env.REDIS_URL
})

storeProductsCacheSuite("once")
