// What a co-op clerk types (decimal 斤, kg, ¥/斤, ¥/kg) turned into the integers the backend stores: whole grams
// and fen per kg. Parsed from the decimal text, never through floats, and refused when it would not be whole.

import { yuanToFen } from "@fengshou/relief-core"

export const WEIGHT_UNITS = ["jin", "kg"] as const
export type WeightUnit = (typeof WEIGHT_UNITS)[number]

const GRAMS: Record<WeightUnit, number> = { jin: 500, kg: 1000 }
const DECIMAL = /^(\d{1,12})(?:[.,](\d{1,6}))?$/

/** "2.5" → { units: 25, scale: 10 }: the number as an integer over a power of ten, or null if not a decimal. */
function parseDecimal(text: string): { units: number; scale: number } | null {
  const match = DECIMAL.exec(text.trim())
  if (!match) return null
  const [, whole = "0", fraction = ""] = match
  return { units: Number(`${whole}${fraction}`), scale: 10 ** fraction.length }
}

/** A quantity in 斤 or kg as whole grams; null unless it is a positive whole number of grams. */
export function toGrams(text: string, unit: WeightUnit): number | null {
  const parsed = parseDecimal(text)
  if (!parsed) return null
  const scaled = parsed.units * GRAMS[unit]
  if (!Number.isSafeInteger(scaled) || scaled % parsed.scale !== 0) return null
  const grams = scaled / parsed.scale
  return grams > 0 ? grams : null
}

const YUAN_TEXT = /^\d{1,12}(?:[.,]\d{1,2})?$/

/** A yuan amount as typed ("39.9", "39,90") as integer fen, converted by relief-core; null past two decimals. */
export function yuanTextToFen(text: string): number | null {
  const typed = text.trim()
  return YUAN_TEXT.test(typed) ? yuanToFen(typed.replace(",", ".")) : null
}

/** A farmgate price typed per 斤 or per kg, as integer fen per kg (¥3.99/斤 = 798 fen/kg, exactly). */
export function toFenPerKg(text: string, unit: WeightUnit): number | null {
  const fen = yuanTextToFen(text)
  if (fen === null) return null
  return unit === "jin" ? fen * 2 : fen
}
