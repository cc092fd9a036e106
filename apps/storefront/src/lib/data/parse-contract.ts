// The store contract (@fengshou/store-contract) checked where our custom routes' answers enter the storefront.
import "server-only"
import { z } from "zod"
import { getEnv } from "@/env"

/** A backend answer that does not match the shared contract: the backend and the storefront have drifted apart. */
export class ContractMismatchError extends Error {
  override name = "ContractMismatchError"
}

/**
 * `body` as the contract's type. Outside production it is parsed, so a drift fails loudly in development and in tests,
 * naming the route and the path of each mismatch; in production the answer is trusted as it is (the backend's HTTP
 * integration tests parse the same routes with the same schemas).
 */
export function fromBackend<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  if (getEnv().NODE_ENV === "production") return body as z.output<S>
  const result = schema.safeParse(body)
  if (!result.success)
    throw new ContractMismatchError(
      `${what} does not match @fengshou/store-contract:\n${z.prettifyError(result.error)}`,
    )
  return result.data
}
