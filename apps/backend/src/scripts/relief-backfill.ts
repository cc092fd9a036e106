import type { ExecArgs } from "@medusajs/framework/types"
import { backfillLedger } from "../workflows/relief-ledger/backfill-ledger"

/** `npm run relief:backfill`: writes the ledger entries any order still lacks. */
export default async function reliefBackfill({ container }: ExecArgs) {
  const { orders, appended } = await backfillLedger(container)
  console.log(`relief ledger backfill: ${appended} entries appended for ${orders} orders`)
}
