// A cart link's QR code, as PNG (to show on a stream or print) or SVG (to scale): it encodes `<origin>/l/<code>`, the
// origin being the one the host reached the console on. Public: the code is meant to be shared on air, and knowing
// it only lets someone fill their own cart.
import { toBuffer, toString } from "qrcode"
import { requestOrigin } from "@/lib/request-origin"
import { liveLinkUrl } from "@/lib/view/live"

type Context = { params: Promise<{ code: string }> }

const CODE = /^[A-Za-z0-9_-]{1,64}$/
const STYLE = { margin: 2, errorCorrectionLevel: "M", color: { dark: "#1f1a14", light: "#ffffff" } } as const

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { code } = await params
  const format = new URL(request.url).searchParams.get("format") ?? "svg"
  if (!CODE.test(code)) return new Response("Not a cart link code.", { status: 404 })
  if (format !== "png" && format !== "svg") return new Response("format is png or svg.", { status: 400 })
  const origin = await requestOrigin()
  if (!origin) return new Response("The request's host is not one a QR code can point to.", { status: 400 })
  const url = liveLinkUrl(origin, code)
  // Private: the picture depends on the Host header, which a shared cache would not key on.
  const headers = {
    "cache-control": "private, max-age=3600",
    "content-disposition": `inline; filename="fengshou-live-${code}.${format}"`,
  }
  if (format === "svg") {
    const svg = await toString(url, { ...STYLE, type: "svg" })
    return new Response(svg, { headers: { ...headers, "content-type": "image/svg+xml" } })
  }
  const png = await toBuffer(url, { ...STYLE, type: "png", width: 512 })
  return new Response(new Uint8Array(png), { headers: { ...headers, "content-type": "image/png" } })
}
