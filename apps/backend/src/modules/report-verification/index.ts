import { Module } from "@medusajs/framework/utils"
import ReportVerificationModuleService from "./service"

export const REPORT_VERIFICATION_MODULE = "report_verification"

export default Module(REPORT_VERIFICATION_MODULE, { service: ReportVerificationModuleService })
