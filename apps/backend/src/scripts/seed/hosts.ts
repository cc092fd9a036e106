import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"
import { readVariantOffer } from "../../queries/livestream/read-variant-offer"
import { addSessionProductWorkflow } from "../../workflows/livestream/add-session-product"
import { createCartLinkWorkflow } from "../../workflows/livestream/create-cart-link"
import { createLiveSessionWorkflow } from "../../workflows/livestream/create-live-session"
import { registerHostWorkflow } from "../../workflows/livestream/register-host"
import { setHostStatusWorkflow } from "../../workflows/livestream/set-host-status"
import { startLiveSessionWorkflow } from "../../workflows/livestream/start-live-session"
import { demoPassword } from "./demo-password"

// The demo host of PRODUCT.md (a fictional person): Beima village's first secretary, streaming the co-op's fresh
// morels on Douyin. Login and password are in apps/backend/README.md, "Demo logins".
export const DEMO_HOST = {
  email: "host@demo.fengshou.local",
  name: "王书记",
  handles: { douyin: "beima_shuji" },
  commission_rate_bps: 500,
}
export const DEMO_SESSION = {
  title: "北马村羊肚菌助农直播",
  platform: "douyin" as const,
  product_handle: "fresh-morels",
  variant_title: "500 g",
  stock_cap: 1100,
  per_customer_limit: 5,
}

const YEAR_MS = 365 * 86_400_000
const HOUR_MS = 3_600_000

export type DemoHostResult = { created: number; sessionId: string | null; linkCode: string | null }

/**
 * The demo host (approved, 5 % commission) with one live session selling fresh morels 10 % below the shelf price
 * (whole yuan), through the same workflows as the host console, so its promotion is real; and one cart link valid
 * for a year. Each part is looked up first, so running it again creates nothing twice. Returns the link's code.
 */
export async function ensureDemoHost(container: MedusaContainer): Promise<DemoHostResult> {
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const variantId = await findVariant(container)
  if (!variantId) {
    logger.warn(
      `Seed: no ${DEMO_SESSION.product_handle} ${DEMO_SESSION.variant_title} in the catalog, so no demo host session`,
    )
    return { created: 0, sessionId: null, linkCode: null }
  }

  let created = 0
  let [host] = await live.listHosts({ email: DEMO_HOST.email })
  if (!host) {
    const { email, name, handles, commission_rate_bps } = DEMO_HOST
    const { result } = await registerHostWorkflow(container).run({
      input: { auth_identity_id: await loginFor(container, email), name, handles },
    })
    await setHostStatusWorkflow(container).run({ input: { id: result.id, status: "approved", commission_rate_bps } })
    host = result
    created += 1
  }
  const ref = { host_id: host.id }

  let [session] = await live.listLiveSessions({ host_id: host.id, title: DEMO_SESSION.title } as object, {
    relations: ["products", "links"],
  })
  if (!session) {
    const now = Date.now()
    const { result } = await createLiveSessionWorkflow(container).run({
      input: {
        ...ref,
        title: DEMO_SESSION.title,
        platform: DEMO_SESSION.platform,
        scheduled_start_at: new Date(now).toISOString(),
        scheduled_end_at: new Date(now + 2 * HOUR_MS).toISOString(),
      },
    })
    ;[session] = await live.listLiveSessions({ id: result.id }, { relations: ["products", "links"] })
  }
  const sessionRef = { ...ref, session_id: session!.id }
  if (!session!.started_at) await startLiveSessionWorkflow(container).run({ input: sessionRef })

  let productId = session!.products.find((p) => p.variant_id === variantId)?.id
  if (!productId) {
    const shelf = (await readVariantOffer(container, variantId))?.base_price_fen ?? 0
    // 10 % off, rounded down to whole yuan: the kind of price a host calls out on stream.
    const livePrice = Math.floor((shelf * 9) / 1000) * 100
    const { result } = await addSessionProductWorkflow(container).run({
      input: {
        ...sessionRef,
        body: {
          variant_id: variantId,
          live_price_fen: livePrice,
          stock_cap: DEMO_SESSION.stock_cap,
          per_customer_limit: DEMO_SESSION.per_customer_limit,
        },
      },
    })
    productId = result.id
  }

  let link = session!.links[0]
  if (!link) {
    const expires = new Date(Date.now() + YEAR_MS).toISOString()
    const { result } = await createCartLinkWorkflow(container).run({
      input: { ...sessionRef, body: { items: [{ session_product_id: productId, quantity: 1 }], expires_at: expires } },
    })
    link = result
  }
  return { created, sessionId: session!.id, linkCode: link.code }
}

async function findVariant(container: MedusaContainer): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["variants.id", "variants.title"],
    filters: { handle: DEMO_SESSION.product_handle },
  })
  const variants = (data[0]?.variants ?? []) as { id: string; title: string | null }[]
  return variants.find((v) => v.title === DEMO_SESSION.variant_title)?.id ?? null
}

/** The emailpass login of the email, made with the demo password when there is none yet. */
async function loginFor(container: MedusaContainer, email: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (identity) return identity.auth_identity_id!
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password: demoPassword() },
  })
  if (!success || !authIdentity) throw new Error(`Seed could not create the login ${email}: ${error}`)
  return authIdentity.id
}
