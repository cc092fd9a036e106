import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { refuseSuspendedCooperative } from "../../cooperative-actor"
import { CreateCertification } from "../../validators"

/**
 * The cooperative's certificates (its own, its products' and its lots'). A pending cooperative may add them, as with
 * its profile; a suspended one may only read.
 */
export const cooperativeCertificationRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/cooperative/me/certifications",
    middlewares: [refuseSuspendedCooperative, validateAndTransformBody(CreateCertification)],
  },
  { method: ["DELETE"], matcher: "/cooperative/me/certifications/:id", middlewares: [refuseSuspendedCooperative] },
]
