import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ChinesePostgresSearchService } from "./service"

/** The Search Module's embedded provider: PostgreSQL full-text search that reads Chinese and pinyin. */
export default ModuleProvider(Modules.SEARCH, { services: [ChinesePostgresSearchService] })
