// `npm run dev` for the backend: a database (embedded when DATABASE_URL is unset), migrations (which
// seed the demo data once), the publishable key for the storefront, then `medusa develop`.
import { spawn } from "node:child_process"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { env } from "../src/env"
import { findRepoRoot } from "../src/lib/data-dir"
import { PUBLISHABLE_KEY_FILE } from "../src/scripts/seed/index"
import { startEmbeddedPostgres } from "./embedded-postgres"
import { killTree } from "./kill-tree"
import { migrationFingerprint } from "./migration-fingerprint"

const MEDUSA_CLI = require.resolve("@medusajs/cli/cli.js")

function run(args: string[], extraEnv: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
      stdio: "inherit",
      env: { ...process.env, ...extraEnv },
    })
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    children.add(child)
    child.on("exit", () => children.delete(child))
  })
}

const children = new Set<ReturnType<typeof spawn>>()
let stopDatabase: (() => Promise<void>) | undefined

async function shutdown(code: number) {
  for (const child of children) if (child.pid) killTree(child.pid)
  await stopDatabase?.().catch(() => {})
  process.exit(code)
}
process.on("SIGINT", () => void shutdown(130))
process.on("SIGTERM", () => void shutdown(143))

async function main() {
  const started = Date.now()
  let databaseUrl = env.DATABASE_URL
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres(env.dataDir, env.EMBEDDED_POSTGRES_PORT)
    stopDatabase = () => embedded.pg.stop()
    databaseUrl = embedded.databaseUrl
    console.log(
      `[dev] embedded PostgreSQL on :${env.EMBEDDED_POSTGRES_PORT} (${embedded.fresh ? "new" : "existing"} data in .data/postgres)`,
    )
  }
  const childEnv = { DATABASE_URL: databaseUrl, FENGSHOU_DATA_DIR: env.dataDir }

  // Skip db:migrate when nothing it reads has changed since it last succeeded against this database.
  const marker = path.join(env.dataDir, "migrated")
  const fingerprint = migrationFingerprint(process.cwd(), findRepoRoot() ?? process.cwd(), databaseUrl)
  if (existsSync(marker) && readFileSync(marker, "utf8") === fingerprint) {
    console.log("[dev] migrations and seed are up to date; skipping db:migrate")
  } else {
    if ((await run(["db:migrate"], childEnv)) !== 0) return shutdown(1)
    writeFileSync(marker, fingerprint)
  }
  if (!existsSync(path.join(env.dataDir, PUBLISHABLE_KEY_FILE))) {
    // The seed ran as a migration script on an earlier start, but the key file is gone: write it again.
    if ((await run(["exec", "./src/scripts/seed.ts"], childEnv)) !== 0) return shutdown(1)
  }
  console.log(`[dev] database ready in ${((Date.now() - started) / 1000).toFixed(1)} s; starting Medusa`)
  const code = await run(["develop"], childEnv)
  await shutdown(code)
}

main().catch(async (error) => {
  console.error("[dev] could not start the backend:", error)
  await shutdown(1)
})
