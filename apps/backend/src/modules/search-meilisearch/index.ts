import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./service"

/** The Search Module's production provider, selected by MEILISEARCH_HOST (medusa-config.ts). */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchService] })
