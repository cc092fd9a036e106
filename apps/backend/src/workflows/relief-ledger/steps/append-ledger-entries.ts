import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NewLedgerEntry } from "@fengshou/relief-core"
import { RELIEF_LEDGER_MODULE } from "../../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../../modules/relief-ledger/service"

/** Appends entries (skipping any already there); compensation removes exactly the rows it inserted. */
export const appendLedgerEntriesStep = createStep(
  "append-ledger-entries",
  async (entries: NewLedgerEntry[], { container }) => {
    const ids = await container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE).appendEntries(entries)
    return new StepResponse({ appended: ids.length }, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE).removeJustAppended(ids)
  },
)
