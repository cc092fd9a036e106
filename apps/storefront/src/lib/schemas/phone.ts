// Mainland-China mobile numbers: 11 digits starting 1[3-9]. Shoppers paste them in many shapes
// ("+86 138-0013-8000", "86 13800138000", full-width digits from a Chinese IME); all normalize to "13800138000".
import { z } from "zod"

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/

const FULL_WIDTH = /[\uff10-\uff19\uff0b]/g // ０-９ and ＋
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g // spaces and every kind of dash

export function normalizeMobile(raw: string): string {
  const text = raw.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(SEPARATORS, "")
  if (text.startsWith("+86")) return text.slice(3)
  if (text.startsWith("0086")) return text.slice(4)
  // "86" is only a prefix when it leaves 11 digits: no mobile number itself starts with 86.
  if (text.startsWith("86") && text.length === 13) return text.slice(2)
  return text
}

export const mobileSchema = z
  .string()
  .trim()
  .min(1, "required")
  .transform(normalizeMobile)
  .refine((value) => MOBILE_PATTERN.test(value), "phoneInvalid")

/** "138****8000": enough for a shopper to recognise their number on a shared page. */
export function maskMobile(mobile: string): string {
  return MOBILE_PATTERN.test(mobile) ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : mobile
}
