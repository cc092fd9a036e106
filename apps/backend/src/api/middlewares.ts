import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCertificationRoutes } from "./admin/certifications/middlewares"
import { adminCooperativeRoutes } from "./admin/cooperatives/middlewares"
import { adminHostRoutes } from "./admin/hosts/middlewares"
import { adminOfficialRoutes } from "./admin/officials/middlewares"
import { adminReliefRoutes } from "./admin/relief/middlewares"
import { adminSettlementRoutes } from "./admin/settlements/middlewares"
import { authRoutes } from "./auth/middlewares"
import { cooperativeRoutes } from "./cooperative/middlewares"
import { hookRoutes } from "./hooks/middlewares"
import { hostRoutes } from "./host/middlewares"
import { officialRoutes } from "./official/middlewares"
import { reliefVerifyRoutes } from "./relief-verify/middlewares"
import { storeLiveRoutes } from "./store/live/middlewares"
import { storeOrderLookupRoutes } from "./store/order-lookup/middlewares"
import { storeOrderStatusRoutes } from "./store/order-status/middlewares"
import { storeCooperativeRoutes } from "./store/middlewares"
import { invalidTextRoutes } from "./utils/refuse-invalid-text"

export default defineMiddlewares({
  routes: [
    ...authRoutes,
    ...invalidTextRoutes,
    ...cooperativeRoutes,
    ...storeCooperativeRoutes,
    ...adminCooperativeRoutes,
    ...adminCertificationRoutes,
    ...adminReliefRoutes,
    ...adminSettlementRoutes,
    ...officialRoutes,
    ...adminOfficialRoutes,
    ...hookRoutes,
    ...storeLiveRoutes,
    ...hostRoutes,
    ...adminHostRoutes,
    ...reliefVerifyRoutes,
    ...storeOrderLookupRoutes,
    ...storeOrderStatusRoutes,
  ],
})
