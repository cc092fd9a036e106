import { fenToYuanString } from "@fengshou/relief-core"

export const EMAIL_LOCALES = ["zh-CN", "en"] as const
export type EmailLocale = (typeof EMAIL_LOCALES)[number]

/** The language to write to a shopper in, from the cart's or order's locale (the storefront keeps "en-US" or "zh-CN"). */
export function emailLocaleOf(tag: string | null | undefined): EmailLocale {
  return tag?.toLowerCase().startsWith("en") ? "en" : "zh-CN"
}

/** 1250, "cny" → "¥12.50"; other currencies by code. */
export function formatMoney(fen: number, currencyCode: string): string {
  const amount = fenToYuanString(fen)
  return currencyCode.toLowerCase() === "cny" ? `¥${amount}` : `${amount} ${currencyCode.toUpperCase()}`
}
