import { MedusaService } from "@medusajs/framework/utils"
import { SettlementLine } from "./models/settlement-line"
import { SettlementStatement } from "./models/settlement-statement"

/** Generated CRUD plus the few writes that must be one transaction; computing statements is a workflow. */
export default class SettlementModuleService extends MedusaService({ SettlementStatement, SettlementLine }) {}
