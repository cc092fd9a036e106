import type { CartLink, SessionProduct } from "@fengshou/live-contract"
import { getFormatter, getTranslations } from "next-intl/server"
import { liveLinkUrl } from "@/lib/view/live"
import { CopyButton } from "@/modules/common/components/copy-button"

type Props = { links: CartLink[]; products: SessionProduct[]; origin: string }

const qr = (code: string, format: "png" | "svg") => `/api/live-links/${encodeURIComponent(code)}/qr?format=${format}`

/** The session's cart links, newest first: the full URL to paste into the stream, a copy button, and the QR code to show on air. */
export async function LinkList({ links, products, origin }: Props) {
  const t = await getTranslations("host.links")
  const format = await getFormatter()
  const titleOf = (id: string) => {
    const p = products.find((product) => product.id === id)
    return p ? `${p.product_title} · ${p.variant_title}` : id
  }
  if (links.length === 0) return <p className="muted">{t("empty")}</p>
  return (
    <ul className="plain-list portal-list">
      {[...links]
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .map((link) => {
          const url = liveLinkUrl(origin, link.code)
          return (
            <li key={link.id} className="card host-link" data-testid="cart-link">
              <div className="host-link__text">
                <label htmlFor={`link-${link.id}`} className="field__label">
                  {t("url")}
                </label>
                <input id={`link-${link.id}`} className="field__control portal-code" value={url} readOnly />
                <div className="actions-row">
                  <CopyButton
                    text={url}
                    label={t("copyLabel", { url })}
                    words={{ copy: t("copy"), copied: t("copied"), failed: t("failed") }}
                  />
                </div>
                <p className="muted">
                  {link.items.map((item) => `${titleOf(item.session_product_id)} × ${item.quantity}`).join("，")}
                </p>
                <p className="muted">
                  {t("expires", {
                    time: format.dateTime(new Date(link.expires_at), { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </p>
                <p className="actions-row">
                  <a href={qr(link.code, "png")} download={`fengshou-live-${link.code}.png`}>
                    {t("downloadPng")}
                  </a>
                  <a href={qr(link.code, "svg")} download={`fengshou-live-${link.code}.svg`}>
                    {t("downloadSvg")}
                  </a>
                </p>
              </div>
              <img
                src={qr(link.code, "svg")}
                alt={t("qrAlt", { url })}
                width={144}
                height={144}
                className="host-link__qr"
              />
            </li>
          )
        })}
    </ul>
  )
}
