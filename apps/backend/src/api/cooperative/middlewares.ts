import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  loadCooperativeActor,
  refuseSuspendedCooperative,
  requireApprovedCooperative,
  requireOrdersCooperative,
} from "./cooperative-actor"
import { cooperativeCertificationRoutes } from "./me/certifications/middlewares"
import { cooperativeLiveOfferRoutes } from "./live-offers/middlewares"
import { cooperativeSettlementRoutes } from "./settlements/middlewares"
import { cooperativeUploadRoutes } from "./uploads/middlewares"
import { CreateCooperativeProduct, ListCooperativeProducts, UpdateCooperativeProduct } from "./products/validators"
import {
  AddContributions,
  CancelOrder,
  CreateHousehold,
  CreateLot,
  FulfillItems,
  ListHouseholds,
  ListLots,
  ListOwnOrders,
  ListOwnReturns,
  ReceiveReturn,
  RefundReturn,
  RegisterCooperative,
  UpdateCooperativeProfile,
  UpdateHousehold,
} from "./validators"

const list = (schema: Parameters<typeof validateAndTransformQuery>[0]) =>
  validateAndTransformQuery(schema, { isList: true })

/**
 * The cooperative portal. Every route authenticates the `cooperative` actor and resolves its staff to a
 * cooperative (cooperative-actor.ts); writes beyond the profile need an approved cooperative.
 */
export const cooperativeRoutes: MiddlewareRoute[] = [
  {
    matcher: "/cooperative/*",
    // allowUnregistered lets the sign-up token (no actor yet) reach /cooperative/register; every other route
    // is then refused by loadCooperativeActor unless the token names a staff member.
    middlewares: [
      authenticate("cooperative", ["bearer", "session"], { allowUnregistered: true }),
      loadCooperativeActor,
    ],
  },
  { method: ["POST"], matcher: "/cooperative/register", middlewares: [validateAndTransformBody(RegisterCooperative)] },
  {
    method: ["POST"],
    matcher: "/cooperative/me",
    middlewares: [refuseSuspendedCooperative, validateAndTransformBody(UpdateCooperativeProfile)],
  },
  { method: ["GET"], matcher: "/cooperative/products", middlewares: [list(ListCooperativeProducts)] },
  {
    method: ["POST"],
    matcher: "/cooperative/products",
    middlewares: [requireApprovedCooperative, validateAndTransformBody(CreateCooperativeProduct)],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/products/:id",
    middlewares: [requireApprovedCooperative, validateAndTransformBody(UpdateCooperativeProduct)],
  },
  { method: ["GET"], matcher: "/cooperative/households", middlewares: [list(ListHouseholds)] },
  {
    method: ["POST"],
    matcher: "/cooperative/households",
    middlewares: [requireApprovedCooperative, validateAndTransformBody(CreateHousehold)],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/households/:id",
    middlewares: [requireApprovedCooperative, validateAndTransformBody(UpdateHousehold)],
  },
  { method: ["GET"], matcher: "/cooperative/lots", middlewares: [list(ListLots)] },
  {
    method: ["POST"],
    matcher: "/cooperative/lots",
    middlewares: [requireApprovedCooperative, validateAndTransformBody(CreateLot)],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/lots/:id/contributions",
    middlewares: [requireApprovedCooperative, validateAndTransformBody(AddContributions)],
  },
  { method: ["GET"], matcher: "/cooperative/orders", middlewares: [list(ListOwnOrders)] },
  {
    method: ["POST"],
    matcher: "/cooperative/orders/:id/fulfillments",
    middlewares: [requireOrdersCooperative, validateAndTransformBody(FulfillItems)],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/orders/:id/fulfillments/:fulfillment_id/deliver",
    middlewares: [requireOrdersCooperative],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/orders/:id/cancel",
    middlewares: [requireOrdersCooperative, validateAndTransformBody(CancelOrder)],
  },
  { method: ["GET"], matcher: "/cooperative/returns", middlewares: [list(ListOwnReturns)] },
  {
    method: ["POST"],
    matcher: "/cooperative/returns/:id/receive",
    middlewares: [requireOrdersCooperative, validateAndTransformBody(ReceiveReturn)],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/returns/:id/refund",
    middlewares: [requireOrdersCooperative, validateAndTransformBody(RefundReturn)],
  },
  ...cooperativeSettlementRoutes,
  ...cooperativeLiveOfferRoutes,
  ...cooperativeCertificationRoutes,
  ...cooperativeUploadRoutes,
]
