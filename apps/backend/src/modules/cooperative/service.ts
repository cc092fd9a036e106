import { MedusaService } from "@medusajs/framework/utils"
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
}) {}
