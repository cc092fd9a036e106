import type { MedusaContainer } from "@medusajs/framework/types"
import type { HouseholdIncome } from "@fengshou/store-contract"
import type { HouseholdStatus } from "@fengshou/relief-core"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { RELIEF_LEDGER_MODULE } from "../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../modules/relief-ledger/service"

/** A household's income with its name still sealed: only the owning cooperative's route opens it. */
export type SealedHouseholdIncome = Omit<HouseholdIncome, "name"> & { name_ciphertext: string | null }

export type HouseholdIncomeRead = {
  period: string
  households: SealedHouseholdIncome[]
  collective_fen: number
  households_fen: number
}

type EntryRow = {
  party: string
  household_id: string | null
  household_status: HouseholdStatus | null
  household_persons: number | null
  benefit_kind: "supply" | "dividend" | null
  amount_fen: number | string
}
type HouseholdRow = { id: string; code: string; status: HouseholdStatus; size: number; name_ciphertext: string | null }

/**
 * One cooperative's households' income in a China-time month (YYYY-MM), from the relief ledger: every entry of the
 * cooperative whose occurred_on is in the month, sales and their reversals alike, so each figure is net. Per
 * household: supply and dividend (by benefit kind) with code, status and persons from the cooperative's roster (a
 * household removed since keeps its row, read with the deleted ones); the village collective's entries (party
 * "collective") summed apart. Households in code order.
 */
export async function readHouseholdIncome(
  container: MedusaContainer,
  cooperativeId: string,
  period: string,
): Promise<HouseholdIncomeRead> {
  const ledger = container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
  const entries = (await ledger.listReliefLedgerEntries(
    { cooperative_id: cooperativeId, occurred_on: { $gte: `${period}-01`, $lte: `${period}-31` } },
    {
      select: ["party", "household_id", "household_status", "household_persons", "benefit_kind", "amount_fen"],
      take: null,
    },
  )) as unknown as EntryRow[]

  let collective = 0
  const sums = new Map<string, { supply: number; dividend: number; entry: EntryRow }>()
  for (const e of entries) {
    const amount = Number(e.amount_fen)
    // By name, so the collective's entries count from the moment the ledger writes them.
    if (e.party === "collective") collective += amount
    if (e.party !== "household" || !e.household_id) continue
    const sum = sums.get(e.household_id) ?? { supply: 0, dividend: 0, entry: e }
    if (e.benefit_kind === "dividend") sum.dividend += amount
    else sum.supply += amount
    sums.set(e.household_id, sum)
  }

  const roster = new Map<string, HouseholdRow>()
  if (sums.size) {
    const cooperative = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const rows = await cooperative.listHouseholds(
      { id: [...sums.keys()], cooperative_id: cooperativeId },
      { select: ["id", "code", "status", "size", "name_ciphertext"], withDeleted: true, take: null },
    )
    for (const row of rows as unknown as HouseholdRow[]) roster.set(row.id, row)
  }

  const households = [...sums].map(([id, sum]): SealedHouseholdIncome => {
    const row = roster.get(id)
    return {
      household_id: id,
      code: row?.code ?? id,
      name_ciphertext: row?.name_ciphertext ?? null,
      status: row?.status ?? sum.entry.household_status ?? "member",
      persons: row?.size ?? sum.entry.household_persons ?? 0,
      supply_fen: sum.supply,
      dividend_fen: sum.dividend,
      total_fen: sum.supply + sum.dividend,
    }
  })
  households.sort((a, b) => a.code.localeCompare(b.code) || a.household_id.localeCompare(b.household_id))
  return {
    period,
    households,
    collective_fen: collective,
    households_fen: households.reduce((s, h) => s + h.total_fen, 0),
  }
}
