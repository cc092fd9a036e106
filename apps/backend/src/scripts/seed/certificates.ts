import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { chinaToday } from "../../lib/lots/shelf-life"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { createCertificationsWorkflow } from "../../workflows/cooperative/create-certifications"

const DAY_MS = 86_400_000
const shift = (day: string, days: number) => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10)

/** The demo product whose page and lots show certificates: Yuanda's millet. */
export const CERTIFIED_DEMO_PRODUCT = "changsheng-millet"

/**
 * A green-food certificate on the millet (valid two more years) and a selenium test report on its first lot that
 * expired a month ago, so the product and trace pages show both a valid and an expired one. Dates are relative to
 * the seeding day (China time). Skipped when the product already has certificates, so a second run adds nothing.
 */
export async function ensureDemoCertificates(container: MedusaContainer): Promise<number> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [product] = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: CERTIFIED_DEMO_PRODUCT }, { select: ["id"] })
  if (!product) return 0
  const [lot] = await service.listLots({ product_id: product.id }, { order: { harvest_date: "ASC" }, take: 1 })
  if (!lot) return 0
  const existing = await service.listCertifications({ $or: [{ product_id: product.id }, { lot_id: lot.id }] })
  if (existing.length) return 0
  const today = chinaToday()
  const cooperative_id = (lot as unknown as { cooperative_id: string }).cooperative_id
  const { result } = await createCertificationsWorkflow(container).run({
    input: [
      {
        cooperative_id,
        product_id: product.id,
        kind: "green_food",
        title_zh: "绿色食品证书",
        title_en: "Green Food certificate",
        issuer: "中国绿色食品发展中心",
        number: "LB-15-2306120345A",
        issued_on: shift(today, -365),
        expires_on: shift(today, 730),
      },
      {
        cooperative_id,
        lot_id: lot.id,
        kind: "selenium_test",
        title_zh: "本批次富硒检测报告",
        title_en: "Selenium test report for this lot",
        issuer: "绥化市农产品质量检测中心",
        number: "SH-2025-0117",
        issued_on: shift(today, -400),
        expires_on: shift(today, -30),
      },
    ],
  })
  return result.length
}
