import type { MedusaResponse } from "@medusajs/framework/http"
import { LiveUnavailableError } from "./read-offer"

/** Turns a LiveUnavailableError into its 4xx; anything else goes on to Medusa's error handler. */
export async function orUnavailable(res: MedusaResponse, work: () => Promise<void>) {
  try {
    await work()
  } catch (error) {
    if (!(error instanceof LiveUnavailableError)) throw error
    res
      .status(error.status)
      .json({ type: "not_allowed", code: error.code, message: error.message, session_id: error.session_id })
  }
}
