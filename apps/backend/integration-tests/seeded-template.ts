// The demo seed made once per test run and copied into every spec file that asks for it (./runner.ts), instead of
// each file seeding its own database (about 7 s of a file's setup, against well under one for the copy).
import pg from "pg"

const connection = (): pg.ClientConfig => ({
  host: process.env.DB_HOST,
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME,
  password: process.env.DB_PASSWORD || undefined,
  database: "postgres",
})

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(connection())
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * One spec file's claim on a template: a server connection holding an advisory lock on its name. The first file to
 * ask finds no template, keeps the lock while its Medusa boots and seeds, and makes the template (`capture`); the
 * files that ask meanwhile wait on the lock and then copy it. The lock ends with its connection if the file dies.
 */
export class TemplateClaim {
  private client: pg.Client | null = null

  constructor(readonly template: string) {}

  /** Waits for the template; true if it exists (then the claim is let go), false if this file is to make it. */
  async ready(): Promise<boolean> {
    const client = new pg.Client(connection())
    await client.connect()
    this.client = client
    await client.query("select pg_advisory_lock(hashtext($1))", [this.template])
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [this.template])
    if (rowCount) await this.release()
    return !!rowCount
  }

  get making(): boolean {
    return this.client !== null
  }

  /** A new database for this file, copied from the template. */
  copyTo(database: string) {
    return onServer((c) => c.query(`create database ${quote(database)} template ${quote(this.template)}`))
  }

  /**
   * Makes the template from the file's own database as it is now: no new connections to it meanwhile and the open
   * ones closed (PostgreSQL copies only a database nobody is in; Medusa's pool reconnects on its next query).
   */
  async capture(database: string) {
    const c = this.client
    if (!c) throw new Error(`not making ${this.template}`)
    await c.query(`alter database ${quote(database)} with allow_connections false`)
    try {
      for (let attempt = 1; ; attempt++) {
        await c.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [database])
        try {
          await c.query(`create database ${quote(this.template)} template ${quote(database)}`)
          break
        } catch (error) {
          if (attempt >= 10 || !/being accessed by other users/.test((error as Error).message)) throw error
          await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
        }
      }
    } finally {
      await c.query(`alter database ${quote(database)} with allow_connections true`)
    }
    await this.release()
  }

  async release() {
    const c = this.client
    this.client = null
    await c?.end().catch(() => {})
  }
}

export async function dropSeededTemplates(prefix: string) {
  await onServer(async (c) => {
    const { rows } = await c.query<{ datname: string }>("select datname from pg_database where datname like $1", [
      `${prefix}%`,
    ])
    for (const { datname } of rows) await c.query(`drop database if exists ${quote(datname)} with (force)`)
  }).catch((error) => console.warn(`[tests] could not drop the seeded templates: ${(error as Error).message}`))
}

/** Drops one database of this run's (a spec's topics' base snapshot, ./runner.ts). */
export async function dropDatabase(name: string) {
  await onServer((c) => c.query(`drop database if exists ${quote(name)} with (force)`))
}
