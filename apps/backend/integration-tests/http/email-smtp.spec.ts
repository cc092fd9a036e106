// Email over SMTP end to end: the Notification Module's SMTP provider (src/modules/notification-smtp) delivers to a
// real local SMTP server. The env must be in place before Medusa loads medusa-config.ts (in the runner's beforeAll).
import { integrationRunner } from "../runner"
import { Modules } from "@medusajs/framework/utils"
import { env } from "../../src/env"
import { seedDemoData } from "../../src/scripts/seed/index"
import { startSmtpServer } from "../stubs/smtp-server"
import { CHINESE_ADDRESS, waitFor } from "./checkout-helpers"
import { adminLogin, attempt, loginCooperative } from "./cooperative-helpers"

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
const SHOPPER = "buyer-en@example.cn"
const YUANDA = "yuanda@demo.fengshou.local" // 昌盛小米's cooperative
const DAQIAO = "daqiao@demo.fengshou.local" // 椴树蜂蜜's cooperative

// A file-level hook runs before the runner's own beforeAll, which is where Medusa loads medusa-config.ts.
beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.SMTP_FROM = "丰收 <noreply@fengshou.test>"
})
afterAll(async () => {
  delete process.env.SMTP_URL
  delete process.env.SMTP_FROM
  await smtp.close()
})

integrationRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string
    const settle = () => new Promise((r) => setTimeout(r, 1500))

    beforeAll(async () => {
      const seeded = await seedDemoData(getContainer(), { staticDir: "/tmp/fengshou-static-email" })
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      regionId = seeded.regionId
    })

    /** An English shopper's order of millet (远达) and honey (大桥), as the storefront's /en pages place it. */
    async function placeEnglishOrder() {
      const { data: created } = await api.post(
        `/store/carts`,
        { region_id: regionId, locale: "en-US", email: SHOPPER, shipping_address: CHINESE_ADDRESS },
        store,
      )
      const cartId = created.cart.id as string
      const { data: products } = await api.get(
        `/store/products?handle[]=changsheng-millet&handle[]=linden-honey&fields=*variants`,
        store,
      )
      for (const product of products.products) {
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: product.variants[0].id, quantity: 1 }, store)
      }
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      for (const option of options.shipping_options)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store)
      const { data: pc } = await api.post(`/store/payment-collections`, { cart_id: cartId }, store)
      await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store,
      )
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      return data.order as {
        id: string
        display_id: number
        items: { id: string; product_handle: string; quantity: number }[]
      }
    }

    it("mails the approvals the seed made: the cooperative's staff, the host and each official, in Chinese", async () => {
      await waitFor(async () => smtp.to(YUANDA).some((m) => m.subject.includes("已通过审核")), 20_000)
      await waitFor(
        async () => smtp.to("host@demo.fengshou.local").some((m) => m.subject === "主播申请已通过审核"),
        20_000,
      )
      await waitFor(
        async () => smtp.to("qinggang@demo.fengshou.local").some((m) => m.subject === "丰收监管账号已开通"),
        20_000,
      )
      const [approved] = smtp.to(YUANDA)
      expect(approved).toMatchObject({ from: "noreply@fengshou.test", user: "fengshou" })
      expect(approved!.text).toContain(`${env.STOREFRONT_URL}/portal/cooperative`)
      expect(smtp.to("host@demo.fengshou.local")[0]!.text).toContain("佣金比例为 5%")
    })

    it("confirms an English order once in English, alerts each cooperative to its own lines, and mails shipment and refund", async () => {
      const order = await placeEnglishOrder()
      await waitFor(
        // Each cooperative's alert is its own notification: wait for both, not just one of them.
        async () =>
          smtp.to(SHOPPER).length === 1 &&
          [DAQIAO, YUANDA].every((to) => smtp.to(to).some((m) => m.subject.startsWith("新订单"))),
        20_000,
      )
      const [confirmation] = smtp.to(SHOPPER)
      expect(confirmation!.subject).toBe(`Order #${order.display_id} confirmed`)
      expect(confirmation!.text).toContain("Thank you, 小明!")
      expect(confirmation!.html).toContain('<html lang="en">')

      const yuandaAlert = smtp.to(YUANDA).find((m) => m.subject.startsWith(`新订单 #${order.display_id}`))
      expect(yuandaAlert!.text).toContain("昌盛小米")
      expect(yuandaAlert!.text).not.toContain("蜂蜜")
      expect(yuandaAlert!.text).toContain(`${env.STOREFRONT_URL}/portal/cooperative/orders`)
      expect(smtp.to(DAQIAO).find((m) => m.subject.startsWith("新订单"))!.text).not.toContain("小米")

      // A repeated order.placed (an event bus retry) mails nobody again.
      const before = smtp.messages.length
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "order.placed", data: { id: order.id } })
      await settle()
      expect(smtp.messages.length).toBe(before)

      // 远达 ships its millet from the cooperative console with a carrier and a tracking number.
      const millet = order.items.find((i) => i.product_handle === "changsheng-millet")!
      const yuanda = await loginCooperative(api, YUANDA)
      const ship = { items: [{ id: millet.id, quantity: 1 }], carrier: "sf", tracking_number: "SF1234567890" }
      await api.post(`/cooperative/orders/${order.id}/fulfillments`, ship, yuanda)
      await waitFor(async () => smtp.to(SHOPPER).some((m) => m.subject.includes("has shipped")), 20_000)
      const shipped = smtp.to(SHOPPER).find((m) => m.subject.includes("has shipped"))!
      // The carrier's code, named in the shopper's language.
      expect(shipped.text).toContain("is on its way with SF Express")
      expect(shipped.text).toContain("Tracking number: SF1234567890")

      // The operator refunds ¥20 of it.
      const admin = await adminLogin(api, getContainer())
      const { data } = await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, admin)
      const payment = data.order.payment_collections[0].payments[0]
      await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 20 }, admin)
      await waitFor(async () => smtp.to(SHOPPER).some((m) => m.subject.startsWith("Refund")), 20_000)
      expect(smtp.to(SHOPPER).find((m) => m.subject.startsWith("Refund"))!.subject).toBe(
        `Refund of ¥20.00 for order #${order.display_id}`,
      )
    })

    it("mails a password reset link carrying the token to the cooperative's portal, and nothing for an unknown address", async () => {
      const count = smtp.to(YUANDA).length
      const res = await api.post(`/auth/cooperative/emailpass/reset-password`, { identifier: YUANDA })
      expect(res.status).toBe(201)
      await waitFor(async () => smtp.to(YUANDA).length === count + 1, 20_000)
      const reset = smtp.to(YUANDA).at(-1)!
      expect(reset.subject).toBe("重置丰收账号密码")
      const link = /(https?:\/\/\S+\/portal\/cooperative\/reset-password\?token=([\w.-]+))/.exec(reset.text)
      expect(link?.[1]!.startsWith(`${env.STOREFRONT_URL}/portal/cooperative/reset-password?token=`)).toBe(true)
      expect(link![2]!.split(".")).toHaveLength(3) // a JWT

      const before = smtp.messages.length
      expect(
        (await attempt(api.post(`/auth/cooperative/emailpass/reset-password`, { identifier: "nobody@example.cn" })))
          .status,
      ).toBe(201)
      await settle()
      expect(smtp.messages.length).toBe(before)
    })
  },
})
