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

/** Field name → first error key, from a zod error's issues (the shape forms render). */
export function firstErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {}
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "")
    const key = (FIELD_ERRORS as readonly string[]).includes(issue.message) ? (issue.message as FieldError) : "required"
    if (field && !errors[field]) errors[field] = key
  }
  return errors
}
