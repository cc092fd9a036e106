import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AddSessionProductBodySchema,
  CreateCartLinkBodySchema,
  CreateSessionBodySchema,
  RegisterHostBodySchema,
  UpdateSessionBodySchema,
  UpdateSessionProductBodySchema,
} from "@fengshou/live-contract"
import { loadHostActor, requireApprovedHost } from "./host-actor"
import { hostSettlementRoutes } from "./settlements/middlewares"

const body = (schema: Parameters<typeof validateAndTransformBody>[0]) => validateAndTransformBody(schema)

/**
 * The host console's API (actor `host`). Bodies are the live-contract schemas the storefront sends. Every route
 * resolves the host from the token; all but GET /host/me and POST /host/register need an approved host.
 */
export const hostRoutes: MiddlewareRoute[] = [
  {
    matcher: "/host/*",
    // allowUnregistered lets the sign-up token (no host yet) reach /host/register; loadHostActor refuses it elsewhere.
    middlewares: [
      authenticate("host", ["bearer", "session"], { allowUnregistered: true }),
      loadHostActor,
      requireApprovedHost,
    ],
  },
  { method: ["POST"], matcher: "/host/register", middlewares: [body(RegisterHostBodySchema)] },
  { method: ["POST"], matcher: "/host/sessions", middlewares: [body(CreateSessionBodySchema)] },
  { method: ["POST"], matcher: "/host/sessions/:id", middlewares: [body(UpdateSessionBodySchema)] },
  { method: ["POST"], matcher: "/host/sessions/:id/products", middlewares: [body(AddSessionProductBodySchema)] },
  {
    method: ["POST"],
    matcher: "/host/sessions/:id/products/:product_id",
    middlewares: [body(UpdateSessionProductBodySchema)],
  },
  { method: ["POST"], matcher: "/host/sessions/:id/links", middlewares: [body(CreateCartLinkBodySchema)] },
  ...hostSettlementRoutes,
]
