import { Module } from "@medusajs/framework/utils"
import LivestreamModuleService from "./service"

export const LIVESTREAM_MODULE = "livestream"

export default Module(LIVESTREAM_MODULE, { service: LivestreamModuleService })
