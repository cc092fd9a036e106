import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  // "/" is Chinese and "/en" English.
  localePrefix: "as-needed",
  // URLs alone decide the language: a shared link opens in the language it was shared in,
  // and pages stay cacheable without varying on Accept-Language or a cookie.
  localeDetection: false,
  localeCookie: false,
})

export type Locale = (typeof routing.locales)[number]
