import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** `npm run search:reindex`: rebuilds the product index into a new version and swaps it in when full. */
export default async function searchReindex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const result = await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  logger.info(
    `search:reindex rebuilt ${result.indexes.join(", ")} in ${Date.now() - started} ms (job ${result.job_id})`,
  )
}
