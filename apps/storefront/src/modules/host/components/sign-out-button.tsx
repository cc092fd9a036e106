"use client"

import { useTranslations } from "next-intl"
import { useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { signOutHost } from "../actions"

export function HostSignOutButton() {
  const t = useTranslations("host")
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const signOut = () =>
    startTransition(async () => {
      await signOutHost()
      router.push("/portal/host")
      router.refresh()
    })
  return (
    <button type="button" className="button button--secondary portal-signout" disabled={pending} onClick={signOut}>
      {t("signOut")}
    </button>
  )
}
