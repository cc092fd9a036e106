/** Events our own workflows emit (Medusa's own, like order.placed, come from core-flows). Payload: { id }. */
export const FengshouEvents = {
  COOPERATIVE_APPROVED: "cooperative.approved",
  HOST_APPROVED: "host.approved",
  OFFICIAL_CREATED: "official.created",
} as const
