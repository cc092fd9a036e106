// Account action error keys → "account.error…" message keys.
const KEYS = {
  invalidCredentials: "errorInvalidCredentials",
  emailTaken: "errorEmailTaken",
  signedOut: "errorSignedOut",
  invalid: "errorInvalid",
  unavailable: "errorUnavailable",
  notFound: "errorNotFound",
  soldOut: "errorSoldOut",
  failed: "errorFailed",
} as const

export function accountErrorKey(error: string): (typeof KEYS)[keyof typeof KEYS] {
  return KEYS[error as keyof typeof KEYS] ?? "errorFailed"
}
