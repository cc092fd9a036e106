// Drives the host console's API as its client would: sign-up, sessions, live offers and cart links. The operator's
// approval runs the same workflow as POST /admin/hosts/:id/approve, so no admin login is needed.
import type { MedusaContainer } from "@medusajs/framework/types"
import type { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { CartLink, CreateSessionBody, Host, Session, SessionProduct } from "@fengshou/live-contract"
import { setHostStatusWorkflow } from "../../src/workflows/livestream/set-host-status"
import { bearer, type Auth } from "./cooperative-helpers"

type Api = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]["api"]

export const HOST_TEST_PASSWORD = "host-test-pass"

/** Sign-up (emailpass register, POST /host/register), then sign-in; the host is pending until approved. */
export async function registerHost(
  api: Api,
  email: string,
  name = "测试主播",
): Promise<{ headers: Auth["headers"]; host: Host }> {
  const { data } = await api.post(`/auth/host/emailpass/register`, { email, password: HOST_TEST_PASSWORD })
  const { data: registered } = await api.post(
    `/host/register`,
    { name, handles: { douyin: email.split("@")[0] } },
    bearer(data.token),
  )
  const { data: login } = await api.post(`/auth/host/emailpass`, { email, password: HOST_TEST_PASSWORD })
  return { headers: bearer(login.token).headers, host: registered.host as Host }
}

/** A signed-in host the operator approved at `rate_bps`. */
export async function createApprovedHost(
  api: Api,
  container: MedusaContainer,
  opts: { email: string; rate_bps: number },
) {
  const { headers, host } = await registerHost(api, opts.email)
  await setHostStatusWorkflow(container).run({
    input: { id: host.id, status: "approved", commission_rate_bps: opts.rate_bps },
  })
  const { data } = await api.get(`/host/me`, { headers })
  return { headers, host: data.host as Host }
}

/**
 * A session selling one variant at `livePriceFen`, capped at `cap`, `limit` per shopper: started now unless
 * `start: false`; `plan` overrides the title, platform or schedule (default: "测试直播" on douyin, from now).
 */
export async function createLiveSession(
  api: Api,
  hostHeaders: Auth["headers"],
  opts: {
    variantId: string
    livePriceFen: number
    cap: number
    limit: number
    plan?: Partial<CreateSessionBody>
    start?: boolean
  },
): Promise<{ session: Session; sessionProduct: SessionProduct }> {
  const headers = { headers: hostHeaders }
  const plan = { title: "测试直播", platform: "douyin", scheduled_start_at: new Date().toISOString(), ...opts.plan }
  const { data: created } = await api.post(`/host/sessions`, plan, headers)
  const id = (created.session as Session).id
  const offer = {
    variant_id: opts.variantId,
    live_price_fen: opts.livePriceFen,
    stock_cap: opts.cap,
    per_customer_limit: opts.limit,
  }
  const { data } = await api.post(`/host/sessions/${id}/products`, offer, headers)
  const session = (opts.start === false ? data : (await api.post(`/host/sessions/${id}/start`, {}, headers)).data)
    .session as Session
  return { session, sessionProduct: session.products.find((p) => p.variant_id === opts.variantId)! }
}

export async function createCartLink(
  api: Api,
  hostHeaders: Auth["headers"],
  sessionId: string,
  items: { session_product_id: string; quantity: number }[],
): Promise<CartLink> {
  const { data } = await api.post(`/host/sessions/${sessionId}/links`, { items }, { headers: hostHeaders })
  return data.link as CartLink
}
