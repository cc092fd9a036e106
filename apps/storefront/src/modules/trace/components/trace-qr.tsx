import { getTranslations } from "next-intl/server"
import { getPathname } from "@/i18n/navigation"
import { routing, type Locale } from "@/i18n/routing"
import { PageUrl } from "./page-url"

/**
 * A QR code of this trace page's address. The page is cached whole for every visitor, so the code is a picture from
 * /api/trace/<code>/qr, drawn for the host the browser asks it from, and the address under it is completed in the
 * browser.
 */
export async function TraceQr({ code, locale }: { code: string; locale: Locale }) {
  const t = await getTranslations("trace")
  const query = locale === routing.defaultLocale ? "" : `?locale=${locale}`
  return (
    <figure className="trace-qr">
      {/* An SVG drawn to the box's size: nothing for next/image to optimize. */}
      <img
        className="trace-qr__code"
        src={`/api/trace/${code}/qr${query}`}
        alt={t("qrTitle")}
        width={224}
        height={224}
        loading="lazy"
      />
      <figcaption>
        {t("qrHint")}
        <br />
        <PageUrl path={getPathname({ href: `/trace/${code}`, locale })} className="trace-qr__url" />
      </figcaption>
    </figure>
  )
}
