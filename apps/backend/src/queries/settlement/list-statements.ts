import type { MedusaContainer } from "@medusajs/framework/types"
import type { SettlementParty, Statement, StatementStatus } from "@fengshou/store-contract"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { partyNames, toStatement, type StatementRow } from "./statement-rows"

export type StatementFilters = {
  /** Left out (the operator's list): both kinds. */
  party?: SettlementParty
  party_id?: string
  status?: StatementStatus
  period?: string
  limit: number
  offset: number
}

/** Statements (of one kind of party optionally one party, status, period), newest period first, with line counts. */
export async function listStatements(
  container: MedusaContainer,
  filters: StatementFilters,
): Promise<{ statements: Statement[]; count: number }> {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const where: Record<string, unknown> = {}
  if (filters.party) where.party = filters.party
  if (filters.party_id) where.party_id = filters.party_id
  if (filters.status) where.status = filters.status
  if (filters.period) where.period = filters.period
  const [rows, count] = await settlement.listAndCountSettlementStatements(where, {
    take: filters.limit,
    skip: filters.offset,
    order: { period: "DESC", number: "ASC" },
  })
  const statements = rows as unknown as StatementRow[]
  const lineCounts = await settlement.countLinesByStatement(statements.map((s) => s.id))
  const name = await partyNames(container, statements)
  return { statements: statements.map((s) => toStatement(s, name(s), lineCounts.get(s.id) ?? 0)), count }
}
