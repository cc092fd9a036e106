// Cooperatives' settlements: the figures by hand, and the statements as documents.
// Each topic is its own file (*.topic.ts); they run here under one Medusa boot, each from the database as the boot
// left it (../runner.ts, topicsSuite). One topic alone: vitest's `-t <topic>` on this file.
import { integrationRunner } from "../runner"
import settlement from "./settlement.topic"
import settlementDocuments from "./settlement-documents.topic"

integrationRunner({
  seeded: true,
  topics: [settlement, settlementDocuments],
})
