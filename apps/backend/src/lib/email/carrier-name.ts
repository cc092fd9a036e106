import { CARRIERS } from "@fengshou/store-contract"
import type { EmailLocale } from "./email-locale"

/** A carrier code (CARRIERS) as its name in the email's language; text from before the fixed list passes through. */
export function carrierName(carrier: string | null | undefined, locale: EmailLocale): string | null {
  if (!carrier) return null
  if (!Object.hasOwn(CARRIERS, carrier)) return carrier
  const names = CARRIERS[carrier as keyof typeof CARRIERS]
  return locale === "en" ? names.en : names.zh
}
