// The live panel's event stream. The browser's EventSource cannot send a bearer token and must never see it, so it
// opens this route with its httpOnly `fs_host` cookie; the route opens the backend's stream with the token and passes
// the bytes on as they come. Closing the panel aborts the request, which closes the upstream connection.
import { openStatsStream } from "@/lib/data/host-links"
import { getConsoleToken } from "@/lib/console-session"
import { BackendUnavailableError } from "@/lib/medusa"

type Context = { params: Promise<{ id: string }> }

const ID = /^[A-Za-z0-9_-]{1,100}$/

// A non-200 answer tells EventSource to stop rather than retry in a loop; the panel decides when to try again.
const text = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  })

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params
  if (!ID.test(id)) return text(404, "No such session.")
  const token = await getConsoleToken("host")
  if (!token) return text(401, "Sign in at /portal/host first.")
  let upstream: Response
  try {
    upstream = await openStatsStream(token, id, request.signal)
  } catch (error) {
    if (error instanceof BackendUnavailableError)
      return text(503, "The backend is not reachable; the panel retries shortly.")
    throw error
  }
  if (!upstream.ok || !upstream.body) {
    await upstream.body?.cancel()
    return text(
      upstream.status >= 500 ? 502 : upstream.status,
      `The live figures are not available (${upstream.status}).`,
    )
  }
  return new Response(upstream.body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression (which would buffer events) off; x-accel-buffering does the same for nginx.
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  })
}
