// The routes the fuzz suite attacks: every src/api/**/route.ts exporting POST, PUT, PATCH or DELETE, found on disk so a
// new route is fuzzed without anyone listing it. A route with an entry in BODIES also gets schema-driven bodies.
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import type { z } from "zod"
import {
  AddSessionProductBodySchema,
  CommissionRateBodySchema,
  CreateCartLinkBodySchema,
  CreateSessionBodySchema,
  LinkToCartBodySchema,
  RegisterHostBodySchema,
  SessionToCartBodySchema,
  UpdateSessionBodySchema,
  UpdateSessionProductBodySchema,
} from "@fengshou/live-contract"
import { AdminRejectCooperative, AdminSuspendCooperative } from "../../src/api/admin/cooperatives/validators"
import { AdminSuspendHost } from "../../src/api/admin/hosts/validators"
import { AdminCreateOfficial, AdminDisableOfficial } from "../../src/api/admin/officials/validators"
import { AdminBackfillLedger } from "../../src/api/admin/relief/validators"
import { CreateCooperativeProduct, UpdateCooperativeProduct } from "../../src/api/cooperative/products/validators"
import {
  AddContributions,
  CancelOrder,
  CreateCertification,
  CreateHousehold,
  CreateLot,
  FulfillItems,
  ReceiveReturn,
  RefundReturn,
  RegisterCooperative,
  UpdateCooperativeProfile,
  UpdateHousehold,
} from "../../src/api/cooperative/validators"

const API_DIR = path.resolve(__dirname, "../../src/api")
export type FuzzRoute = { method: string; path: string }

/** Every write route on disk, as "/cooperative/products/[id]". */
export function discoverWriteRoutes(dir = API_DIR): FuzzRoute[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return discoverWriteRoutes(full)
    if (entry.name !== "route.ts") return []
    const source = readFileSync(full, "utf8")
    const route = `/${path.relative(API_DIR, path.dirname(full)).split(path.sep).join("/")}`
    return [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(POST|PUT|PATCH|DELETE)\b/g)].map((m) => ({
      method: m[1]!,
      path: route,
    }))
  })
}

/** Ids the fuzz suite fills in for [param]s; a param it has no id for gets a fake one (404 is then the right answer). */
export type FuzzIds = Record<string, string>

type Entry = {
  schema?: z.ZodType
  valid: (ids: FuzzIds) => Record<string, unknown>
  params?: (ids: FuzzIds) => Record<string, string>
}
const later = (iso: number) => new Date(Date.now() + iso * 3_600_000).toISOString()

/** Schema and a valid body per "METHOD /path"; params maps [param] names to ids when the name alone is ambiguous. */
export const BODIES: Record<string, Entry> = {
  "POST /cooperative/register": {
    schema: RegisterCooperative,
    valid: (ids) => ({
      handle: "fuzz-coop",
      name_zh: "测试合作社",
      name_en: "Fuzz Co-op",
      credit_code: "93231223MA1B2C3D4Y",
      division_code: "231223111204",
      benefit_mechanisms: ["supply"],
      // Uploaded by the suite with the sign-up token (the workflow checks it is a stored file).
      licence_url: ids.licence ?? "http://localhost:9000/static/missing-licence.pdf",
      staff_name: "管理员",
    }),
  },
  "POST /cooperative/me": {
    schema: UpdateCooperativeProfile,
    valid: () => ({ name_zh: "远达合作社", story_zh: "故事" }),
  },
  "POST /cooperative/me/certifications": {
    schema: CreateCertification,
    valid: () => ({ kind: "organic", title_zh: "有机认证", issuer: "认证机构" }),
  },
  "POST /cooperative/products": {
    schema: CreateCooperativeProduct,
    valid: () => ({
      title_zh: "小米",
      title_en: "Millet",
      variants: [{ title: "1kg", weight_g: 1000, price_fen: 3990, stock: 10 }],
    }),
  },
  "POST /cooperative/products/[id]": {
    schema: UpdateCooperativeProduct,
    valid: (ids) => ({ subtitle_zh: "新米", variants: [{ id: ids.variant!, price_fen: 3990 }] }),
    params: (ids) => ({ id: ids.product! }),
  },
  "POST /cooperative/households": {
    schema: CreateHousehold,
    valid: (ids) => ({ code: "XD-901", size: 3, status: "member", village_code: ids.village! }),
  },
  "POST /cooperative/households/[id]": {
    schema: UpdateHousehold,
    valid: () => ({ size: 4 }),
    params: (ids) => ({ id: ids.household! }),
  },
  "POST /cooperative/lots": {
    schema: CreateLot,
    valid: (ids) => ({
      variant_id: ids.variant!,
      harvest_date: "2025-09-20",
      quantity_g: 1000,
      contributions: [{ household_id: ids.household!, quantity_g: 1000, farmgate_fen_per_kg: 800 }],
    }),
  },
  "POST /cooperative/lots/[id]/contributions": {
    schema: AddContributions,
    valid: (ids) => ({ contributions: [{ household_id: ids.household!, quantity_g: 100, farmgate_fen_per_kg: 800 }] }),
    params: (ids) => ({ id: ids.lot! }),
  },
  "POST /cooperative/orders/[id]/fulfillments": {
    schema: FulfillItems,
    valid: () => ({ items: [{ id: "ordli_fuzz", quantity: 1 }], carrier: "sf", tracking_number: "SF1" }),
  },
  "POST /cooperative/orders/[id]/cancel": { schema: CancelOrder, valid: () => ({ reason: "缺货" }) },
  "POST /cooperative/returns/[id]/receive": {
    schema: ReceiveReturn,
    valid: () => ({ items: [{ line_item_id: "ordli_fuzz", quantity: 1 }] }),
  },
  "POST /cooperative/returns/[id]/refund": { schema: RefundReturn, valid: () => ({ amount_fen: 100 }) },
  "DELETE /cooperative/me/certifications/[id]": { valid: () => ({}), params: (ids) => ({ id: ids.cert! }) },
  "POST /host/register": {
    schema: RegisterHostBodySchema,
    valid: () => ({ name: "测试主播", handles: { douyin: "fuzz" } }),
  },
  "POST /host/sessions": {
    schema: CreateSessionBodySchema,
    valid: () => ({ title: "测试直播", platform: "douyin", scheduled_start_at: later(1) }),
  },
  "POST /host/sessions/[id]": {
    schema: UpdateSessionBodySchema,
    valid: () => ({ title: "新标题" }),
    params: (ids) => ({ id: ids.session! }),
  },
  "POST /host/sessions/[id]/products": {
    schema: AddSessionProductBodySchema,
    valid: (ids) => ({ variant_id: ids.otherVariant!, live_price_fen: 1000, stock_cap: 5, per_customer_limit: 1 }),
    params: (ids) => ({ id: ids.session! }),
  },
  "POST /host/sessions/[id]/products/[product_id]": {
    schema: UpdateSessionProductBodySchema,
    valid: () => ({ live_price_fen: 900 }),
    params: (ids) => ({ id: ids.session!, product_id: ids.sessionProduct! }),
  },
  "POST /host/sessions/[id]/links": {
    schema: CreateCartLinkBodySchema,
    valid: (ids) => ({ items: [{ session_product_id: ids.sessionProduct!, quantity: 1 }] }),
    params: (ids) => ({ id: ids.session! }),
  },
  "POST /store/live/links/[code]/cart": {
    schema: LinkToCartBodySchema,
    valid: () => ({}),
    params: (ids) => ({ code: ids.linkCode! }),
  },
  "POST /store/live/sessions/[id]/cart": {
    schema: SessionToCartBodySchema,
    valid: (ids) => ({ session_product_id: ids.sessionProduct!, quantity: 1 }),
    params: (ids) => ({ id: ids.session! }),
  },
  "POST /admin/cooperatives/[id]/suspend": {
    schema: AdminSuspendCooperative,
    valid: () => ({ reason: "测试" }),
    params: (ids) => ({ id: ids.otherCooperative! }),
  },
  "POST /admin/cooperatives/[id]/reject": {
    schema: AdminRejectCooperative,
    valid: () => ({ reason: "营业执照看不清" }),
    params: (ids) => ({ id: ids.otherCooperative! }),
  },
  "POST /admin/cooperatives/[id]/approve": { valid: () => ({}), params: (ids) => ({ id: ids.otherCooperative! }) },
  "POST /admin/hosts/[id]": {
    schema: CommissionRateBodySchema,
    valid: () => ({ commission_rate_bps: 500 }),
    params: (ids) => ({ id: ids.otherHost! }),
  },
  "POST /admin/hosts/[id]/approve": {
    schema: CommissionRateBodySchema,
    valid: () => ({ commission_rate_bps: 500 }),
    params: (ids) => ({ id: ids.otherHost! }),
  },
  "POST /admin/hosts/[id]/suspend": {
    schema: AdminSuspendHost,
    valid: () => ({ reason: "测试" }),
    params: (ids) => ({ id: ids.otherHost! }),
  },
  "POST /admin/officials": {
    schema: AdminCreateOfficial,
    valid: () => ({
      email: "fuzz-official@example.cn",
      password: "fuzz-password-1",
      name: "测试",
      organisation: "乡村振兴局",
      region_code: "231223",
    }),
  },
  "POST /admin/officials/[id]/disable": {
    schema: AdminDisableOfficial,
    valid: () => ({ reason: "测试" }),
    params: (ids) => ({ id: ids.official! }),
  },
  "POST /admin/officials/[id]/enable": { valid: () => ({}), params: (ids) => ({ id: ids.official! }) },
  "POST /admin/relief/backfill": { schema: AdminBackfillLedger, valid: () => ({ order_ids: ["order_fuzz"] }) },
}

/** The URL of `route` with its [params] filled from `ids` (fake where the suite has none). */
export function urlOf(route: FuzzRoute, ids: FuzzIds): string {
  const params = BODIES[`${route.method} ${route.path}`]?.params?.(ids) ?? {}
  return route.path.replace(/\[([a-z_]+)\]/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? `fuzz_missing_${name}`),
  )
}

// State-changing routes that would close the door on the others (end a session, suspend) go last.
const LAST = /\/(end|start|suspend|disable|register)$|^DELETE/
export const fuzzOrder = (a: FuzzRoute, b: FuzzRoute) =>
  Number(LAST.test(`${a.method === "DELETE" ? "DELETE " : ""}${a.path}`)) -
    Number(LAST.test(`${b.method === "DELETE" ? "DELETE " : ""}${b.path}`)) ||
  `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`)
