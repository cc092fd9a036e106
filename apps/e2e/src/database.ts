import { mkdtempSync } from "node:fs"
import net from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"
import pg from "pg"
import { startEmbeddedPostgres } from "../../backend/scripts/embedded-postgres"

const EMBEDDED_PORT = 54331

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    socket.setTimeout(500, () => (socket.destroy(), resolve(false)))
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

export type TestDatabase = { url: string; drop: () => Promise<void> }

/**
 * A fresh, empty database for one run: on the machine's PostgreSQL (localhost:5432, trust auth) when it
 * answers, else on an embedded PostgreSQL in a temporary folder.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  if (await answers("127.0.0.1", 5432)) {
    const name = `fengshou_e2e_${process.pid}`
    const admin = new pg.Client({ host: "localhost", port: 5432, user: "postgres", database: "postgres" })
    await admin.connect()
    await admin.query(`drop database if exists ${name}`)
    await admin.query(`create database ${name}`)
    await admin.end()
    return {
      url: `postgres://postgres@localhost:5432/${name}`,
      drop: async () => {
        const c = new pg.Client({ host: "localhost", port: 5432, user: "postgres", database: "postgres" })
        await c.connect()
        await c.query(`drop database if exists ${name} with (force)`)
        await c.end()
      },
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), "fengshou-e2e-pg-"))
  const embedded = await startEmbeddedPostgres(dir, EMBEDDED_PORT)
  return { url: embedded.databaseUrl, drop: () => embedded.pg.stop() }
}
