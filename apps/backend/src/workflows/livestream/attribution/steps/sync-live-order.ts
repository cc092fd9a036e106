import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readLiveOrder } from "../../../../queries/livestream/read-live-order"
import { LIVESTREAM_MODULE } from "../../../../modules/livestream"
import type LivestreamModuleService from "../../../../modules/livestream/service"

type Result = { live: boolean; recorded: boolean; linked: boolean }

/**
 * Each write below is one idempotent transaction that converges on the order's state (a retry or the next event
 * finishes what a failure left), so the only compensation needed is for the link this run created.
 */
export const syncLiveOrderStep = createStep(
  "sync-live-order",
  async (input: { order_id: string }, { container }) => {
    const facts = await readLiveOrder(container, input.order_id)
    if (!facts) return new StepResponse<Result, null>({ live: false, recorded: false, linked: false }, null)
    const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const pair = {
      [LIVESTREAM_MODULE]: { live_session_id: facts.session_id },
      [Modules.ORDER]: { order_id: facts.order_id },
    }
    const existing = await link.list(pair)
    const linked = !existing.length
    if (linked) await link.create(pair)
    const recorded = await live.recordLiveOrder(facts)
    if (facts.refunded_fen > 0)
      await live.recordRefund(facts.order_id, facts.refunded_fen, `${facts.order_id}:${facts.refunded_fen}`)
    if (facts.canceled_at) await live.recordCancel(facts.order_id, facts.canceled_at)
    return new StepResponse<Result, typeof pair | null>({ live: true, recorded, linked }, linked ? pair : null)
  },
  async (pair, { container }) => {
    if (pair) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(pair)
  },
)
