/** Events our own workflows emit (Medusa's own, like order.placed, come from core-flows). Payload: { id }. */
export const FengshouEvents = {
  COOPERATIVE_APPROVED: "cooperative.approved",
  /** Payload { id, rejected_at }: the time keys the email, so a second rejection mails again. */
  COOPERATIVE_REJECTED: "cooperative.rejected",
  HOST_APPROVED: "host.approved",
  OFFICIAL_CREATED: "official.created",
} as const
