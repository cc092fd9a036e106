import { Module } from "@medusajs/framework/utils"
import OfficialModuleService from "./service"

export const OFFICIAL_MODULE = "official"

export default Module(OFFICIAL_MODULE, { service: OfficialModuleService })
