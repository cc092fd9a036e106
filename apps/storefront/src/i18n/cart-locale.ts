import type { Locale } from "./routing"

/** The locale a Medusa cart is kept in: line item titles are translated into it (en-US has translations). */
export function cartLocale(locale: Locale): "zh-CN" | "en-US" {
  return locale === "en" ? "en-US" : "zh-CN"
}
