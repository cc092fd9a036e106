import type { ExecArgs } from "@medusajs/framework/types"
import { fenToYuanString } from "@fengshou/relief-core"
import { env } from "../env"
import { chinaDay } from "../lib/settlement/period"
import { reconcileSettlement } from "../queries/settlement/reconcile-settlement"

/**
 * `npm run settlement:reconcile [-- from to]` (China days, YYYY-MM-DD; default: everything up to today): prints the
 * totals and every difference; exits 1 if any.
 */
export default async function settlementReconcile({ container, args }: ExecArgs) {
  const [from = "2000-01-01", to = chinaDay(new Date())] = args ?? []
  const r = await reconcileSettlement(container, {
    from,
    to,
    fee_bps: env.SETTLEMENT_FEE_BPS,
    hold_days: env.SETTLEMENT_HOLD_DAYS,
  })
  const yuan = (fen: number) => `¥${fenToYuanString(fen)}`
  console.log(`settlement reconciliation ${r.from} … ${r.to}: ${r.orders} orders`)
  console.log(`  captured ${yuan(r.captured_fen)} − refunded ${yuan(r.refunded_fen)}`)
  console.log(
    `  = cooperative net ${yuan(r.cooperative_net_fen)} + host commission ${yuan(r.commission_fen)} + platform fee ${yuan(r.fee_fen)} + shipping ${yuan(r.shipping_fen)}`,
  )
  for (const d of r.differences)
    console.log(
      `${d.kind}\t${d.order_id ?? "-"}\t${d.statement_id ?? "-"}\t${d.expected_fen}\t${d.actual_fen}\t${d.message}`,
    )
  console.log(`${r.differences.length} differences`)
  if (r.differences.length) process.exitCode = 1
}
