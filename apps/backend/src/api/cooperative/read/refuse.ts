import type { MedusaResponse } from "@medusajs/framework/http"

// Medusa's error handler replaces a CONFLICT's message with a generic one, so a refusal whose reason the user must
// read (409: the state forbids it; 422: the amount is too large; 400: a bad line or quantity) is answered here,
// before any workflow runs.
/** Answers a refusal the caller can act on, with the reason; returns nothing so a route can `return refuse(...)`. */
export function refuse(res: MedusaResponse, status: 400 | 404 | 409 | 422, message: string): void {
  const type = status === 404 ? "not_found" : status === 409 ? "conflict" : "invalid_data"
  res.status(status).json({ type, message })
}
