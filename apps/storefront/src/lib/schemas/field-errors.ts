// Schemas report these keys instead of sentences; forms show `fieldErrors.<key>` in the shopper's language.
export const FIELD_ERRORS = [
  "required",
  "tooLong",
  "phoneInvalid",
  "provinceRequired",
  "cityRequired",
  "districtRequired",
  "divisionMismatch",
  "streetTooShort",
  "postalCodeInvalid",
  "emailInvalid",
  "passwordTooShort",
] as const

export type FieldError = (typeof FIELD_ERRORS)[number]

type Issues = { path: PropertyKey[]; message: string }[]

/** Field name → first error key, from a zod error's issues (the shape forms render); a message not in `keys` reads as "required". */
export function errorsByField<K extends string>(keys: readonly K[], issues: Issues): Record<string, K | "required"> {
  const errors: Record<string, K | "required"> = {}
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "")
    const key = (keys as readonly string[]).includes(issue.message) ? (issue.message as K) : "required"
    if (field && !errors[field]) errors[field] = key
  }
  return errors
}

export const firstErrors = (issues: Issues): Record<string, FieldError> => errorsByField(FIELD_ERRORS, issues)
