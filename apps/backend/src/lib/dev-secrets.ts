import { randomBytes } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ensureDir } from "./data-dir"

export type Secrets = { jwtSecret: string; cookieSecret: string }

/**
 * Secrets for a development install: made once per checkout and kept in `.data/secrets.json`,
 * so sessions survive restarts and no two installs share a secret.
 */
export function loadOrCreateDevSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, "secrets.json")
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, "utf8")) as Partial<Secrets>
    if (saved.jwtSecret && saved.cookieSecret) return { jwtSecret: saved.jwtSecret, cookieSecret: saved.cookieSecret }
  }
  const secrets: Secrets = {
    jwtSecret: randomBytes(32).toString("hex"),
    cookieSecret: randomBytes(32).toString("hex"),
  }
  ensureDir(dataDir)
  writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 })
  return secrets
}
