"use client"
import { useLocale, useTranslations } from "next-intl"

/** Weight and price units in the order the clerk reads them: 斤 first in Chinese, kg first in English. */
export function useUnits() {
  const t = useTranslations("portal.units")
  const order = useLocale() === "zh-CN" ? (["jin", "kg"] as const) : (["kg", "jin"] as const)
  return {
    weight: order.map((value) => ({ value, label: t(value) })),
    price: order.map((value) => ({ value, label: t(value === "jin" ? "perJin" : "perKg") })),
  }
}
