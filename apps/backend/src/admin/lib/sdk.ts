import Medusa from "@medusajs/js-sdk"

// The admin is served by this same backend (/app), so the API is at the page's own origin; the admin's
// cookie session authenticates every call, as it does for the dashboard's own requests.
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

/** "2.5 kg" from integer grams, the unit every API answer uses. */
export const kilograms = (grams: number) =>
  `${(grams / 1000).toLocaleString(undefined, { maximumFractionDigits: 3 })} kg`

// In the store contract's order (COOPERATIVE_STATUSES of @fengshou/store-contract, spelled out so the dashboard
// bundle need not pull in zod): the review queue's tabs follow it, pending first. Hosts have no `rejected`.
export const STATUS_COLOR = { pending: "orange", rejected: "purple", approved: "green", suspended: "red" } as const
export type CooperativeStatus = keyof typeof STATUS_COLOR
export const COOPERATIVE_STATUSES = Object.keys(STATUS_COLOR) as CooperativeStatus[]
