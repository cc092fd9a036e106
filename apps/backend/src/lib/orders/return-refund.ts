// A refund made for a return names the return in Medusa's refund metadata, written in the same transaction as the
// refund, so the relief ledger reverses that return's lines (amount and grams) instead of spreading the refund over
// the whole order.

export const RETURN_REFUND_METADATA_KEY = "fengshou_return_id"

/** The metadata to pass to Medusa's refundPaymentWorkflow for a refund of this return. */
export function returnRefundMetadata(returnId: string): Record<string, string> {
  return { [RETURN_REFUND_METADATA_KEY]: returnId }
}

/** The return a refund was made for, if any. */
export function returnIdOfRefund(metadata: Record<string, unknown> | null | undefined): string | null {
  const value = metadata?.[RETURN_REFUND_METADATA_KEY]
  return typeof value === "string" && value.startsWith("return_") ? value : null
}
