"use client"

import { useQueryClient } from "@tanstack/react-query"
import { useTranslations } from "next-intl"
import { useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { CART_KEY } from "@/modules/cart/hooks/use-cart"
import { signOutCustomer } from "../actions"

export function SignOutButton() {
  const t = useTranslations("account")
  const router = useRouter()
  const queryClient = useQueryClient()
  const [pending, startTransition] = useTransition()
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutCustomer()
          queryClient.setQueryData(CART_KEY, null)
          router.refresh()
        })
      }
    >
      {t("signOut")}
    </button>
  )
}
