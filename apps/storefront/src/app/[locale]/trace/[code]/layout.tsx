import type { ReactNode } from "react"
import { resolveLocale } from "@/i18n/resolve-locale"

// Registers the locale for this segment's not-found page, which Next renders without params and, on this page cached
// whole, without request headers too: next-intl would otherwise fall back to Chinese on /en/trace/….
export default async function TraceLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  await resolveLocale(params)
  return children
}
