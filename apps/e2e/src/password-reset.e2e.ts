// A cooperative clerk who forgot the password, on a phone: asks for a link from the sign-in, opens the link the
// backend mailed (read from the notification Medusa stored, as no mail leaves the e2e stack), sets a new password,
// signs in with it; the used link then says it no longer works. Set RESET_SCREENSHOTS=<dir> to keep 390×844
// screenshots of the reset page in Chinese and English.
import type { Browser, Page } from "playwright-core"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { E2E_DEMO_PASSWORD } from "./demo-password"
import { newShopper, url } from "./shop"

// A demo clerk no other journey signs in as: this one changes the password.
const CLERK = "tubaoying@demo.fengshou.local"
const NEW_PASSWORD = "new-harvest-password-2026"

async function snap(page: Page, name: string) {
  const dir = process.env.RESET_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}

/** The path and query of the newest reset link mailed to `email`; the subscriber sends it a moment after the 201. */
async function mailedResetLink(email: string): Promise<string> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") })
  await client.connect()
  try {
    for (let attempt = 0; attempt < 60; attempt++) {
      const { rows } = await client.query<{ url: string }>(
        `select data->>'url' as url from notification
         where "to" = $1 and template = 'password-reset' order by created_at desc limit 1`,
        [email],
      )
      if (rows[0]?.url) {
        const link = new URL(rows[0].url)
        return `${link.pathname}${link.search}`
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`no password-reset notification for ${email} within 15 s`)
  } finally {
    await client.end()
  }
}

async function countResetMails(email: string): Promise<number> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from notification where "to" = $1 and template = 'password-reset'`,
      [email],
    )
    return rows[0]?.n ?? 0
  } finally {
    await client.end()
  }
}

describe("a cooperative clerk who forgot the password", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(
    "asks for a link, sets a new password with it, signs in; the used link is refused",
    { timeout: 120_000 },
    async () => {
      const { context, page } = await newShopper(browser)
      await page.goto(url("/portal/cooperative"))
      await page.getByRole("link", { name: "忘记密码？" }).click()
      await page.waitForURL(/\/portal\/cooperative\/forgot-password$/)

      // An address with no account gets the very same answer, and no mail.
      await page.getByLabel("电子邮箱").fill("nobody@demo.fengshou.local")
      await page.getByRole("button", { name: "发送重置链接" }).click()
      const neutral = page.getByText("如果该邮箱有账户，我们已发送一个重置密码的链接，15 分钟内有效。", {
        exact: false,
      })
      await neutral.waitFor()
      await page.reload()
      await page.getByLabel("电子邮箱").fill(CLERK.toUpperCase())
      await page.getByRole("button", { name: "发送重置链接" }).click()
      await neutral.waitFor()

      const link = await mailedResetLink(CLERK)
      expect(link).toMatch(/^\/portal\/cooperative\/reset-password\?token=[\w-]+\.[\w-]+\.[\w-]+$/)
      expect(await countResetMails("nobody@demo.fengshou.local")).toBe(0)

      // The emailed page, signed out, in both languages.
      await page.goto(url(`/en${link}`))
      await page.getByRole("heading", { name: "Set a new password" }).waitFor()
      await snap(page, "reset-en-390")
      await page.goto(url(link))
      await page.getByRole("heading", { name: "设置新密码" }).waitFor()
      await snap(page, "reset-zh-390")

      await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD)
      await page.getByLabel("再次输入新密码").fill(`${NEW_PASSWORD}!`)
      await page.getByRole("button", { name: "保存新密码" }).click()
      await page.getByText("两次输入的密码不一致。").waitFor()
      await page.getByLabel("再次输入新密码").fill(NEW_PASSWORD)
      await page.getByRole("button", { name: "保存新密码" }).click()
      await page.getByText("密码已更新，请用新密码登录。").waitFor()
      await snap(page, "reset-done-zh-390")

      // The old password no longer opens the portal; the new one does.
      await page.getByRole("link", { name: "去登录" }).click()
      await page.waitForURL(/\/portal\/cooperative$/)
      await page.getByLabel("电子邮箱").fill(CLERK)
      await page.getByLabel("密码", { exact: true }).fill(E2E_DEMO_PASSWORD)
      await page.getByRole("button", { name: "登录", exact: true }).click()
      await page.getByText("邮箱或密码错误。").waitFor()
      await page.getByLabel("密码", { exact: true }).fill(NEW_PASSWORD)
      await page.getByRole("button", { name: "登录", exact: true }).click()
      await page.getByRole("button", { name: "退出登录" }).waitFor()
      expect((await context.cookies()).some((c) => c.name === "fs_coop")).toBe(true)

      // A token works once.
      await page.goto(url(link))
      await page.getByLabel("新密码", { exact: true }).fill("another-password-2026")
      await page.getByLabel("再次输入新密码").fill("another-password-2026")
      await page.getByRole("button", { name: "保存新密码" }).click()
      await page.getByText(/这个重置链接已过期或已被使用/).waitFor()
      await snap(page, "reset-used-zh-390")
      await page.getByRole("link", { name: "重新获取链接" }).click()
      await page.waitForURL(/\/portal\/cooperative\/forgot-password$/)
      await context.close()
    },
  )

  it(
    "every sign-in leads to its own request page; the throttle's wait is shown; no token is a clear message",
    {
      timeout: 120_000,
    },
    async () => {
      const { context, page } = await newShopper(browser)
      for (const [signIn, forgot] of [
        ["/account", /\/account\/forgot-password$/],
        ["/portal/host", /\/portal\/host\/forgot-password$/],
        ["/portal/official", /\/portal\/official\/forgot-password$/],
      ] as const) {
        await page.goto(url(signIn))
        await page.getByRole("link", { name: "忘记密码？" }).click()
        await page.waitForURL(forgot)
        await page.getByRole("heading", { name: "找回密码" }).waitFor()
      }

      // The backend lets one account ask 10 times in 15 minutes from one address; the 11th hears when to try again.
      await page.goto(url("/account/forgot-password"))
      for (let ask = 1; ask <= 10; ask++) {
        await page.getByLabel("电子邮箱").fill("throttled@demo.fengshou.local")
        await page.getByRole("button", { name: "发送重置链接" }).click()
        await page.getByText(/如果该邮箱有账户/).waitFor()
        await page.reload()
      }
      await page.getByLabel("电子邮箱").fill("throttled@demo.fengshou.local")
      await page.getByRole("button", { name: "发送重置链接" }).click()
      await page
        .getByRole("alert")
        .getByText(/重置请求过于频繁，请 1[45] 分钟后再试。/)
        .waitFor()

      await page.goto(url("/en/account/reset-password"))
      await page.getByText(/This reset link has expired or was already used/).waitFor()
      await page.getByRole("link", { name: "Ask for a new link" }).click()
      await page.waitForURL(/\/en\/account\/forgot-password$/)
      await context.close()
    },
  )
})
