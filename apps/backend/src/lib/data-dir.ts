import { existsSync, mkdirSync } from "node:fs"
import path from "node:path"

/**
 * The folder for per-install state (embedded PostgreSQL, dev secrets, the publishable key):
 * `<repo root>/.data`, where the repo root is the nearest ancestor holding turbo.json.
 * Without a repo around us (a built image), it is `<cwd>/.data`.
 */
export function findDataDir(explicit: string | undefined, cwd: string = process.cwd()): string {
  if (explicit) return path.resolve(explicit)
  let dir = path.resolve(cwd)
  for (;;) {
    if (existsSync(path.join(dir, "turbo.json"))) return path.join(dir, ".data")
    const parent = path.dirname(dir)
    if (parent === dir) return path.join(path.resolve(cwd), ".data")
    dir = parent
  }
}

export function ensureDir(dir: string): string {
  // Traversable by others: as root, embedded PostgreSQL runs as a separate "postgres" user below it.
  mkdirSync(dir, { recursive: true, mode: 0o755 })
  return dir
}
