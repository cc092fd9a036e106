import { existsSync, mkdirSync } from "node:fs"
import path from "node:path"

/** The nearest ancestor of `cwd` holding turbo.json (the monorepo root), or null outside the repo. */
export function findRepoRoot(cwd: string = process.cwd()): string | null {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "turbo.json"))) return dir
    if (path.dirname(dir) === dir) return null
  }
}

/**
 * The folder for per-install state (embedded PostgreSQL, dev secrets, the publishable key):
 * `<repo root>/.data`. Without a repo around us (a built image), it is `<cwd>/.data`.
 */
export function findDataDir(explicit: string | undefined, cwd: string = process.cwd()): string {
  if (explicit) return path.resolve(explicit)
  return path.join(findRepoRoot(cwd) ?? path.resolve(cwd), ".data")
}

export function ensureDir(dir: string): string {
  // Traversable by others: as root, embedded PostgreSQL runs as a separate "postgres" user below it.
  mkdirSync(dir, { recursive: true, mode: 0o755 })
  return dir
}
