// What officials read: access by scope, report periods and groupings, exports.
// Each topic is its own file (*.topic.ts); they run here under one Medusa boot, each from the database as the boot
// left it (../runner.ts, topicsSuite). One topic alone: vitest's `-t <topic>` on this file.
import { integrationRunner } from "../runner"
import officialAccess from "./official-access.topic"
import officialPeriods from "./official-periods.topic"
import officialExports from "./official-exports.topic"

integrationRunner({
  seeded: true,
  topics: [officialAccess, officialPeriods, officialExports],
})
