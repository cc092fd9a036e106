// Downloads the officials' report (CSV, XLSX, PDF). The browser asks here with its httpOnly `fs_official` cookie;
// this handler forwards the token to the backend as a bearer and streams the file back, so page scripts never see
// the token. The backend enforces the official's scope; a request outside it is refused there (403).
import { z } from "zod"
import { fetchReliefExport } from "@/lib/data/official"
import { BackendUnavailableError } from "@/lib/medusa"
import { getConsoleToken } from "@/lib/console-session"
import { exportQuerySchema } from "@/lib/official/report-query"

const PASSED_ON = ["content-type", "content-disposition", "content-length", "x-report-verification-code"]

const text = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  })

export async function GET(request: Request): Promise<Response> {
  const parsed = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) return text(400, z.prettifyError(parsed.error))
  const token = await getConsoleToken("official")
  if (!token) return text(401, "Sign in at /portal/official first.")
  const { format, group_by, lang, ...filters } = parsed.data

  let upstream: Response
  try {
    upstream = await fetchReliefExport(token, filters, group_by, lang, format)
  } catch (error) {
    if (error instanceof BackendUnavailableError) return text(503, "The backend is not reachable; try again shortly.")
    throw error
  }
  if (!upstream.ok) {
    const body = (await upstream.json().catch(() => ({}))) as { message?: unknown }
    const status = upstream.status >= 500 ? 502 : upstream.status
    return text(
      status,
      typeof body.message === "string" ? body.message : `The report could not be exported (${upstream.status}).`,
    )
  }
  const headers = new Headers({ "cache-control": "private, no-store" })
  for (const name of PASSED_ON) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.body, { status: 200, headers })
}
