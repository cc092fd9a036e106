import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { EnvError, parseEnv } from "./env"

const tmp = () => mkdtempSync(path.join(tmpdir(), "fengshou-env-"))
const strong = "a".repeat(32)

describe("parseEnv", () => {
  it("refuses production without secrets, naming both", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://x/y" })).toThrow(
      /JWT_SECRET and COOKIE_SECRET/,
    )
  })

  it("refuses production with a short secret", () => {
    const raw = { NODE_ENV: "production", DATABASE_URL: "postgres://x/y", JWT_SECRET: "supersecret", COOKIE_SECRET: strong }
    expect(() => parseEnv(raw)).toThrow(EnvError)
    expect(() => parseEnv(raw)).toThrow(/JWT_SECRET/)
  })

  it("refuses production without a database", () => {
    expect(() => parseEnv({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong })).toThrow(/DATABASE_URL/)
  })

  it("accepts production with real secrets and never writes a secrets file", () => {
    const dir = tmp()
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x/y",
      JWT_SECRET: strong,
      COOKIE_SECRET: "b".repeat(40),
      FENGSHOU_DATA_DIR: dir,
    })
    expect(env.JWT_SECRET).toBe(strong)
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
  })

  it("rejects a malformed REDIS_URL with a message that says what to fix", () => {
    expect(() => parseEnv({ REDIS_URL: "localhost", FENGSHOU_DATA_DIR: tmp() })).toThrow(/REDIS_URL must be a URL/)
  })

  it("treats an empty REDIS_URL as unset", () => {
    expect(parseEnv({ REDIS_URL: "", FENGSHOU_DATA_DIR: tmp() }).REDIS_URL).toBeUndefined()
  })

  it("finds .data at the repo root (next to turbo.json)", () => {
    const env = parseEnv({}, path.join(__dirname, "scripts"))
    expect(env.dataDir).toBe(path.resolve(__dirname, "../../../.data"))
  })
})
