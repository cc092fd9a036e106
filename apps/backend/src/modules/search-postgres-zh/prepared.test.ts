import { describe, expect, it, vi } from "vitest"
import { executePrepared, statementName, type KnexManager } from "./prepared"

const rows = [{ id: "p1" }]

function knexManager(query: () => Promise<{ rows: unknown[] }>) {
  const options = vi.fn(query)
  const raw = vi.fn((_sql: string, _params: unknown[]) => ({ options }))
  const execute = vi.fn(async () => [{ id: "by execute" }])
  return { manager: { execute, getKnex: () => ({ raw }) } as unknown as KnexManager, raw, options, execute }
}

describe("executePrepared", () => {
  it("names a statement by its text: the same text the same name, another text another", () => {
    expect(statementName("SELECT 1")).toBe(statementName("SELECT 1"))
    expect(statementName("SELECT 1")).not.toBe(statementName("SELECT 2"))
    expect(statementName("SELECT 1")).toMatch(/^fengshou_search_[0-9a-f]{20}$/)
  })

  it("runs the statement on the manager's knex under its name, with its values apart", async () => {
    const m = knexManager(async () => ({ rows }))
    await expect(executePrepared(m.manager, "SELECT ? AS id", ["p1"])).resolves.toEqual(rows)
    expect(m.raw).toHaveBeenCalledWith("SELECT ? AS id", ["p1"])
    expect(m.options).toHaveBeenCalledWith({ name: statementName("SELECT ? AS id") })
    expect(m.execute).not.toHaveBeenCalled()
  })

  it("fails with the database's own error (the route answers it as before)", async () => {
    const error = Object.assign(new Error("relation does not exist"), { code: "42P01" })
    const m = knexManager(async () => Promise.reject(error))
    await expect(executePrepared(m.manager, "SELECT * FROM gone", [])).rejects.toBe(error)
  })

  it("takes the manager's own path without knex, or with a value knex cannot bind", async () => {
    const execute = vi.fn(async () => rows)
    await expect(executePrepared({ execute } as unknown as KnexManager, "SELECT ?", [1])).resolves.toEqual(rows)
    expect(execute).toHaveBeenCalledWith("SELECT ?", [1])
    const m = knexManager(async () => ({ rows }))
    await executePrepared(m.manager, "SELECT ?", [undefined])
    expect(m.raw).not.toHaveBeenCalled()
    expect(m.execute).toHaveBeenCalledWith("SELECT ?", [undefined])
  })

  it("names a bounded number of texts; the next ones run unnamed, through the manager", async () => {
    for (let i = 0; i < 100; i++) statementName(`SELECT ${i} AS filler`)
    expect(statementName("SELECT 'one more'")).toBeUndefined()
    expect(statementName("SELECT 1")).toBeDefined()
    const m = knexManager(async () => ({ rows }))
    await executePrepared(m.manager, "SELECT 'one more'", [])
    expect(m.raw).not.toHaveBeenCalled()
    expect(m.execute).toHaveBeenCalled()
  })
})
