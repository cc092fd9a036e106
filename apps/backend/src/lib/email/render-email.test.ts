import {
  EMAIL_TEMPLATES,
  EmailTemplateError,
  renderEmail,
  type EmailData,
  type EmailTemplateName,
} from "./render-email"
import { emailLocaleOf, formatMoney } from "./email-locale"
import { portalUrl, resetPasswordUrl } from "./links"
import { carrierName } from "./carrier-name"

const items = [{ title: "长生小米", variant: "2.5 kg", quantity: 2 }]
const samples: { [T in EmailTemplateName]: EmailData<T> } = {
  "order-confirmation": {
    display_id: 7,
    total_fen: 12850,
    currency_code: "cny",
    recipient: "小明",
    items,
    relief_fen: 3210,
  },
  "shipping-notice": {
    display_id: 7,
    carrier: "顺丰速运",
    tracking: [{ number: "SF123", url: "https://example.cn/t/SF123" }],
    items,
  },
  "refund-notice": { display_id: 7, amount_fen: 5990, currency_code: "cny" },
  "return-received": { display_id: 7, items },
  "cooperative-new-order": {
    cooperative_name: "长生合作社",
    display_id: 7,
    items,
    city: "北京市",
    console_url: "https://shop.example.cn/portal/cooperative",
  },
  "host-approved": { name: "北马书记", commission_rate_bps: 250, console_url: "https://shop.example.cn/portal/host" },
  "cooperative-approved": { cooperative_name: "长生合作社", console_url: "https://shop.example.cn/portal/cooperative" },
  "cooperative-rejected": {
    cooperative_name: "长生合作社",
    reason: "营业执照照片看不清，请重新上传",
    console_url: "https://shop.example.cn/portal/cooperative",
  },
  "official-created": {
    name: "李干部",
    organisation: "乡村振兴局",
    email: "li@example.cn",
    console_url: "https://shop.example.cn/portal/official",
  },
  "password-reset": { url: "https://shop.example.cn/portal/cooperative/reset-password?token=abc", valid_minutes: 15 },
  "relief-monthly-report": {
    name: "李干部",
    region_label: "黑龙江省 绥化市 青冈县",
    from: "2026-11-01",
    to: "2026-11-30",
    totals: {
      orders: 3,
      sales_fen: 1_234_567,
      refunds_fen: 890,
      quantity_g: 52_500,
      households_benefited: 4,
      persons_benefited: 13,
      household_income_fen: 98_765,
      avg_income_per_person_fen: 7597,
    },
    console_url: "https://shop.example.cn/portal/official",
  },
}

describe("renderEmail", () => {
  it.each(Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[])(
    "renders %s in Chinese by default and in English on request",
    (name) => {
      const zh = renderEmail(name, samples[name])
      const en = renderEmail(name, { ...samples[name], locale: "en" })
      expect(zh.subject).toMatch(/[\u4e00-\u9fff]/)
      expect(zh.html).toContain('<html lang="zh-CN">')
      expect(en.html).toContain('<html lang="en">')
      expect(en.subject).not.toBe(zh.subject)
      expect(en.text.endsWith("\n")).toBe(true)
    },
  )

  it("writes the order's money, relief share and lines", () => {
    const { subject, text } = renderEmail("order-confirmation", { ...samples["order-confirmation"], locale: "en" })
    expect(subject).toBe("Order #7 confirmed")
    expect(text).toContain("Thank you, 小明!")
    expect(text).toContain("- 长生小米 (2.5 kg) × 2")
    expect(text).toContain("Total: ¥128.50")
    expect(text).toContain("¥32.10 goes directly to the farming households")
    expect(
      renderEmail("order-confirmation", { ...samples["order-confirmation"], relief_fen: null }).text,
    ).not.toContain("农户")
  })

  it("names the carrier and the tracking number, with a link only for a web URL", () => {
    const zh = renderEmail("shipping-notice", samples["shipping-notice"])
    expect(zh.text).toContain("已由顺丰速运发出")
    expect(zh.text).toContain("运单号：SF123")
    expect(zh.html).toContain('<a href="https://example.cn/t/SF123"')
    const bad = renderEmail("shipping-notice", {
      ...samples["shipping-notice"],
      tracking: [{ number: "SF9", url: "javascript:alert(1)" }],
    })
    expect(bad.html).not.toContain("javascript:")
  })

  it("tells the shopper which goods of their return arrived, and that the refund follows", () => {
    const en = renderEmail("return-received", { ...samples["return-received"], locale: "en" })
    expect(en.subject).toBe("Your return for order #7 has arrived")
    expect(en.text).toContain("- 长生小米 (2.5 kg) × 2")
    expect(renderEmail("return-received", samples["return-received"]).text).toContain("合作社已收到")
    expect(() => renderEmail("return-received", { display_id: 7, items: [] })).toThrow(/items/)
  })

  it("escapes every value in the HTML and leaves the text part plain", () => {
    const hostile = { ...samples["cooperative-approved"], cooperative_name: `<script>alert("x")</script> & Co` }
    const { html, text, subject } = renderEmail("cooperative-approved", hostile)
    expect(html).not.toContain("<script>")
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co")
    expect(text).toContain(`<script>alert("x")</script> & Co`)
    expect(subject).toContain("<script>")
  })

  it("refuses an unknown template, invalid data and a non-web link", () => {
    expect(() => renderEmail("welcome", {})).toThrow(EmailTemplateError)
    expect(() => renderEmail("refund-notice", { display_id: 7, currency_code: "cny" })).toThrow(/amount_fen/)
    expect(() => renderEmail("refund-notice", { ...samples["refund-notice"], locale: "fr" })).toThrow(/locale/)
    expect(() => renderEmail("password-reset", { url: "javascript:alert(1)", valid_minutes: 15 })).toThrow(
      /not a web link/,
    )
  })
})

describe("email helpers", () => {
  it("names a carrier code in the email's language and passes older free text through", () => {
    expect(carrierName("sf", "zh-CN")).toBe("顺丰速运")
    expect(carrierName("sf", "en")).toBe("SF Express")
    expect(carrierName("顺丰冷链", "en")).toBe("顺丰冷链")
    expect(carrierName(null, "en")).toBeNull()
    expect(carrierName("toString", "en")).toBe("toString")
  })

  it("writes English to an en-US cart and Chinese to everything else", () => {
    expect(emailLocaleOf("en-US")).toBe("en")
    expect(emailLocaleOf("zh-CN")).toBe("zh-CN")
    expect(emailLocaleOf(null)).toBe("zh-CN")
    expect(formatMoney(5, "cny")).toBe("¥0.05")
    expect(formatMoney(1250, "usd")).toBe("12.50 USD")
  })

  it("links each actor's reset page with the token, under /en for English", () => {
    const bases = { storefrontUrl: "https://shop.example.cn/", adminUrl: "https://api.example.cn" }
    expect(resetPasswordUrl(bases, "customer", "a.b+c", "en")).toBe(
      "https://shop.example.cn/en/account/reset-password?token=a.b%2Bc",
    )
    expect(resetPasswordUrl(bases, "cooperative", "t", "zh-CN")).toBe(
      "https://shop.example.cn/portal/cooperative/reset-password?token=t",
    )
    expect(resetPasswordUrl(bases, "user", "t", "zh-CN")).toBe("https://api.example.cn/app/reset-password?token=t")
    expect(resetPasswordUrl(bases, "robot", "t", "zh-CN")).toBeNull()
    expect(portalUrl(bases.storefrontUrl, "host", "en")).toBe("https://shop.example.cn/en/portal/host")
  })
})
