// Shared by the seed (rules on the shipping options) and the shipping-options hook (context values).
export const COLD_CHAIN_PROFILE_TYPE = "cold_chain"
export type ShippingNeed = "needs_standard" | "needs_cold_chain"
