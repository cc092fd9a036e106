// Live selling as hosts, cooperatives and shoppers meet it, one offer at a time (#12).
// Each topic is its own file (*.topic.ts); they run here under one Medusa boot, each from the database as the boot
// left it (../runner.ts, topicsSuite). One topic alone: vitest's `-t <topic>` on this file.
import { integrationRunner } from "../runner"
import liveHost from "./live-host.topic"
import liveHostSession from "./live-host-session.topic"
import liveConsent from "./live-consent.topic"
import livePriceGuard from "./live-price-guard.topic"
import liveCodes from "./live-codes.topic"
import liveAttribution from "./live-attribution.topic"
import liveGuestLimits from "./live-guest-limits.topic"
import liveSoldOutClick from "./live-sold-out-click.topic"

integrationRunner({
  seeded: true,
  topics: [
    liveHost,
    liveHostSession,
    liveConsent,
    livePriceGuard,
    liveCodes,
    liveAttribution,
    liveGuestLimits,
    liveSoldOutClick,
  ],
})
