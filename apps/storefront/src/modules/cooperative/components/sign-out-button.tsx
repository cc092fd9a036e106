"use client"

import { useTranslations } from "next-intl"
import { useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { signOutCooperative } from "../actions"

export function SignOutButton() {
  const t = useTranslations("portal")
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const signOut = () =>
    startTransition(async () => {
      await signOutCooperative()
      router.refresh()
    })
  return (
    <button type="button" className="button button--secondary portal-signout" disabled={pending} onClick={signOut}>
      {t("signOut")}
    </button>
  )
}
