import { MedusaService } from "@medusajs/framework/utils"
import { clearShelvesAfter, writesOf } from "../../lib/livestream/shelf-cache"
import { Certification } from "./models/certification"
import { Contribution } from "./models/contribution"
import { Cooperative } from "./models/cooperative"
import { CooperativeStaff } from "./models/cooperative-staff"
import { Household } from "./models/household"
import { Lot } from "./models/lot"
import { ProductBenefit } from "./models/product-benefit"

/** Generated CRUD only; behaviour that spans modules lives in workflows. */
export default class CooperativeModuleService extends MedusaService({
  Cooperative,
  CooperativeStaff,
  Certification,
  Household,
  Lot,
  Contribution,
  ProductBenefit,
}) {
  constructor(container: Record<string, unknown>, ...rest: unknown[]) {
    super(container, ...rest)
    // A suspension or reinstatement takes the cooperative's live offers off or back on the store's kept shelves at
    // once in this process (lib/livestream/shelf-cache.ts).
    clearShelvesAfter(this, writesOf("Cooperatives"))
  }
}
