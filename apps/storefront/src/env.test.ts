import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { findRepoRoot, getEnv, parseEnv, readPublishableKey } from "./env"

const KEY = "pk_0123456789abcdef"

describe("parseEnv", () => {
  it("defaults the backend URL and drops a trailing slash", () => {
    expect(parseEnv({}).MEDUSA_BACKEND_URL).toBe("http://localhost:9000")
    expect(parseEnv({ MEDUSA_BACKEND_URL: "https://api.example.cn/" }).MEDUSA_BACKEND_URL).toBe(
      "https://api.example.cn",
    )
  })

  it("keeps an optional browser-facing backend URL apart from the server's", () => {
    const env = parseEnv({
      MEDUSA_BACKEND_URL: "http://backend:9000",
      MEDUSA_BROWSER_BACKEND_URL: "http://localhost:9000/",
    })
    expect(env.MEDUSA_BACKEND_URL).toBe("http://backend:9000")
    expect(env.MEDUSA_BROWSER_BACKEND_URL).toBe("http://localhost:9000")
    expect(() => parseEnv({ MEDUSA_BROWSER_BACKEND_URL: "localhost" })).toThrow(/MEDUSA_BROWSER_BACKEND_URL/)
  })

  it("treats blank values as unset", () => {
    const env = parseEnv({ MEDUSA_BACKEND_URL: "", MEDUSA_PUBLISHABLE_KEY: " ", REVALIDATE_SECRET: "" })
    expect(env).toEqual({ MEDUSA_BACKEND_URL: "http://localhost:9000" })
  })

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ MEDUSA_BACKEND_URL: "localhost:9000" })).toThrow(/MEDUSA_BACKEND_URL/)
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "sk_secret" })).toThrow(/starts with pk_/)
    expect(() => parseEnv({ REVALIDATE_SECRET: "short" })).toThrow(/REVALIDATE_SECRET/)
  })

  it("takes a Stripe publishable key, never a secret key or a Medusa key in its place", () => {
    expect(parseEnv({ STRIPE_PUBLISHABLE_KEY: " pk_test_51Abc " }).STRIPE_PUBLISHABLE_KEY).toBe("pk_test_51Abc")
    expect(() => parseEnv({ STRIPE_PUBLISHABLE_KEY: "sk_test_51Abc" })).toThrow(/STRIPE_PUBLISHABLE_KEY/)
    expect(() => parseEnv({ STRIPE_PUBLISHABLE_KEY: KEY })).toThrow(/pk_test_ or pk_live_/)
  })
})

describe("readPublishableKey", () => {
  let repo: string
  const writeKey = (dir: string, contents: string) => {
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, "publishable-key"), contents)
  }

  beforeEach(() => {
    repo = mkdtempSync(path.join(tmpdir(), "fengshou-env-"))
    writeFileSync(path.join(repo, "turbo.json"), "{}")
    mkdirSync(path.join(repo, "apps", "storefront"), { recursive: true })
  })
  afterEach(() => rmSync(repo, { recursive: true, force: true }))

  const storefront = () => path.join(repo, "apps", "storefront")

  it("prefers MEDUSA_PUBLISHABLE_KEY over the file", () => {
    writeKey(path.join(repo, ".data"), "pk_from_file")
    expect(readPublishableKey(parseEnv({ MEDUSA_PUBLISHABLE_KEY: KEY }), storefront())).toBe(KEY)
  })

  it("reads <repo root>/.data/publishable-key, trimmed", () => {
    writeKey(path.join(repo, ".data"), `${KEY}\n`)
    expect(readPublishableKey(parseEnv({}), storefront())).toBe(KEY)
  })

  it("reads FENGSHOU_DATA_DIR instead of the repo's .data when set", () => {
    writeKey(path.join(repo, ".data"), "pk_wrong_one")
    writeKey(path.join(repo, "elsewhere"), KEY)
    const env = parseEnv({ FENGSHOU_DATA_DIR: path.join(repo, "elsewhere") })
    expect(readPublishableKey(env, storefront())).toBe(KEY)
  })

  it("is null while the backend has not written the key yet", () => {
    expect(readPublishableKey(parseEnv({}), storefront())).toBeNull()
    writeKey(path.join(repo, ".data"), "")
    expect(readPublishableKey(parseEnv({}), storefront())).toBeNull()
  })

  it("is null outside the monorepo without FENGSHOU_DATA_DIR", () => {
    rmSync(path.join(repo, "turbo.json"))
    expect(readPublishableKey(parseEnv({}), storefront())).toBeNull()
  })

  it("refuses a file that holds something else", () => {
    writeKey(path.join(repo, ".data"), "<html>oops</html>")
    expect(() => readPublishableKey(parseEnv({}), storefront())).toThrow(/does not hold a publishable key/)
  })

  it("reads the key again when the backend rewrites the file (a reseeded database has a new key)", () => {
    const file = path.join(repo, ".data", "publishable-key")
    writeKey(path.join(repo, ".data"), KEY)
    expect(readPublishableKey(parseEnv({}), storefront())).toBe(KEY)
    writeKey(path.join(repo, ".data"), "pk_a_newer_and_longer_key")
    expect(readPublishableKey(parseEnv({}), storefront())).toBe("pk_a_newer_and_longer_key")
    // Same length, and the modification time set back to the old one's: only the time tells them apart.
    writeFileSync(file, "pk_b_newer_and_longer_key")
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1))
    expect(readPublishableKey(parseEnv({}), storefront())).toBe("pk_b_newer_and_longer_key")
  })

  it("finds the repo root from a nested directory", () => {
    expect(findRepoRoot(storefront())).toBe(repo)
  })
})

describe("getEnv", () => {
  afterEach(() => vi.unstubAllEnvs())

  it("answers the same parse while the environment is unchanged, and parses again when a variable changes", () => {
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend-one:9000/")
    const first = getEnv()
    expect(first.MEDUSA_BACKEND_URL).toBe("http://backend-one:9000")
    expect(getEnv()).toBe(first)
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend-two:9000")
    expect(getEnv().MEDUSA_BACKEND_URL).toBe("http://backend-two:9000")
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "sk_live_oops")
    expect(() => getEnv()).toThrow(/STRIPE_PUBLISHABLE_KEY/)
  })
})
