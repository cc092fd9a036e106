import type { MedusaContainer } from "@medusajs/framework/types"
import type { StatementDetail } from "@fengshou/store-contract"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { partyNames, toLine, toStatement, type LineRow, type StatementRow } from "./statement-rows"

/**
 * One statement with its lines (in the order they occurred) and its party's name; null when there is none. The
 * caller checks the statement is the actor's own (a cooperative's or host's route compares party and party_id).
 */
export async function readStatementDetail(container: MedusaContainer, id: string): Promise<StatementDetail | null> {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const [row] = await settlement.listSettlementStatements({ id })
  if (!row) return null
  const lines = await settlement.listSettlementLines(
    { statement_id: id },
    { take: null, order: { occurred_at: "ASC", order_display_id: "ASC", id: "ASC" } },
  )
  const statement = row as unknown as StatementRow
  const name = await partyNames(container, [statement])
  return {
    statement: toStatement(statement, name(statement), lines.length),
    lines: lines.map((l) => toLine(l as unknown as LineRow)),
  }
}
