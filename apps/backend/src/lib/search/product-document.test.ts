import { describe, expect, it } from "vitest"
import { toProductDocument, type ProductRow } from "./product-document"

const row = (certifications: NonNullable<NonNullable<ProductRow["cooperative"]>["certifications"]>) =>
  ({
    id: "prod_millet",
    handle: "changsheng-millet",
    status: "published",
    created_at: "2026-12-01T00:00:00Z",
    title: "昌盛小米",
    cooperative: { handle: "yuanda", name_zh: "远达", certifications },
  }) satisfies ProductRow

describe("toProductDocument certifications", () => {
  it("keeps the cooperative's own and this product's certificates, not another product's or a lot's", () => {
    const doc = toProductDocument(
      row([
        { kind: "trademark", title_zh: "注册商标" },
        { kind: "green_food", title_zh: "绿色食品证书", product_id: "prod_millet" },
        { kind: "organic", title_zh: "豆油有机证书", product_id: "prod_oil" },
        { kind: "selenium_test", title_zh: "本批次富硒检测报告", lot_id: "lot_1" },
      ]),
      new Map(),
      new Map(),
    )
    expect(doc.certifications.sort()).toEqual(["green_food", "trademark"])
    expect(doc.certification_names).toEqual(["注册商标", "绿色食品证书"])
  })
})
