// Live units claimed at the click and converted at payment: holds under a burst, the hold token, the express
// path (#12).
// Each topic is its own file (*.topic.ts); they run here under one Medusa boot, each from the database as the boot
// left it (../runner.ts, topicsSuite). One topic alone: vitest's `-t <topic>` on this file.
import { integrationRunner } from "../runner"
import liveHolds from "./live-holds.topic"
import liveHoldClick from "./live-hold-click.topic"
import liveExpress from "./live-express.topic"

integrationRunner({
  seeded: true,
  topics: [liveHolds, liveHoldClick, liveExpress],
})
