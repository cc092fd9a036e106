import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"

/** A console's title, kept out of search engines. */
export function consoleMetadata(namespace: "portal" | "host" | "official") {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: await resolveLocale(params), namespace })
    return { title: t("title"), robots: { index: false, follow: false } }
  }
}
