import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { EnvError, parseEnv } from "./env"

const tmp = () => mkdtempSync(path.join(tmpdir(), "fengshou-env-"))
const strong = "a".repeat(32)

describe("parseEnv", () => {
  const householdKeys = { HOUSEHOLD_DATA_KEY: "c".repeat(32), HOUSEHOLD_HASH_KEY: "d".repeat(32) }

  it("refuses production without secrets, naming every one", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://x/y" })).toThrow(
      /JWT_SECRET, COOKIE_SECRET, HOUSEHOLD_DATA_KEY and HOUSEHOLD_HASH_KEY/,
    )
  })

  it("refuses production with a short secret", () => {
    const raw = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x/y",
      JWT_SECRET: "supersecret",
      COOKIE_SECRET: strong,
      ...householdKeys,
    }
    expect(() => parseEnv(raw)).toThrow(EnvError)
    expect(() => parseEnv(raw)).toThrow(/set JWT_SECRET to random strings/)
  })

  it("refuses production with a short or missing household key", () => {
    const base = { NODE_ENV: "production", DATABASE_URL: "postgres://x/y", JWT_SECRET: strong, COOKIE_SECRET: strong }
    expect(() => parseEnv({ ...base, ...householdKeys, HOUSEHOLD_DATA_KEY: "short" })).toThrow(/set HOUSEHOLD_DATA_KEY to/)
    expect(() => parseEnv({ ...base, HOUSEHOLD_DATA_KEY: strong })).toThrow(/set HOUSEHOLD_HASH_KEY to/)
  })

  it("refuses production without a database", () => {
    expect(() => parseEnv({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong, ...householdKeys })).toThrow(
      /DATABASE_URL/,
    )
  })

  it("accepts production with real secrets and never writes a secrets file", () => {
    const dir = tmp()
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x/y",
      JWT_SECRET: strong,
      COOKIE_SECRET: "b".repeat(40),
      ...householdKeys,
      FENGSHOU_DATA_DIR: dir,
    })
    expect(env.JWT_SECRET).toBe(strong)
    expect(env.HOUSEHOLD_DATA_KEY).toBe(householdKeys.HOUSEHOLD_DATA_KEY)
    expect(existsSync(path.join(dir, "secrets.json"))).toBe(false)
  })

  it("makes per-install secrets in development and keeps them across starts", () => {
    const dir = tmp()
    const first = parseEnv({ FENGSHOU_DATA_DIR: dir })
    const second = parseEnv({ FENGSHOU_DATA_DIR: dir })
    const other = parseEnv({ FENGSHOU_DATA_DIR: tmp() })
    expect(first.JWT_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(second.JWT_SECRET).toBe(first.JWT_SECRET)
    expect(second.COOKIE_SECRET).toBe(first.COOKIE_SECRET)
    expect(other.JWT_SECRET).not.toBe(first.JWT_SECRET)
    expect(statSync(path.join(dir, "secrets.json")).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(path.join(dir, "secrets.json"), "utf8")).jwtSecret).toBe(first.JWT_SECRET)
    expect(first.HOUSEHOLD_DATA_KEY).toMatch(/^[0-9a-f]{64}$/)
    expect(second.HOUSEHOLD_HASH_KEY).toBe(first.HOUSEHOLD_HASH_KEY)
    expect(first.HOUSEHOLD_DATA_KEY).not.toBe(first.HOUSEHOLD_HASH_KEY)
  })

  it("keeps an older secrets file's values and adds the household keys it lacks", () => {
    const dir = tmp()
    const old = { jwtSecret: "e".repeat(64), cookieSecret: "f".repeat(64) }
    writeFileSync(path.join(dir, "secrets.json"), JSON.stringify(old))
    const env = parseEnv({ FENGSHOU_DATA_DIR: dir })
    expect(env.JWT_SECRET).toBe(old.jwtSecret)
    expect(env.HOUSEHOLD_DATA_KEY).toMatch(/^[0-9a-f]{64}$/)
    expect(parseEnv({ FENGSHOU_DATA_DIR: dir }).HOUSEHOLD_DATA_KEY).toBe(env.HOUSEHOLD_DATA_KEY)
  })

  it("rejects a malformed REDIS_URL with a message that says what to fix", () => {
    expect(() => parseEnv({ REDIS_URL: "localhost", FENGSHOU_DATA_DIR: tmp() })).toThrow(/REDIS_URL must be a URL/)
  })

  it("treats an empty REDIS_URL as unset", () => {
    expect(parseEnv({ REDIS_URL: "", FENGSHOU_DATA_DIR: tmp() }).REDIS_URL).toBeUndefined()
  })

  it("takes MEILISEARCH_HOST as a URL, and an empty one as unset (search stays on PostgreSQL)", () => {
    expect(() => parseEnv({ MEILISEARCH_HOST: "meilisearch:7700", FENGSHOU_DATA_DIR: tmp() })).toThrow(/MEILISEARCH_HOST must be an http\(s\) URL/)
    expect(parseEnv({ MEILISEARCH_HOST: " ", FENGSHOU_DATA_DIR: tmp() }).MEILISEARCH_HOST).toBeUndefined()
    expect(parseEnv({ MEILISEARCH_HOST: "http://meilisearch:7700", MEILISEARCH_API_KEY: "k", FENGSHOU_DATA_DIR: tmp() })).toMatchObject({
      MEILISEARCH_HOST: "http://meilisearch:7700",
      MEILISEARCH_API_KEY: "k",
    })
  })

  it("finds .data at the repo root (next to turbo.json)", () => {
    const env = parseEnv({}, path.join(__dirname, "scripts"))
    expect(env.dataDir).toBe(path.resolve(__dirname, "../../../.data"))
  })
})
