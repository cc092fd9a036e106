"use client"

import { useTranslations } from "next-intl"
import { useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import type { ConsoleActor } from "@/lib/console-session"
import { signOut } from "./actions"
import { CONSOLES } from "./actors"

export function ConsoleSignOutButton({ actor }: { actor: ConsoleActor }) {
  const { messages, signedOutTo } = CONSOLES[actor]
  const t = useTranslations(messages)
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const onClick = () =>
    startTransition(async () => {
      await signOut(actor)
      if (signedOutTo) router.push(signedOutTo)
      router.refresh()
    })
  return (
    <button type="button" className="button button--secondary portal-signout" disabled={pending} onClick={onClick}>
      {t("signOut")}
    </button>
  )
}
