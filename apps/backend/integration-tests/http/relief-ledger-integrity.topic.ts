import { topic } from "../runner"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { NewLedgerEntry } from "@fengshou/relief-core"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { appendLedgerEntriesStep } from "../../src/workflows/relief-ledger/steps/append-ledger-entries"

// The ledger cannot be rewritten: UPDATE, DELETE and TRUNCATE are refused by the database itself, whoever connects;
// only a workflow's compensation may take back the rows it had just inserted.
type Raw = { raw: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

const entry = (order_id: string, amount_fen: number): NewLedgerEntry => ({
  source_event_id: `order.placed:${order_id}`,
  product_id: null,
  variant_id: null,
  live_session_id: null,
  host_id: null,
  order_id,
  line_item_id: `${order_id}_1`,
  cooperative_id: "coop_1",
  division_code: "231223111204",
  channel: "online",
  category: "grain-oil",
  occurred_at: new Date("2026-03-10T02:00:00Z"),
  kind: "sale",
  party: "cooperative",
  amount_fen,
  quantity_g: 500,
})

const failAfterAppend = createStep("relief-ledger-integrity-fail", async () => {
  throw new Error("a later step failed")
})
const appendThenFail = createWorkflow("relief-ledger-integrity-append-then-fail", (entries: NewLedgerEntry[]) => {
  const appended = appendLedgerEntriesStep(entries)
  failAfterAppend()
  return new WorkflowResponse(appended)
})

export default topic("relief-ledger-integrity", ({ getContainer }) => {
  const ledger = () => getContainer().resolve<ReliefLedgerModuleService>("relief_ledger")
  const pg = () => getContainer().resolve<Raw>("__pg_connection__")
  const count = async () => Number((await pg().raw(`select count(*) as n from relief_ledger_entry`)).rows[0]!.n)
  const year = { from: "2026-01-01", to: "2026-12-31", group_by: "channel" } as const

  beforeAll(async () => {
    await ledger().appendEntries([entry("order_kept_1", 1000), entry("order_kept_2", 2000)])
  })

  it("refuses DELETE and TRUNCATE with the trigger's message, and UPDATE as before", async () => {
    await expect(pg().raw(`delete from relief_ledger_entry`)).rejects.toThrow(/append-only: DELETE is refused/)
    await expect(pg().raw(`delete from relief_ledger_entry where order_id = 'order_kept_1'`)).rejects.toThrow(
      /append-only/,
    )
    await expect(pg().raw(`truncate relief_ledger_entry`)).rejects.toThrow(/append-only: TRUNCATE is refused/)
    await expect(pg().raw(`truncate relief_ledger_entry cascade`)).rejects.toThrow(/append-only: TRUNCATE is refused/)
    await expect(pg().raw(`update relief_ledger_entry set amount_fen = 0`)).rejects.toThrow(/append-only/)
    expect(await count()).toBe(2)
    // The generated delete of MedusaService goes through the same table and is refused too.
    const [first] = await ledger().listReliefLedgerEntries({}, { take: 1 })
    await expect(ledger().deleteReliefLedgerEntries([first!.id])).rejects.toThrow(/append-only/)
    expect(await count()).toBe(2)
  })

  it("lets a failed workflow's compensation take back exactly the rows it inserted, and reports start over", async () => {
    expect((await ledger().summarize(year)).totals.sales_fen).toBe(3000)
    const { errors } = await appendThenFail(getContainer()).run({
      input: [entry("order_kept_1", 1000), entry("order_doomed", 5000)],
      throwOnError: false,
    })
    expect(errors[0]?.error?.message).toMatch(/a later step failed/)
    expect(await count()).toBe(2)
    expect((await ledger().listOrderEntries(["order_doomed"])).length).toBe(0)
    expect((await ledger().summarize(year)).totals.sales_fen).toBe(3000)
    // The escape hatch lives only inside the compensation's own transaction.
    await expect(pg().raw(`delete from relief_ledger_entry where order_id = 'order_kept_2'`)).rejects.toThrow(
      /append-only/,
    )
  })
})
