// The only file that reads process.env. Everything is read at request time, never inlined at build,
// so one built image runs in any environment.
import "server-only"
import { existsSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { z } from "zod"

// Docker and shells often pass "VAR=" for unset values; treat blank as absent.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional())

const publishableKey = z.string().trim().startsWith("pk_", "a Medusa publishable API key starts with pk_")

const envSchema = z.object({
  // Next sets it ("production" under `next start`, "development" under `next dev`), vitest sets "test".
  NODE_ENV: optional(z.string()),
  MEDUSA_BACKEND_URL: optional(z.url({ protocol: /^https?$/ })).transform((url) =>
    (url ?? "http://localhost:9000").replace(/\/+$/, ""),
  ),
  // What browsers use to reach the backend when it differs from the server's address (docker-compose:
  // the server talks to http://backend:9000, browsers to http://localhost:9000). Defaults to MEDUSA_BACKEND_URL.
  MEDUSA_BROWSER_BACKEND_URL: optional(z.url({ protocol: /^https?$/ })).transform((url) => url?.replace(/\/+$/, "")),
  MEDUSA_PUBLISHABLE_KEY: optional(publishableKey),
  FENGSHOU_DATA_DIR: optional(z.string()),
  REVALIDATE_SECRET: optional(z.string().min(16, "use at least 16 characters")),
  // Public by design (it goes to the browser), but read at request time like the rest; without it the checkout
  // offers no Stripe payment even when the backend has Stripe.
  STRIPE_PUBLISHABLE_KEY: optional(
    z
      .string()
      .trim()
      .regex(/^pk_(test|live)_\w+$/, "a Stripe publishable key starts with pk_test_ or pk_live_"),
  ),
})

export type Env = z.infer<typeof envSchema>

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    throw new Error(`Invalid storefront environment:\n${z.prettifyError(result.error)}`)
  }
  return result.data
}

const ENV_KEYS = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[]
let parsedEnv: { key: string; env: Env } | undefined

/**
 * The parsed environment. Every request reads it several times (the proxy, the backend config), so it is parsed
 * again only when one of its variables changed since the last call (tests change them between calls).
 */
export function getEnv(): Env {
  const key = ENV_KEYS.map((name) => process.env[name] ?? "\u0000").join("\u0001")
  if (parsedEnv?.key !== key) parsedEnv = { key, env: parseEnv(process.env) }
  return parsedEnv.env
}

const repoRoots = new Map<string, string | null>()

/** Nearest ancestor of `from` (inclusive) that holds turbo.json, or null outside the monorepo. */
export function findRepoRoot(from: string): string | null {
  // Asked on every request with the server's working directory: walk the directories once per place asked from.
  const start = path.resolve(from)
  if (!repoRoots.has(start)) repoRoots.set(start, walkToRepoRoot(start))
  return repoRoots.get(start) ?? null
}

function walkToRepoRoot(start: string): string | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "turbo.json"))) return dir
    if (path.dirname(dir) === dir) return null
  }
}

/**
 * The publishable key from MEDUSA_PUBLISHABLE_KEY, else from `<data dir>/publishable-key`, which the backend
 * writes once it has seeded. Null while neither exists (the backend is still starting).
 */
export function readPublishableKey(env: Env, cwd: string = process.cwd()): string | null {
  if (env.MEDUSA_PUBLISHABLE_KEY) return env.MEDUSA_PUBLISHABLE_KEY
  const repoRoot = findRepoRoot(cwd)
  const dataDir = env.FENGSHOU_DATA_DIR ?? (repoRoot ? path.join(repoRoot, ".data") : null)
  if (!dataDir) return null
  const file = path.resolve(cwd, dataDir, "publishable-key")
  let contents: string
  try {
    contents = readKeyFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null
    throw error
  }
  // The backend may be mid-write; an empty file means "not yet".
  if (contents.trim() === "") return null
  const parsed = publishableKey.safeParse(contents)
  if (!parsed.success) throw new Error(`${file} does not hold a publishable key: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

let keyFile: { file: string; mtimeMs: number; size: number; contents: string } | undefined

/** The key file's text, read again only when its size or modification time changed (a reseeded backend rewrites it). */
function readKeyFile(file: string): string {
  const { mtimeMs, size } = statSync(file)
  if (keyFile?.file !== file || keyFile.mtimeMs !== mtimeMs || keyFile.size !== size) {
    keyFile = { file, mtimeMs, size, contents: readFileSync(file, "utf8") }
  }
  return keyFile.contents
}
