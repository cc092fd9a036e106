import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { fenToYuanString } from "@fengshou/relief-core"

/** A new live price must stay below the shelf price recorded for the product (read-only; no price given passes). */
export const checkLivePriceStep = createStep(
  "check-live-price",
  async (input: { live_price_fen?: number; base_price_fen: number }) => {
    if (input.live_price_fen === undefined || input.live_price_fen < input.base_price_fen) return
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `live_price_fen ${input.live_price_fen} (¥${fenToYuanString(input.live_price_fen)}) must be below the shelf price ` +
        `${input.base_price_fen} (¥${fenToYuanString(input.base_price_fen)}); lower the live price.`,
    )
  },
)
