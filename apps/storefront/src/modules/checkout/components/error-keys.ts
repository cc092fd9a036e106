// Action error keys → checkout message keys (messages/*.json "checkout.error…").
const KEYS = {
  noCart: "errorNoCart",
  soldOut: "errorSoldOut",
  failed: "errorFailed",
  unavailable: "errorUnavailable",
  invalid: "errorInvalid",
  notFound: "errorNotFound",
} as const

export function errorMessageKey(error: string): (typeof KEYS)[keyof typeof KEYS] {
  return KEYS[error as keyof typeof KEYS] ?? "errorFailed"
}

const LIVE_KEYS = {
  live_sold_out: "errorLiveSoldOut",
  live_limit_reached: "errorLiveLimitReached",
  live_session_ended: "errorLiveSessionEnded",
} as const
export type LiveErrorKey = (typeof LIVE_KEYS)[keyof typeof LIVE_KEYS] | "errorLive"

/** A live refusal's message key; "errorLive" (followed by the backend's own words) for a code we do not know. */
export function liveErrorKey(code: keyof typeof LIVE_KEYS | null): LiveErrorKey {
  return code ? LIVE_KEYS[code] : "errorLive"
}
