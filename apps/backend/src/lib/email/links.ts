import type { EmailLocale } from "./email-locale"

/** The storefront's path prefix for a language: Chinese at "/", English under "/en" (next-intl "as-needed"). */
const prefix = (locale: EmailLocale) => (locale === "en" ? "/en" : "")

const join = (base: string, path: string) => `${base.replace(/\/+$/, "")}${path}`

/** The console of a portal actor (cooperative, host, official) on the storefront. */
export function portalUrl(
  storefrontUrl: string,
  actor: "cooperative" | "host" | "official",
  locale: EmailLocale,
): string {
  return join(storefrontUrl, `${prefix(locale)}/portal/${actor}`)
}

export type ResetLinkBases = { storefrontUrl: string; adminUrl: string }

/**
 * Where a reset token is redeemed: the storefront's account pages for a shopper, the actor's portal for cooperative,
 * host and official staff, Medusa's admin for a user; null for an actor type nobody signs in as.
 */
export function resetPasswordUrl(
  bases: ResetLinkBases,
  actorType: string,
  token: string,
  locale: EmailLocale,
): string | null {
  const query = `reset-password?token=${encodeURIComponent(token)}`
  if (actorType === "customer") return join(bases.storefrontUrl, `${prefix(locale)}/account/${query}`)
  if (actorType === "cooperative" || actorType === "host" || actorType === "official") {
    return join(bases.storefrontUrl, `${prefix(locale)}/portal/${actorType}/${query}`)
  }
  if (actorType === "user") return join(bases.adminUrl, `/app/${query}`)
  return null
}
