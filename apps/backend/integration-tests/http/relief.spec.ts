// The relief ledger: what each sale, return and cancellation writes, and how it heals.
// Each topic is its own file (*.topic.ts); they run here under one Medusa boot, each from the database as the boot
// left it (../runner.ts, topicsSuite). One topic alone: vitest's `-t <topic>` on this file.
import { integrationRunner } from "../runner"
import reliefLedger from "./relief-ledger.topic"
import reliefLedgerCollective from "./relief-ledger-collective.topic"
import reliefLedgerReturns from "./relief-ledger-returns.topic"
import reliefLedgerReversalDimensions from "./relief-ledger-reversal-dimensions.topic"
import reliefLedgerHeal from "./relief-ledger-heal.topic"

integrationRunner({
  seeded: true,
  topics: [reliefLedger, reliefLedgerCollective, reliefLedgerReturns, reliefLedgerReversalDimensions, reliefLedgerHeal],
})
