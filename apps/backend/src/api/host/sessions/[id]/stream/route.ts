import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../../../../modules/livestream"
import type LivestreamModuleService from "../../../../../modules/livestream/service"
import { hostActor } from "../../../host-actor"
import { assertOwnSession } from "../../../read/own-session-id"

const POLL_MS = 1_000
// Proxies and load balancers close a connection that is silent for a minute or so; a comment line keeps it open.
const PING_MS = 15_000

/**
 * Server-sent events for the live panel: a `stats` event at once, then again whenever the figures change (polled
 * each second, so an order shows within about a second), and a `: ping` comment every 15 s.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sessionId = req.params.id!
  await assertOwnSession(req.scope, hostActor(req).id, sessionId)
  const service = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)

  res.status(200)
  res.setHeader("Content-Type", "text/event-stream; charset=utf-8")
  res.setHeader("Cache-Control", "no-cache, no-transform")
  res.setHeader("Connection", "keep-alive")
  // nginx buffers responses by default, which would hold events back until the buffer fills.
  res.setHeader("X-Accel-Buffering", "no")
  res.flushHeaders()

  // A compression middleware buffers writes until it has enough to compress; flush() pushes each event out.
  const flush = () => (res as unknown as { flush?: () => void }).flush?.()
  const send = (text: string) => {
    res.write(text)
    flush()
  }

  let last = ""
  let busy = false
  let closed = false
  const push = async () => {
    if (busy || closed) return
    busy = true
    try {
      const stats = await service.sessionStats(sessionId)
      const json = JSON.stringify(stats)
      if (!closed && json !== last) {
        last = json
        send(`event: stats\ndata: ${json}\n\n`)
      }
    } catch (e) {
      logger.warn(`Live stats stream for ${sessionId}: ${(e as Error).message}`)
    } finally {
      busy = false
    }
  }

  const poll = setInterval(() => void push(), POLL_MS)
  const ping = setInterval(() => !closed && send(": ping\n\n"), PING_MS)
  req.on("close", () => {
    closed = true
    clearInterval(poll)
    clearInterval(ping)
  })
  await push()
}
