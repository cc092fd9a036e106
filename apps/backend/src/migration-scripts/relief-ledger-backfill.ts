import type { ExecArgs } from "@medusajs/framework/types"
import { backfillLedger } from "../workflows/relief-ledger/backfill-ledger"

// Runs once per database, during `medusa db:migrate`: orders placed before the relief ledger existed get their
// entries. On a fresh database there are no orders and it writes nothing.
export default async function reliefLedgerBackfill({ container }: ExecArgs) {
  await backfillLedger(container)
}
