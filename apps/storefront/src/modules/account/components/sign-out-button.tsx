"use client"

import { useTranslations } from "next-intl"
import { useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { useCartStore } from "@/modules/cart/hooks/use-cart"
import { signOutCustomer } from "../actions"

export function SignOutButton() {
  const t = useTranslations("account")
  const router = useRouter()
  const cart = useCartStore()
  const [pending, startTransition] = useTransition()
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutCustomer()
          cart.set(null)
          router.refresh()
        })
      }
    >
      {t("signOut")}
    </button>
  )
}
