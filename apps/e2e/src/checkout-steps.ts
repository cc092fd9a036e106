// The checkout steps as a shopper clicks them, by visible labels and roles; without vitest, so the benches that drive
// a browser (bench/live-journey.ts) take the same steps as the journeys (shop.ts re-exports them).
import type { Page } from "playwright-core"

/** A phone's viewport, in Chinese: how most shoppers open a livestream's link. */
export const MOBILE = { viewport: { width: 390, height: 844 }, locale: "zh-CN" }

export type AddressInput = { name?: string; phone: string; street?: string }

/** Fills the checkout address with a real place: 黑龙江省 → 绥化市 → 青冈县 (the millet co-op's county). */
export async function fillAddress(page: Page, { name = "张三", phone, street = "昌盛镇兴东村 8 号" }: AddressInput) {
  await page.getByLabel("收货人").fill(name)
  await page.getByLabel("手机号码").fill(phone)
  await choose(page, "省份", "黑龙江省")
  await choose(page, "城市", "绥化市")
  await choose(page, "区县", "青冈县")
  await page.getByLabel("详细地址").fill(street)
}

/** Selects an option once the cascade has loaded it from /api/divisions. */
async function choose(page: Page, label: string, option: string) {
  const select = page.getByLabel(label, { exact: true })
  await select.locator("option", { hasText: option }).waitFor({ state: "attached" })
  await select.selectOption({ label: option })
}

export async function saveAddress(page: Page) {
  await page.getByRole("button", { name: "保存并继续" }).click()
  await page.getByRole("button", { name: "确认配送方式" }).waitFor()
}

/**
 * With the address saved: confirm the preselected delivery options → pay with the system provider → confirmation.
 * `total`, when given: what the pay button must say it charges (delivery included) before it is pressed.
 */
export async function payForOrder(page: Page, { total }: { total?: string } = {}): Promise<string> {
  await page.getByRole("button", { name: "确认配送方式" }).click()
  const pay = page.getByRole("button", { name: total ? `提交订单并支付 ${total}` : /提交订单并支付/ })
  await pay.waitFor()
  await pay.click()
  await page.waitForURL(/\/order\/[^/]+\/confirmed$/)
  return (await page.getByTestId("order-number").textContent())?.trim() ?? ""
}
