import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { loadCooperativeActor, refuseSuspendedCooperative, requireApprovedCooperative } from "./cooperative-actor"
import { cooperativeSettlementRoutes } from "./settlements/middlewares"
import { CreateCooperativeProduct, ListCooperativeProducts, UpdateCooperativeProduct } from "./products/validators"
import {
  AddContributions,
  CancelOrder,
  CreateCertification,
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
  {
    method: ["POST"],
    matcher: "/cooperative/me/certifications",
    middlewares: [refuseSuspendedCooperative, validateAndTransformBody(CreateCertification)],
  },
  { method: ["DELETE"], matcher: "/cooperative/me/certifications/:id", middlewares: [refuseSuspendedCooperative] },
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
    middlewares: [requireApprovedCooperative, validateAndTransformBody(FulfillItems)],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/orders/:id/fulfillments/:fulfillment_id/deliver",
    middlewares: [requireApprovedCooperative],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/orders/:id/cancel",
    middlewares: [requireApprovedCooperative, validateAndTransformBody(CancelOrder)],
  },
  { method: ["GET"], matcher: "/cooperative/returns", middlewares: [list(ListOwnReturns)] },
  {
    method: ["POST"],
    matcher: "/cooperative/returns/:id/receive",
    middlewares: [requireApprovedCooperative, validateAndTransformBody(ReceiveReturn)],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/returns/:id/refund",
    middlewares: [requireApprovedCooperative, validateAndTransformBody(RefundReturn)],
  },
  ...cooperativeSettlementRoutes,
]
