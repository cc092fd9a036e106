import { MedusaService } from "@medusajs/framework/utils"
import { ReportVerification } from "./models/report-verification"

/** Generated CRUD only; issuing a record is a workflow (workflows/report-verification). */
export default class ReportVerificationModuleService extends MedusaService({ ReportVerification }) {}
