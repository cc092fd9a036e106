import { getTranslations } from "next-intl/server"
import { toString as qrSvg } from "qrcode"

/** A QR code of `url`, drawn on the server as inline SVG: no script, no image request. */
export async function TraceQr({ url }: { url: string }) {
  const t = await getTranslations("trace")
  const svg = await qrSvg(url, {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
    color: { dark: "#1f1a14", light: "#ffffff" },
  })
  return (
    <figure className="trace-qr">
      {/* The SVG comes from the qrcode library drawing our own URL, never from user input as markup. */}
      <div className="trace-qr__code" role="img" aria-label={t("qrTitle")} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>
        {t("qrHint")}
        <br />
        <span className="trace-qr__url">{url}</span>
      </figcaption>
    </figure>
  )
}
