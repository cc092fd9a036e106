"use client"

import { useQueryClient } from "@tanstack/react-query"
import { useLocale } from "next-intl"
import { useEffect, useRef } from "react"
import { cartLocale } from "@/i18n/cart-locale"
import { setCartLocale } from "../actions"
import { CART_KEY, useCart } from "../hooks/use-cart"

/**
 * The cart cookie is not tied to a language, so switching zh-CN ⇄ en keeps the cart; this only asks Medusa to
 * re-translate the line titles into the language now shown.
 */
export function CartLocaleSync() {
  const locale = useLocale()
  const { data: cart } = useCart()
  const queryClient = useQueryClient()
  const requested = useRef<string | null>(null)
  const wanted = cartLocale(locale)

  useEffect(() => {
    if (!cart || cart.locale === wanted || requested.current === `${cart.id}:${wanted}`) return
    requested.current = `${cart.id}:${wanted}`
    void setCartLocale(locale).then((result) => {
      if (result.ok) queryClient.setQueryData(CART_KEY, result.cart)
    })
  }, [cart, wanted, locale, queryClient])
  return null
}
