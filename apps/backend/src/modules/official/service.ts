import { MedusaService } from "@medusajs/framework/utils"
import { Official } from "./models/official"

/** Generated CRUD only; creating an official with its login is a workflow (workflows/official). */
export default class OfficialModuleService extends MedusaService({ Official }) {}
