"use client"

import { useTranslations } from "next-intl"
import { useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { signOutOfficial } from "../actions"

export function OfficialSignOutButton() {
  const t = useTranslations("official")
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const signOut = () =>
    startTransition(async () => {
      await signOutOfficial()
      router.refresh()
    })
  return (
    <button type="button" className="button button--secondary portal-signout" disabled={pending} onClick={signOut}>
      {t("signOut")}
    </button>
  )
}
