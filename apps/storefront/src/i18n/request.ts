import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { routing } from "./routing"

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  // Dates read in China time for every shopper and on every server, so server and browser render the same text.
  return { locale, timeZone: "Asia/Shanghai", messages: (await import(`../../messages/${locale}.json`)).default }
})
