import { randomBytes } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ensureDir } from "./data-dir"

export type Secrets = { jwtSecret: string; cookieSecret: string; householdDataKey: string; householdHashKey: string }

const NAMES: (keyof Secrets)[] = ["jwtSecret", "cookieSecret", "householdDataKey", "householdHashKey"]

/**
 * Secrets for a development install: made once per checkout and kept in `.data/secrets.json`,
 * so sessions survive restarts, encrypted household names stay readable, and no two installs share a
 * secret. A file from before a secret existed keeps its old values and gains the missing ones.
 */
export function loadOrCreateDevSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, "secrets.json")
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<Secrets>) : {}
  const missing = NAMES.filter((name) => !saved[name])
  if (!missing.length) return saved as Secrets
  const secrets = { ...saved } as Secrets
  for (const name of missing) secrets[name] = randomBytes(32).toString("hex")
  ensureDir(dataDir)
  writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 })
  return secrets
}
