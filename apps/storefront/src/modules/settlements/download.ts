// The settlement downloads (statement CSV / PDF, dividend sheet PDF). The browser asks the storefront's route with its
// httpOnly console cookie; this forwards the token to the backend as a bearer and streams the file back, so page
// scripts never see the token. The backend checks whose statement or period it is; its 4xx is passed on as it said it.
import "server-only"
import { getConsoleToken } from "@/lib/console-session"
import { fetchSettlementFile, type SettlementFile } from "@/lib/data/settlements"
import { BackendUnavailableError } from "@/lib/medusa"

const PASSED_ON = ["content-type", "content-disposition", "content-length"]

export const plainText = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  })

/** `?lang=` of a download: zh unless en is asked for; anything else is refused (null). */
export function downloadLang(params: URLSearchParams): "zh" | "en" | null {
  const lang = params.get("lang") ?? "zh"
  return lang === "zh" || lang === "en" ? lang : null
}

export async function downloadSettlementFile(file: SettlementFile): Promise<Response> {
  const token = await getConsoleToken(file.actor)
  if (!token) return plainText(401, `Sign in at /portal/${file.actor} first.`)
  let upstream: Response
  try {
    upstream = await fetchSettlementFile(token, file)
  } catch (error) {
    if (error instanceof BackendUnavailableError)
      return plainText(503, "The backend is not reachable; try again shortly.")
    throw error
  }
  if (!upstream.ok) {
    const body = (await upstream.json().catch(() => ({}))) as { message?: unknown }
    return plainText(
      upstream.status >= 500 ? 502 : upstream.status,
      typeof body.message === "string" ? body.message : `The file could not be downloaded (${upstream.status}).`,
    )
  }
  const headers = new Headers({ "cache-control": "private, no-store" })
  for (const name of PASSED_ON) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.body, { status: 200, headers })
}
