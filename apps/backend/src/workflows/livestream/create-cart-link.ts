import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateCartLinkBody } from "@fengshou/live-contract"
import { createCartLinkStep } from "./steps/create-cart-link"
import { getOwnSessionStep } from "./steps/get-own-session"
import { prepareCartLinkStep } from "./steps/prepare-cart-link"

export type CreateCartLinkWorkflowInput = { host_id: string; session_id: string; body: CreateCartLinkBody }

/** A host makes a short link (and QR) that fills a shopper's cart with some of the session's products. */
export const createCartLinkWorkflow = createWorkflow("create-live-cart-link", (input: CreateCartLinkWorkflowInput) => {
  const session = getOwnSessionStep(
    transform({ input }, ({ input }) => ({ host_id: input.host_id, session_id: input.session_id, open: true })),
  )
  const link = prepareCartLinkStep(
    transform({ input, session }, ({ input, session }) => ({ session, body: input.body, now: new Date() })),
  )
  return new WorkflowResponse(createCartLinkStep(link))
})
