/** A mainland mobile number as 11 digits: spaces, dashes, dots, brackets and a +86 / 0086 / 86 prefix dropped. */
export function normalizeMobile(phone: string | null | undefined): string {
  const digits = (phone ?? "").replace(/[\s\-().]/g, "").replace(/^\+/, "")
  return digits.replace(/^(00)?86(?=1\d{10}$)/, "")
}
