import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePromotionsStep } from "@medusajs/medusa/core-flows"
import { deleteSessionProductStep } from "./steps/delete-session-product"
import { getOwnSessionProductStep, type GetOwnSessionProductInput } from "./steps/get-own-session-product"

/** A host takes a product nobody has bought out of a session, with the promotion behind its live price. */
export const removeSessionProductWorkflow = createWorkflow(
  "remove-live-session-product",
  (input: GetOwnSessionProductInput) => {
    const product = getOwnSessionProductStep(input)
    const id = deleteSessionProductStep(transform({ product }, ({ product }) => product.id))
    deletePromotionsStep(transform({ product }, ({ product }) => [product.promotion_id]))
    return new WorkflowResponse(id)
  },
)
