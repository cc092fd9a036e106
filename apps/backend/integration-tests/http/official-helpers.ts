// Officials' tests: logins, and a small relief ledger written straight into the ledger module with relief-core.
import type { MedusaContainer } from "@medusajs/framework/types"
import type { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  allocateLine,
  reverseAllocation,
  toLedgerEntries,
  type Channel,
  type Contribution,
  type LedgerEntry,
  type LineAllocation,
  type LineAllocationInput,
} from "@fengshou/relief-core"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { RELIEF_LEDGER_MODULE } from "../../src/modules/relief-ledger"
import type { NewLedgerEntry } from "@fengshou/relief-core"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { DEMO_PASSWORD } from "../../src/scripts/seed/cooperatives-data"
import { bearer } from "./cooperative-helpers"

type Api = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]["api"]

export const QINGGANG = "qinggang@demo.fengshou.local" // 231223 青冈县
export const HEILONGJIANG = "heilongjiang@demo.fengshou.local" // 23 黑龙江省
export const WENDENG = "wendeng@demo.fengshou.local" // 371003 文登区

export async function loginOfficial(api: Api, email: string, password = DEMO_PASSWORD) {
  const { data } = await api.post(`/auth/official/emailpass`, { email, password })
  return bearer(data.token as string)
}

const hh = (household_key: string, status: Contribution["status"], persons: number, grams: number): Contribution => ({
  household_key,
  status,
  persons,
  grams,
  share_weight: 1,
})

export type Line = {
  order: string
  coop: string
  village: string
  channel: Channel
  category: string
  at: string
  input: LineAllocationInput
  /** Refunds (or a cancel) after the sale: fen taken back, grams returned (≤ 0), when, what kind. */
  reversals?: { fen: number; grams: number; at: string; kind: "refund" | "cancel" }[]
}

export function lineEntries(line: Line, coopId: string): NewLedgerEntry[] {
  const households = line.input.contributions.map((c) => ({
    household_key: c.household_key,
    status: c.status,
    persons: c.persons,
  }))
  const context = (kind: LedgerEntry["kind"], at: string, quantity_g: number) => ({
    order_id: line.order,
    line_item_id: `${line.order}_li`,
    cooperative_id: coopId,
    division_code: line.village,
    channel: line.channel,
    category: line.category,
    occurred_at: at,
    kind,
    quantity_g,
    households,
  })
  const audit =
    (source: string) =>
    (e: LedgerEntry): NewLedgerEntry => ({
      ...e,
      source_event_id: source,
      product_id: null,
      variant_id: null,
      live_session_id: null,
      host_id: null,
    })
  const sale = allocateLine(line.input)
  const entries = toLedgerEntries(context("sale", line.at, line.input.quantity_g), sale).map(
    audit(`order.placed:${line.order}`),
  )
  const previous: LineAllocation[] = []
  for (const [i, r] of (line.reversals ?? []).entries()) {
    const reversal = reverseAllocation({ original: sale, previous_reversals: previous, refund_fen: r.fen })
    previous.push(reversal)
    entries.push(
      ...toLedgerEntries(context(r.kind, r.at, r.grams), reversal).map(audit(`${r.kind}:${line.order}:${i}`)),
    )
  }
  return entries
}

/**
 * Six orders (one line each) across three counties. Figures for 2026 worked out by hand in the specs:
 * 青冈 yuanda: o_qg1 7980 fen, 5000 g, supply 800 fen/kg → households 1200 / 800 / 2000 (a member), refund 798
 *   (10 %: −120 / −80 / −200, cooperative −398); o_qg2 3990, 2500 g → 2000 to hh_t1; o_qg_cancel 2000 canceled;
 *   o_qg_old 1000 on 2025-12-31 (Shanghai), outside 2026.
 * 穆棱 daqiao: o_ml1 6800, 500 g, dividend 10 % → 680 to hh_d1. 文登 beima: o_wd1 9800, 500 g, supply 6000/kg → 3000.
 */
export function reliefLines(): Line[] {
  const yuanda = { coop: "yuanda", village: "231223111204", category: "grain-oil" }
  return [
    {
      ...yuanda,
      order: "order_qg1",
      channel: "online",
      at: "2026-03-10T02:00:00Z",
      input: {
        net_fen: 7980,
        quantity_g: 5000,
        mechanism: { supply: { farmgate_fen_per_kg: 800 } },
        contributions: [
          hh("hh_t1", "registered_poor", 3, 600),
          hh("hh_t2", "monitored", 4, 400),
          hh("hh_t3", "member", 2, 1000),
        ],
      },
      reversals: [{ fen: 798, grams: 0, at: "2026-03-12T02:00:00Z", kind: "refund" }],
    },
    {
      ...yuanda,
      order: "order_qg2",
      channel: "livestream",
      at: "2026-05-01T04:00:00Z",
      input: {
        net_fen: 3990,
        quantity_g: 2500,
        mechanism: { supply: { farmgate_fen_per_kg: 800 } },
        contributions: [hh("hh_t1", "registered_poor", 3, 2500)],
      },
    },
    {
      ...yuanda,
      order: "order_qg_cancel",
      channel: "online",
      at: "2026-06-01T02:00:00Z",
      input: { net_fen: 2000, quantity_g: 1000, mechanism: {}, contributions: [] },
      reversals: [{ fen: 2000, grams: -1000, at: "2026-06-02T02:00:00Z", kind: "cancel" }],
    },
    {
      ...yuanda,
      order: "order_qg_old",
      channel: "online",
      at: "2025-12-31T15:00:00Z",
      input: { net_fen: 1000, quantity_g: 500, mechanism: {}, contributions: [] },
    },
    {
      coop: "daqiao",
      village: "231085101207",
      category: "honey",
      order: "order_ml1",
      channel: "livestream",
      at: "2026-04-02T02:00:00Z",
      input: {
        net_fen: 6800,
        quantity_g: 500,
        mechanism: { dividend: { basis_points: 1000 } },
        contributions: [hh("hh_d1", "registered_poor", 2, 500)],
      },
    },
    {
      coop: "beima",
      village: "371003106229",
      category: "mushrooms",
      order: "order_wd1",
      channel: "institutional",
      at: "2026-03-20T02:00:00Z",
      input: {
        net_fen: 9800,
        quantity_g: 500,
        mechanism: { supply: { farmgate_fen_per_kg: 6000 } },
        contributions: [hh("hh_b1", "registered_poor", 5, 500)],
      },
    },
  ]
}

/** Writes the fixture into the ledger (through the module's own append) and returns the cooperatives' ids. */
export async function writeReliefLedger(container: MedusaContainer) {
  const coops = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperatives({}, { select: ["id", "handle"] })
  const ids = Object.fromEntries(coops.map((c) => [c.handle, c.id])) as Record<string, string>
  const entries = reliefLines().flatMap((line) => lineEntries(line, ids[line.coop]!))
  await container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE).appendEntries(entries)
  return ids
}

export const YEAR_2026 = "from=2026-01-01&to=2026-12-31"

/** One household status's figures in a report: households, persons, income and the two averages, as rounded. */
export const status = (
  households: number,
  persons: number,
  income: number,
  perHousehold: number,
  perPerson: number,
) => ({
  households_benefited: households,
  persons_benefited: persons,
  household_income_fen: income,
  avg_income_per_household_fen: perHousehold,
  avg_income_per_person_fen: perPerson,
})
export const NO_STATUS = status(0, 0, 0, 0, 0)
