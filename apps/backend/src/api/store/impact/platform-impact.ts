import type { MedusaContainer } from "@medusajs/framework/types"
import { RELIEF_LEDGER_MODULE } from "../../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../../modules/relief-ledger/service"
import { reportScopeToToday, toImpactFigures, type ImpactFigures } from "./fold-impact"

/** The home page asks on every render; the ledger is summed at most once a minute per process. */
export const PLATFORM_IMPACT_TTL_MS = 60_000

type Cached = { at: number; figures: Promise<ImpactFigures> }
let cached: Cached | null = null

/**
 * Platform totals over the whole ledger up to today (Asia/Shanghai), shared by concurrent requests. Summed in
 * PostgreSQL by the ledger's `summarize` (the officials' report, whole country), so no entry is loaded here.
 */
export function platformImpact(container: MedusaContainer, now = Date.now()): Promise<ImpactFigures> {
  if (cached && now - cached.at < PLATFORM_IMPACT_TTL_MS) return cached.figures
  const ledger = container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
  const { from, to } = reportScopeToToday(new Date(now))
  const figures = ledger.summarize({ from, to, group_by: "channel" }).then((report) => toImpactFigures(report.totals))
  const entry: Cached = { at: now, figures }
  cached = entry
  // A failed read is not kept: the next request tries again.
  figures.catch(() => {
    if (cached === entry) cached = null
  })
  return figures
}
