import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { migrationFingerprint } from "./migration-fingerprint"

describe("migrationFingerprint", () => {
  const repo = mkdtempSync(path.join(tmpdir(), "fengshou-fp-"))
  const backend = path.join(repo, "apps/backend")
  const migrations = path.join(backend, "src/modules/cooperative/migrations")
  mkdirSync(migrations, { recursive: true })
  mkdirSync(path.join(backend, "src/links"), { recursive: true })
  writeFileSync(path.join(repo, "package-lock.json"), "{}")
  writeFileSync(path.join(migrations, "Migration1.ts"), "create table a")
  writeFileSync(path.join(backend, "src/modules/cooperative/service.ts"), "v1")
  const fp = (db = "postgres://localhost/a") => migrationFingerprint(backend, repo, db)

  it("is stable while nothing migrate reads changes, whatever else does", () => {
    const before = fp()
    writeFileSync(path.join(backend, "src/modules/cooperative/service.ts"), "v2")
    expect(fp()).toBe(before)
  })

  it("changes with a new migration, a new link, the lockfile or another database", () => {
    const before = fp()
    expect(fp("postgres://localhost/b")).not.toBe(before)
    writeFileSync(path.join(migrations, "Migration2.ts"), "alter table a")
    const afterMigration = fp()
    expect(afterMigration).not.toBe(before)
    writeFileSync(path.join(backend, "src/links/a-b.ts"), "link")
    const afterLink = fp()
    expect(afterLink).not.toBe(afterMigration)
    writeFileSync(path.join(repo, "package-lock.json"), '{"v":2}')
    expect(fp()).not.toBe(afterLink)
  })
})
