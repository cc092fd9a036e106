import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

const MAX_KEY_SEGMENTS = 4
const withoutQuery = (url: URL) => `${url.origin}${url.pathname}`

const refuse = (url: string) =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `licence_url ${url} is not a file stored by this shop; upload the licence with POST /cooperative/uploads (purpose licence) and send the URL it returns`,
  )

/**
 * The licence must be a file in this backend's File Module storage, not any URL someone typed: the operator opens it
 * to review the sign-up. The file key is the URL's path tail (the local provider's `<time>-<name>`, an S3 key with
 * folders), so each tail is asked of the File Module, and the URL it gives back (a presigned one for S3) must name the
 * same place. Works whatever provider is configured, with no base URL to keep in sync.
 */
export const checkLicenceUrlStep = createStep(
  "check-licence-url",
  async (licenceUrl: string | undefined, { container }) => {
    if (!licenceUrl) return new StepResponse(undefined)
    let url: URL
    try {
      url = new URL(licenceUrl)
    } catch {
      throw refuse(licenceUrl)
    }
    const segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent)
    const files = container.resolve(Modules.FILE)
    for (let n = 1; n <= Math.min(MAX_KEY_SEGMENTS, segments.length); n += 1) {
      const key = segments.slice(-n).join("/")
      const found = await files.retrieveFile(key).catch(() => null)
      if (found && withoutQuery(new URL(found.url)) === withoutQuery(url)) return new StepResponse(undefined)
    }
    throw refuse(licenceUrl)
  },
)
