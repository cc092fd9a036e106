import { loadEnv } from "@medusajs/framework/utils"
import { z } from "zod"
import { findDataDir } from "./lib/data-dir"
import { loadOrCreateDevSecrets } from "./lib/dev-secrets"
import { secretWeakness } from "./lib/secret-strength"
import { parseShelfLifeOverrides } from "./lib/lots/shelf-life"

// The one place that reads process.env. Everything else imports `env`.
const MIN_SECRET_LENGTH = 32
/** The published password of the seeded demo logins (README); production refuses it. */
export const PUBLISHED_DEMO_PASSWORD = "fengshou-demo-2025"
// Every secret this file reads, with the length production requires of it (the optional ones only when set).
const SECRET_MIN_LENGTH = {
  JWT_SECRET: MIN_SECRET_LENGTH,
  COOKIE_SECRET: MIN_SECRET_LENGTH,
  HOUSEHOLD_DATA_KEY: MIN_SECRET_LENGTH,
  HOUSEHOLD_HASH_KEY: MIN_SECRET_LENGTH,
  STRIPE_API_KEY: 24,
  STRIPE_WEBHOOK_SECRET: 24,
  REVALIDATE_SECRET: 16,
  MEILISEARCH_API_KEY: 16,
  DEMO_PASSWORD: 16,
} as const

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()))

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalString,
  REDIS_URL: optionalString.pipe(z.url({ message: "REDIS_URL must be a URL like redis://localhost:6379" }).optional()),
  JWT_SECRET: optionalString,
  COOKIE_SECRET: optionalString,
  HOUSEHOLD_DATA_KEY: optionalString,
  HOUSEHOLD_HASH_KEY: optionalString,
  STORE_CORS: z.string().default("http://localhost:8000"),
  ADMIN_CORS: z.string().default("http://localhost:9000,http://localhost:5173"),
  AUTH_CORS: z.string().default("http://localhost:8000,http://localhost:9000,http://localhost:5173"),
  MEDUSA_BACKEND_URL: z.url().default("http://localhost:9000"),
  MEDUSA_WORKER_MODE: z.enum(["shared", "worker", "server"]).default("shared"),
  MEDUSA_DISABLE_ADMIN: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  FENGSHOU_DATA_DIR: optionalString,
  STOREFRONT_URL: z.url().default("http://localhost:8000"),
  // Shared with the storefront's POST /api/revalidate; unset: the storefront's caches simply expire (60 s).
  REVALIDATE_SECRET: optionalString.pipe(
    z.string().min(16, "REVALIDATE_SECRET needs at least 16 characters").optional(),
  ),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  // Stripe is registered only when STRIPE_API_KEY is set; otherwise Medusa's system provider takes payments.
  STRIPE_API_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_API_BASE: optionalString.pipe(
    z.url({ message: "STRIPE_API_BASE must be a URL like http://localhost:12111" }).optional(),
  ),
  // Medusa waits this long before processing a payment webhook (it guards a race with the storefront's own call).
  PAYMENT_WEBHOOK_DELAY_MS: z.coerce.number().int().min(0).default(5000),
  // Cart completions run at most this many at once per backend process; the rest queue in arrival order (checkout-gate.ts).
  CHECKOUT_CONCURRENCY: z.coerce.number().int().min(1, "CHECKOUT_CONCURRENCY is a whole number, 1 or more").default(4),
  // A host's commission on an order stays pending this many days (refunds reverse it), then becomes payable.
  LIVE_REFUND_WINDOW_DAYS: z.coerce
    .number()
    .min(0, "LIVE_REFUND_WINDOW_DAYS is a number of days, 0 or more")
    .default(7),
  // Opening a live link or adding from a live shelf holds the units this many minutes (库存预扣); unpaid, they go back.
  LIVE_HOLD_MINUTES: z.coerce
    .number()
    .gt(0, "LIVE_HOLD_MINUTES is a number of minutes above 0, e.g. 10")
    .max(24 * 60, "LIVE_HOLD_MINUTES is at most 1440 (a day)")
    .default(10),
  // Product search runs on Meilisearch when MEILISEARCH_HOST is set, else on PostgreSQL (the embedded default).
  MEILISEARCH_HOST: optionalString.pipe(
    z
      .url({ protocol: /^https?$/, message: "MEILISEARCH_HOST must be an http(s) URL like http://localhost:7700" })
      .optional(),
  ),
  MEILISEARCH_API_KEY: optionalString,
  // The seeded demo logins' password; unset, they get the published one, which production refuses to seed.
  DEMO_PASSWORD: optionalString,
  // How often the scheduled job heals the relief ledger (cron, server time; "off" stops it; off by default in tests,
  // which run the job's function themselves); see src/jobs/heal-relief-ledger.ts.
  LEDGER_HEAL_CRON: optionalString.pipe(
    z
      .string()
      .regex(/^(off|\S+( \S+){4,5})$/, "LEDGER_HEAL_CRON is a cron expression like */5 * * * *, or off")
      .optional(),
  ),
  // The heal looks at orders placed or changed within this many hours (a full reconcile reads every order).
  LEDGER_HEAL_WINDOW_HOURS: z.coerce
    .number()
    .int()
    .min(1, "LEDGER_HEAL_WINDOW_HOURS is a whole number of hours, 1 or more")
    .default(48),
  // Email goes out over SMTP when SMTP_URL is set (smtps:// for TLS from the start); otherwise Medusa's local provider
  // writes notifications to the log. SMTP_FROM is the sender, e.g. "丰收 <noreply@fengshou.cn>".
  SMTP_URL: optionalString.pipe(
    z
      .url({ protocol: /^smtps?$/, message: "SMTP_URL must be a URL like smtp://user:password@smtp.example.cn:587" })
      .optional(),
  ),
  SMTP_FROM: optionalString,
  // Sign-in throttling: this many failed logins for one account from one address within the window → 429 until it ends.
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1, "LOGIN_MAX_FAILURES is a whole number, 1 or more").default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().positive("LOGIN_WINDOW_MINUTES is a number of minutes above 0").default(15),
  // Settlement (#13): the platform's service fee in basis points (500 = 5 %) on a cooperative's sales.
  SETTLEMENT_FEE_BPS: z.coerce
    .number()
    .int("SETTLEMENT_FEE_BPS is a whole number of basis points, 0 to 10000 (500 = 5 %)")
    .min(0, "SETTLEMENT_FEE_BPS is a whole number of basis points, 0 to 10000 (500 = 5 %)")
    .max(10_000, "SETTLEMENT_FEE_BPS is a whole number of basis points, 0 to 10000 (500 = 5 %)")
    .default(500),
  // A sale is paid out this many days after it was placed (the 7-day no-reason return from receipt plus delivery).
  SETTLEMENT_HOLD_DAYS: z.coerce.number().min(0, "SETTLEMENT_HOLD_DAYS is a number of days, 0 or more").default(15),
  // Shelf lives per product category, overriding src/lib/lots/shelf-life.ts: "fresh-mushrooms=30,eggs=45". A lot
  // harvested longer ago than its category's shelf life is refused.
  LOT_SHELF_LIFE_DAYS: optionalString.transform((raw, ctx) => {
    if (!raw) return {}
    try {
      return parseShelfLifeOverrides(raw)
    } catch (e) {
      ctx.addIssue({
        code: "custom",
        message: `LOT_SHELF_LIFE_DAYS must be handle=days pairs like fresh-mushrooms=30,eggs=45: ${(e as Error).message}`,
      })
      return z.NEVER
    }
  }),
  // Uploaded photos and documents go to an S3-compatible bucket when S3_BUCKET is set (MinIO in docker-compose; then
  // S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and S3_FILE_URL too), else under the backend's static/ folder.
  S3_BUCKET: optionalString,
  S3_ENDPOINT: optionalString.pipe(
    z.url({ protocol: /^https?$/, message: "S3_ENDPOINT must be an http(s) URL like http://minio:9000" }).optional(),
  ),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FILE_URL: optionalString.pipe(
    z
      .url({
        protocol: /^https?$/,
        message: "S3_FILE_URL must be the bucket's public http(s) URL, e.g. http://localhost:9002/fengshou",
      })
      .optional(),
  ),
  // When the scheduled job regenerates the open statements (cron, server time; "off" stops it; off in tests).
  SETTLEMENT_CRON: optionalString.pipe(
    z
      .string()
      .regex(/^(off|\S+( \S+){4,5})$/, "SETTLEMENT_CRON is a cron expression like 30 2 * * *, or off")
      .optional(),
  ),
  // The store API's product reads from Medusa's Caching Module (medusa-config.ts): on by default, off in tests unless a
  // spec asks (the test runner restores the database behind the cache's back); "off" for a before/after measure.
  STORE_CACHE: optionalString.pipe(z.enum(["on", "off"], { message: "STORE_CACHE is on or off" }).optional()),
})

type SecretName = "JWT_SECRET" | "COOKIE_SECRET" | "HOUSEHOLD_DATA_KEY" | "HOUSEHOLD_HASH_KEY"

export type Env = Omit<
  z.infer<typeof schema>,
  SecretName | "FENGSHOU_DATA_DIR" | "LEDGER_HEAL_CRON" | "SETTLEMENT_CRON" | "STORE_CACHE"
> &
  Record<SecretName, string> & {
    dataDir: string
    /** Undefined when the heal job is off. */
    LEDGER_HEAL_CRON: string | undefined
    /** Undefined when the settlement job is off. */
    SETTLEMENT_CRON: string | undefined
    /** Whether the store API's product reads are cached. */
    STORE_CACHE: boolean
  }

export class EnvError extends Error {}

/** Validates raw environment variables; in production, refuses to run without real secrets. */
export function parseEnv(raw: Record<string, string | undefined>, cwd: string = process.cwd()): Env {
  const result = schema.safeParse(raw)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`)
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`)
  }
  const {
    JWT_SECRET,
    COOKIE_SECRET,
    HOUSEHOLD_DATA_KEY,
    HOUSEHOLD_HASH_KEY,
    FENGSHOU_DATA_DIR,
    LEDGER_HEAL_CRON,
    SETTLEMENT_CRON,
    STORE_CACHE,
    ...parsed
  } = result.data
  const heal = LEDGER_HEAL_CRON ?? (parsed.NODE_ENV === "test" ? "off" : "*/5 * * * *")
  const settle = SETTLEMENT_CRON ?? (parsed.NODE_ENV === "test" ? "off" : "30 2 * * *")
  const rest = {
    ...parsed,
    LEDGER_HEAL_CRON: heal === "off" ? undefined : heal,
    SETTLEMENT_CRON: settle === "off" ? undefined : settle,
    STORE_CACHE: (STORE_CACHE ?? (parsed.NODE_ENV === "test" ? "off" : "on")) === "on",
  }
  const dataDir = findDataDir(FENGSHOU_DATA_DIR, cwd)
  if (rest.SMTP_URL && !rest.SMTP_FROM) {
    throw new EnvError(
      'Invalid environment:\n- SMTP_FROM: set the sender address, e.g. "丰收 <noreply@fengshou.cn>", when SMTP_URL is set',
    )
  }
  if (rest.S3_BUCKET) {
    const missing = (["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"] as const).filter((k) => !rest[k])
    if (missing.length) {
      throw new EnvError(
        `Invalid environment:\n- ${missing.join(", ")}: set ${missing.length > 1 ? "them" : "it"} when S3_BUCKET is set (uploads go to that bucket)`,
      )
    }
  }
  // In every environment: without the secret no webhook verifies, and a redirect payment's order would hang on it.
  if (rest.STRIPE_API_KEY && !rest.STRIPE_WEBHOOK_SECRET) {
    throw new EnvError(
      "Invalid environment:\n- STRIPE_WEBHOOK_SECRET: set the endpoint's signing secret (whsec_… from the Stripe dashboard, or `stripe listen`) when STRIPE_API_KEY is set",
    )
  }
  const given = { JWT_SECRET, COOKIE_SECRET, HOUSEHOLD_DATA_KEY, HOUSEHOLD_HASH_KEY }

  if (rest.NODE_ENV === "production") {
    const missing = Object.entries(given).filter(([, v]) => !v || v.length < MIN_SECRET_LENGTH)
    if (missing.length) {
      const names = missing.map(([k]) => k)
      throw new EnvError(
        `Refusing to start in production: set ${names.slice(0, -1).join(", ")}${names.length > 1 ? " and " : ""}` +
          `${names.at(-1)} to random strings of at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -hex 32\`).`,
      )
    }
    // Stripe issues its own keys; a test-mode key (a stub's, in the end-to-end tests) moves no money.
    const liveStripe = /^(sk|rk)_live_/.test(rest.STRIPE_API_KEY ?? "")
    const weak = Object.entries(SECRET_MIN_LENGTH).flatMap(([name, min]) => {
      if (name.startsWith("STRIPE_") && !liveStripe) return []
      const value =
        name in given ? given[name as SecretName] : rest[name as Exclude<keyof typeof SECRET_MIN_LENGTH, SecretName>]
      const reason = value === undefined ? null : secretWeakness(value, min)
      return reason ? [`- ${name} ${reason}`] : []
    })
    if (rest.DEMO_PASSWORD === PUBLISHED_DEMO_PASSWORD) weak.push("- DEMO_PASSWORD is the published demo password")
    if (weak.length) {
      throw new EnvError(
        `Refusing to start in production with weak secrets:\n${weak.join("\n")}\n` +
          "Use random values, e.g. `openssl rand -hex 32` (the provider's own key for Stripe and Meilisearch).",
      )
    }
    if (!rest.DATABASE_URL) throw new EnvError("Refusing to start in production: DATABASE_URL is not set.")
    return { ...rest, ...(given as Record<SecretName, string>), dataDir }
  }

  // Household keys matter as much as the session secrets: losing the data key makes stored names unreadable.
  const dev = Object.values(given).every(Boolean) ? null : loadOrCreateDevSecrets(dataDir)
  return {
    ...rest,
    JWT_SECRET: JWT_SECRET ?? dev!.jwtSecret,
    COOKIE_SECRET: COOKIE_SECRET ?? dev!.cookieSecret,
    HOUSEHOLD_DATA_KEY: HOUSEHOLD_DATA_KEY ?? dev!.householdDataKey,
    HOUSEHOLD_HASH_KEY: HOUSEHOLD_HASH_KEY ?? dev!.householdHashKey,
    dataDir,
  }
}

loadEnv(process.env.NODE_ENV || "development", process.cwd())

export const env: Env = parseEnv(process.env)
