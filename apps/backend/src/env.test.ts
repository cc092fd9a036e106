import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { EnvError, parseEnv } from "./env"
import { demoPassword } from "./scripts/seed/demo-password"

const tmp = () => mkdtempSync(path.join(tmpdir(), "fengshou-env-"))
// Fixed values shaped like `openssl rand -hex 16` output (32 characters), so the tests are repeatable.
const strong = "3f9c1a7e52d84b06e1c7a9f03d5b2e48"

describe("parseEnv", () => {
  const householdKeys = {
    HOUSEHOLD_DATA_KEY: "8d2e6b0f4a1c9e73b5d0a8f6c2e4b197",
    HOUSEHOLD_HASH_KEY: "c04b9e1d7f3a6c25e8b1d4f07a9c3e62",
  }

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
    expect(() => parseEnv({ ...base, ...householdKeys, HOUSEHOLD_DATA_KEY: "short" })).toThrow(
      /set HOUSEHOLD_DATA_KEY to/,
    )
    expect(() => parseEnv({ ...base, HOUSEHOLD_DATA_KEY: strong })).toThrow(/set HOUSEHOLD_HASH_KEY to/)
  })

  it("refuses production with a secret long enough but weak, naming the variable and the reason", () => {
    const base = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x/y",
      JWT_SECRET: strong,
      COOKIE_SECRET: strong,
      ...householdKeys,
    }
    expect(() => parseEnv({ ...base, JWT_SECRET: "a".repeat(64) })).toThrow(
      /weak secrets:\n- JWT_SECRET repeats one character/,
    )
    expect(() => parseEnv({ ...base, COOKIE_SECRET: "changeme".repeat(5) })).toThrow(
      /- COOKIE_SECRET repeats a pattern of 8 characters/,
    )
    expect(() => parseEnv({ ...base, HOUSEHOLD_HASH_KEY: "ab".repeat(10) + "ba".repeat(10) })).toThrow(
      /- HOUSEHOLD_HASH_KEY has too little entropy/,
    )
    expect(() => parseEnv({ ...base, REVALIDATE_SECRET: "x".repeat(16) })).toThrow(
      /- REVALIDATE_SECRET repeats one character/,
    )
    expect(() => parseEnv({ ...base, MEILISEARCH_API_KEY: "masterKeymasterKey" })).toThrow(
      /- MEILISEARCH_API_KEY repeats a pattern of 9/,
    )
    const message = (() => {
      try {
        parseEnv({ ...base, JWT_SECRET: "a".repeat(64) })
      } catch (e) {
        return String(e)
      }
    })()
    expect(message).not.toContain("a".repeat(64))
  })

  it("checks Stripe's secrets only for a live key: a test-mode stub moves no money", () => {
    const base = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x/y",
      JWT_SECRET: strong,
      COOKIE_SECRET: strong,
      ...householdKeys,
    }
    const stub = {
      STRIPE_API_KEY: "sk_test_fengshou_stub",
      STRIPE_WEBHOOK_SECRET: "whsec_fengshou_stub",
      FENGSHOU_DATA_DIR: tmp(),
    }
    expect(parseEnv({ ...base, ...stub }).STRIPE_API_KEY).toBe("sk_test_fengshou_stub")
    expect(() => parseEnv({ ...base, ...stub, STRIPE_API_KEY: "sk_live_fengshou_stub" })).toThrow(
      /- STRIPE_API_KEY is shorter than 24/,
    )
  })

  it("refuses STRIPE_API_KEY without STRIPE_WEBHOOK_SECRET in every environment", () => {
    for (const NODE_ENV of ["development", "test"]) {
      const raw = { NODE_ENV, STRIPE_API_KEY: "sk_test_fengshou_stub", FENGSHOU_DATA_DIR: tmp() }
      expect(() => parseEnv(raw)).toThrow(/- STRIPE_WEBHOOK_SECRET: set the endpoint's signing secret/)
      expect(parseEnv({ ...raw, STRIPE_WEBHOOK_SECRET: "whsec_fengshou_stub" }).STRIPE_WEBHOOK_SECRET).toBe(
        "whsec_fengshou_stub",
      )
    }
  })

  it("refuses the published demo password in production, and the seed refuses to fall back to it there", () => {
    const base = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x/y",
      JWT_SECRET: strong,
      COOKIE_SECRET: strong,
      ...householdKeys,
    }
    expect(() => parseEnv({ ...base, DEMO_PASSWORD: "fengshou-demo-2025" })).toThrow(
      /- DEMO_PASSWORD is the published demo password/,
    )
    expect(() => parseEnv({ ...base, DEMO_PASSWORD: "demo" })).toThrow(/- DEMO_PASSWORD is shorter than 16/)
    const chosen = parseEnv({ ...base, DEMO_PASSWORD: "q7Vx2mPz9LkT4wRb", FENGSHOU_DATA_DIR: tmp() })
    expect(demoPassword(chosen)).toBe("q7Vx2mPz9LkT4wRb")
    expect(() => demoPassword({ NODE_ENV: "production", DEMO_PASSWORD: undefined })).toThrow(
      /Refusing to seed demo logins in production .* set DEMO_PASSWORD/,
    )
    expect(demoPassword({ NODE_ENV: "development", DEMO_PASSWORD: undefined })).toBe("fengshou-demo-2025")
  })

  it("refuses production without a database", () => {
    expect(() =>
      parseEnv({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong, ...householdKeys }),
    ).toThrow(/DATABASE_URL/)
  })

  it("accepts production with real secrets and never writes a secrets file", () => {
    const dir = tmp()
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://x/y",
      JWT_SECRET: strong,
      COOKIE_SECRET: "5e1b8d3f0c6a9e24b7d1f5a3c8e06b9d2f4a",
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
    expect(() => parseEnv({ MEILISEARCH_HOST: "meilisearch:7700", FENGSHOU_DATA_DIR: tmp() })).toThrow(
      /MEILISEARCH_HOST must be an http\(s\) URL/,
    )
    expect(parseEnv({ MEILISEARCH_HOST: " ", FENGSHOU_DATA_DIR: tmp() }).MEILISEARCH_HOST).toBeUndefined()
    expect(
      parseEnv({ MEILISEARCH_HOST: "http://meilisearch:7700", MEILISEARCH_API_KEY: "k", FENGSHOU_DATA_DIR: tmp() }),
    ).toMatchObject({
      MEILISEARCH_HOST: "http://meilisearch:7700",
      MEILISEARCH_API_KEY: "k",
    })
  })

  it("heals the ledger every 5 minutes by default, never in tests unless asked, and refuses a malformed schedule", () => {
    expect(parseEnv({ FENGSHOU_DATA_DIR: tmp() })).toMatchObject({
      LEDGER_HEAL_CRON: "*/5 * * * *",
      LEDGER_HEAL_WINDOW_HOURS: 48,
    })
    expect(parseEnv({ NODE_ENV: "test", FENGSHOU_DATA_DIR: tmp() }).LEDGER_HEAL_CRON).toBeUndefined()
    expect(parseEnv({ LEDGER_HEAL_CRON: "off", FENGSHOU_DATA_DIR: tmp() }).LEDGER_HEAL_CRON).toBeUndefined()
    expect(
      parseEnv({ NODE_ENV: "test", LEDGER_HEAL_CRON: "*/2 * * * *", FENGSHOU_DATA_DIR: tmp() }).LEDGER_HEAL_CRON,
    ).toBe("*/2 * * * *")
    expect(() => parseEnv({ LEDGER_HEAL_CRON: "every 5 minutes", FENGSHOU_DATA_DIR: tmp() })).toThrow(
      /LEDGER_HEAL_CRON is a cron expression/,
    )
  })

  it("takes S3_BUCKET only with its key pair and public URL", () => {
    expect(() => parseEnv({ S3_BUCKET: "fengshou", S3_ACCESS_KEY_ID: "k", FENGSHOU_DATA_DIR: tmp() })).toThrow(
      /S3_SECRET_ACCESS_KEY, S3_FILE_URL: set them when S3_BUCKET is set/,
    )
    expect(() => parseEnv({ S3_ENDPOINT: "minio:9000", FENGSHOU_DATA_DIR: tmp() })).toThrow(/S3_ENDPOINT must be/)
    const s3 = {
      S3_BUCKET: "fengshou",
      S3_ENDPOINT: "http://minio:9000",
      S3_ACCESS_KEY_ID: "fengshou",
      S3_SECRET_ACCESS_KEY: "fengshou-minio",
      S3_FILE_URL: "http://localhost:9002/fengshou",
      FENGSHOU_DATA_DIR: tmp(),
    }
    expect(parseEnv(s3)).toMatchObject({ S3_BUCKET: "fengshou", S3_REGION: "us-east-1" })
    expect(parseEnv({ FENGSHOU_DATA_DIR: tmp() }).S3_BUCKET).toBeUndefined()
  })

  it("takes SMTP_URL only with a sender, and throttles sign-ins 10 failures per 15 minutes by default", () => {
    expect(() => parseEnv({ SMTP_URL: "mail.example.cn:587", FENGSHOU_DATA_DIR: tmp() })).toThrow(
      /SMTP_URL must be a URL like smtp:/,
    )
    expect(() => parseEnv({ SMTP_URL: "smtp://u:p@mail.example.cn:587", FENGSHOU_DATA_DIR: tmp() })).toThrow(
      /SMTP_FROM: set the sender/,
    )
    const smtp = {
      SMTP_URL: "smtps://u:p@mail.example.cn:465",
      SMTP_FROM: "丰收 <noreply@example.cn>",
      FENGSHOU_DATA_DIR: tmp(),
    }
    expect(parseEnv(smtp)).toMatchObject({ SMTP_URL: smtp.SMTP_URL, SMTP_FROM: smtp.SMTP_FROM })
    const plain = parseEnv({ FENGSHOU_DATA_DIR: tmp() })
    expect(plain.SMTP_URL).toBeUndefined()
    expect(plain).toMatchObject({ LOGIN_MAX_FAILURES: 10, LOGIN_WINDOW_MINUTES: 15 })
    expect(parseEnv({ LOGIN_WINDOW_MINUTES: "0.1", FENGSHOU_DATA_DIR: tmp() }).LOGIN_WINDOW_MINUTES).toBe(0.1)
    expect(() => parseEnv({ LOGIN_MAX_FAILURES: "0", FENGSHOU_DATA_DIR: tmp() })).toThrow(
      /LOGIN_MAX_FAILURES is a whole number/,
    )
  })

  it("finds .data at the repo root (next to turbo.json)", () => {
    const env = parseEnv({}, path.join(__dirname, "scripts"))
    expect(env.dataDir).toBe(path.resolve(__dirname, "../../../.data"))
  })
})
