import { Module } from "@medusajs/framework/utils"
import ReliefLedgerModuleService from "./service"

export const RELIEF_LEDGER_MODULE = "relief_ledger"

export default Module(RELIEF_LEDGER_MODULE, { service: ReliefLedgerModuleService })
