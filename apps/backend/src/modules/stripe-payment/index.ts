import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import FengshouStripeProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [FengshouStripeProviderService] })
