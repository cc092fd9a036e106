// A trace page's QR code, as SVG: it encodes the page's own address, `<origin>/trace/<code>` (`/en/trace/<code>` with
// ?locale=en), the origin being the one the shopper reached the page on. The trace page itself is served whole from
// Next's cache, the same HTML for every host, so the picture is this route's, per request.
import { toString } from "qrcode"
import { hasLocale } from "next-intl"
import { getPathname } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"
import { requestOrigin } from "@/lib/request-origin"
import { normalizeTraceCode } from "@/lib/view/trace"

type Context = { params: Promise<{ code: string }> }

const STYLE = { margin: 1, errorCorrectionLevel: "M", color: { dark: "#1f1a14", light: "#ffffff" } } as const

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const code = normalizeTraceCode((await params).code)
  if (!code) return new Response("Not a trace code: 16 characters of 0-9 and A-Z without I, L, O, U.", { status: 404 })
  const locale = new URL(request.url).searchParams.get("locale") ?? routing.defaultLocale
  if (!hasLocale(routing.locales, locale)) {
    return new Response(`locale is one of ${routing.locales.join(", ")}.`, { status: 400 })
  }
  const origin = await requestOrigin()
  if (!origin) return new Response("The request's host is not one a QR code can point to.", { status: 400 })
  const svg = await toString(`${origin}${getPathname({ href: `/trace/${code}`, locale })}`, { ...STYLE, type: "svg" })
  return new Response(svg, {
    // Private: the picture depends on the Host header, which a shared cache would not key on.
    headers: { "content-type": "image/svg+xml", "cache-control": "private, max-age=86400" },
  })
}
