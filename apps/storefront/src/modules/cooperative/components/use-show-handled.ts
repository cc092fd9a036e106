"use client"
// After an after-sale write the page is read again with `?done=<id>`, so the order or return just handled stays in
// view in its new state (with its tracking number, or "refunded ¥…") even when it has left the current tab.
import { useSearchParams } from "next/navigation"
import { usePathname, useRouter } from "@/i18n/navigation"

export function useShowHandled() {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  return (id?: string) => {
    if (!id) return router.refresh()
    const next = new URLSearchParams(params)
    next.set("done", id)
    router.replace(`${pathname}?${next}`)
  }
}
