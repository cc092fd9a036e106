import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { line, statement } from "@/lib/view/settlements.testing"
import { ContractMismatchError } from "./parse-contract"
import { findStatement, getHouseholdIncome, listStatements, settlementFilePath } from "./settlements"

vi.mock("next/server", () => ({ connection: async () => {} }))

let calls: { url: URL; authorization: string | null }[]
let answer: (url: URL) => Response

describe("settlement reads", () => {
  beforeEach(() => {
    calls = []
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: URL | string, init?: RequestInit) => {
        const url = new URL(input)
        calls.push({ url, authorization: new Headers(init?.headers).get("authorization") })
        return answer(url)
      }),
    )
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("lists the actor's own statements with its bearer token, parsed with the contract", async () => {
    answer = () => Response.json({ statements: [statement], count: 1, limit: 48, offset: 0 })
    const page = await listStatements("host", "host.jwt")
    expect(page.statements[0]!.number).toBe("JS-202611-yuanda")
    expect(calls[0]!.url.pathname).toBe("/host/settlements")
    expect(calls[0]!.url.searchParams.get("limit")).toBe("48")
    expect(calls[0]!.authorization).toBe("Bearer host.jwt")
  })

  it("fails loudly when an answer drifts from the contract (a fen amount that is not whole)", async () => {
    answer = () => Response.json({ statements: [{ ...statement, net_fen: 12.5 }], count: 1, limit: 48, offset: 0 })
    await expect(listStatements("cooperative", "t")).rejects.toThrow(ContractMismatchError)
  })

  it("reads a statement with its lines, and null for one that is not the actor's", async () => {
    answer = (url) =>
      url.pathname.endsWith("/sst_01")
        ? Response.json({ statement, lines: [line] })
        : Response.json({ message: "not found" }, { status: 404 })
    const detail = await findStatement("cooperative", "t", "sst_01")
    expect(detail?.lines.map((l) => l.kind)).toEqual(["refund"])
    expect(await findStatement("cooperative", "t", "sst_other")).toBeNull()
    expect(calls.map((c) => c.url.pathname)).toEqual([
      "/cooperative/settlements/sst_01",
      "/cooperative/settlements/sst_other",
    ])
  })

  it("reads the households' income for a period", async () => {
    answer = () => Response.json({ period: "2026-11", households: [], collective_fen: 0, households_fen: 0 })
    expect((await getHouseholdIncome("t", "2026-11")).period).toBe("2026-11")
    expect(calls[0]!.url.pathname).toBe("/cooperative/settlements/households")
    expect(calls[0]!.url.searchParams.get("period")).toBe("2026-11")
  })

  it("names each file's backend path", () => {
    expect(settlementFilePath({ actor: "host", kind: "statement", id: "sst_1", format: "pdf", lang: "en" })).toBe(
      "/host/settlements/sst_1/statement.pdf?lang=en",
    )
    expect(settlementFilePath({ actor: "cooperative", kind: "dividend-sheet", period: "2026-11", lang: "zh" })).toBe(
      "/cooperative/settlements/households/dividend-sheet.pdf?period=2026-11&lang=zh",
    )
  })
})
