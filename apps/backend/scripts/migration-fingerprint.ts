import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name)
      return statSync(full).isDirectory() ? filesUnder(full) : [full]
    })
}

/**
 * What `medusa db:migrate` depends on: installed Medusa versions (the lockfile), our modules' migrations,
 * links and migration scripts, and which database. Equal fingerprints mean a second migrate would do nothing,
 * so `npm run dev` can skip its ~15 s start-up.
 */
export function migrationFingerprint(backendDir: string, repoRoot: string, databaseUrl: string): string {
  const hash = createHash("sha256").update(databaseUrl)
  const inputs = [
    path.join(repoRoot, "package-lock.json"),
    ...filesUnder(path.join(backendDir, "src/modules")).filter((f) => f.includes(`${path.sep}migrations${path.sep}`)),
    ...filesUnder(path.join(backendDir, "src/links")),
    ...filesUnder(path.join(backendDir, "src/migration-scripts")),
  ]
  for (const file of inputs) {
    if (existsSync(file)) hash.update(path.relative(repoRoot, file)).update(readFileSync(file))
  }
  return hash.digest("hex")
}
