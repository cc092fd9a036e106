// The relief ledger module on its own: append-only integrity, and summaries equal to relief-core's fold.
// Each topic is its own file (*.topic.ts); they run here under one Medusa boot, each from the database as the boot
// left it (../runner.ts, topicsSuite). One topic alone: vitest's `-t <topic>` on this file.
import { integrationRunner } from "../runner"
import reliefLedgerIntegrity from "./relief-ledger-integrity.topic"
import reliefSummary from "./relief-summary.topic"

integrationRunner({
  topics: [reliefLedgerIntegrity, reliefSummary],
})
