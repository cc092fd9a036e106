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
