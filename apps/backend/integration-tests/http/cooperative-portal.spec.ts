// The cooperative portal's API: sign-up, access, catalogue, stock, lots and households, certificates, fulfilment.
// Each topic is its own file (*.topic.ts); they run here under one Medusa boot, each from the database as the boot
// left it (../runner.ts, topicsSuite). One topic alone: vitest's `-t <topic>` on this file.
import { integrationRunner } from "../runner"
import cooperativeSignup from "./cooperative-signup.topic"
import cooperativeAccess from "./cooperative-access.topic"
import cooperativeCatalog from "./cooperative-catalog.topic"
import cooperativeStock from "./cooperative-stock.topic"
import cooperativeLotsHouseholds from "./cooperative-lots-households.topic"
import cooperativeCertificates from "./cooperative-certificates.topic"
import cooperativeLineLanguage from "./cooperative-line-language.topic"
import cooperativeFulfilment from "./cooperative-fulfilment.topic"

integrationRunner({
  seeded: true,
  topics: [
    cooperativeSignup,
    cooperativeAccess,
    cooperativeCatalog,
    cooperativeStock,
    cooperativeLotsHouseholds,
    cooperativeCertificates,
    cooperativeLineLanguage,
    cooperativeFulfilment,
  ],
})
