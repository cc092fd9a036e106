// Weights are integer grams. Chinese shoppers read 斤 (500 g) first; English readers read kg.
import type { Locale } from "@/i18n/routing"
import { formatFen, scaleFen } from "./money"

export const GRAMS_PER_JIN = 500
export const GRAMS_PER_KG = 1000

export type WeightView = { grams: number; primary: string; secondary: string }

/** grams ÷ unit as a decimal with at most two places, trailing zeros dropped ("2.5", "0.2"). */
function inUnits(grams: number, gramsPerUnit: number): string {
  const hundredths = Math.floor((2 * grams * 100 + gramsPerUnit) / (2 * gramsPerUnit))
  const whole = Math.floor(hundredths / 100)
  const fraction = String(hundredths % 100)
    .padStart(2, "0")
    .replace(/0+$/, "")
  return fraction ? `${whole}.${fraction}` : String(whole)
}

export function formatWeight(grams: number, locale: Locale): WeightView {
  const metric = grams >= GRAMS_PER_KG ? `${inUnits(grams, GRAMS_PER_KG)} kg` : `${grams} g`
  if (locale === "zh-CN") {
    const primary = grams >= GRAMS_PER_JIN ? `${inUnits(grams, GRAMS_PER_JIN)}斤` : `${grams}克`
    return { grams, primary, secondary: metric }
  }
  return { grams, primary: metric, secondary: `${inUnits(grams, GRAMS_PER_JIN)} jin` }
}

/** "¥7.98/斤" in zh-CN, "¥15.96/kg" in en. */
export function formatUnitPrice(fen: number, grams: number, locale: Locale): string {
  return locale === "zh-CN"
    ? `${formatFen(scaleFen(fen, GRAMS_PER_JIN, grams))}/斤`
    : `${formatFen(scaleFen(fen, GRAMS_PER_KG, grams))}/kg`
}
