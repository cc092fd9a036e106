import { Module } from "@medusajs/framework/utils"
import ReportSubscriptionModuleService from "./service"

export const REPORT_SUBSCRIPTION_MODULE = "report_subscription"

export default Module(REPORT_SUBSCRIPTION_MODULE, { service: ReportSubscriptionModuleService })
