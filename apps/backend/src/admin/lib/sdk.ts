import Medusa from "@medusajs/js-sdk"

// The admin is served by this same backend (/app), so the API is at the page's own origin; the admin's
// cookie session authenticates every call, as it does for the dashboard's own requests.
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

/** "2.5 kg" from integer grams, the unit every API answer uses. */
export const kilograms = (grams: number) =>
  `${(grams / 1000).toLocaleString(undefined, { maximumFractionDigits: 3 })} kg`

export const STATUS_COLOR = { pending: "orange", approved: "green", suspended: "red" } as const
export type CooperativeStatus = keyof typeof STATUS_COLOR
export const COOPERATIVE_STATUSES = Object.keys(STATUS_COLOR) as CooperativeStatus[]
