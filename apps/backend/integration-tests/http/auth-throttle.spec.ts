// Sign-in throttling on Medusa's own /auth/{actor}/emailpass routes (src/api/auth). The window is set to 15 s here
// (LOGIN_WINDOW_MINUTES=0.25) so the test can outlast it; the env must be in place before Medusa loads its config.
// Wrong passwords go in parallel: each costs a password hash, and the throttle has to count concurrent guesses.
import { integrationRunner } from "../runner"
import { seedDemoData } from "../../src/scripts/seed/index"
import { DEMO_PASSWORD } from "../../src/scripts/seed/cooperatives-data"
import { attempt } from "./cooperative-helpers"

beforeAll(() => {
  process.env.LOGIN_MAX_FAILURES = "10"
  process.env.LOGIN_WINDOW_MINUTES = "0.25"
})
afterAll(() => {
  delete process.env.LOGIN_MAX_FAILURES
  delete process.env.LOGIN_WINDOW_MINUTES
})

integrationRunner({
  seeded: true,
  testSuite: ({ api, getContainer }) => {
    type Res = {
      status: number
      data: { message?: string; retry_after_seconds?: number }
      headers: Record<string, string>
    }
    const login = (email: string, password: string) =>
      attempt(api.post(`/auth/cooperative/emailpass`, { email, password })) as Promise<Res>

    const failures = async (email: string, n: number) => {
      const answers = await Promise.all(Array.from({ length: n }, (_, i) => login(email, `wrong-${i}`)))
      return answers.map((a) => a.status)
    }

    beforeAll(async () => {
      await seedDemoData(getContainer(), { staticDir: "/tmp/fengshou-static-throttle" })
    })

    it("refuses an account after 10 failed logins from one address until the window ends, and leaves others alone", async () => {
      const account = "yuanda@demo.fengshou.local"
      expect(await failures(account, 10)).toEqual(Array(10).fill(401))

      const refused = await login(account.toUpperCase(), "wrong-again")
      expect(refused.status).toBe(429)
      const retryAfter = Number(refused.headers["retry-after"])
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(15)
      expect(refused.data.message).toMatch(/Too many failed sign-ins .* Try again in 1 minute\(s\), after \d{4}-/)
      // The right password does not get through inside the window either.
      expect((await login(account, DEMO_PASSWORD)).status).toBe(429)

      // Another account from the same address signs in.
      expect((await login("beima@demo.fengshou.local", DEMO_PASSWORD)).status).toBe(200)

      await new Promise((r) => setTimeout(r, (retryAfter + 1) * 1000))
      expect((await login(account, DEMO_PASSWORD)).status).toBe(200)
    })

    it("clears an account's count on a successful login", async () => {
      const account = "daqiao@demo.fengshou.local"
      expect(await failures(account, 9)).toEqual(Array(9).fill(401))
      expect((await login(account, DEMO_PASSWORD)).status).toBe(200)
      expect(await failures(account, 9)).toEqual(Array(9).fill(401))
      expect((await login(account, DEMO_PASSWORD)).status).toBe(200)
    })

    it("caps password reset requests for one account and address", async () => {
      const reset = () =>
        attempt(
          api.post(`/auth/cooperative/emailpass/reset-password`, { identifier: "tuanjie@demo.fengshou.local" }),
        ) as Promise<Res>
      for (let i = 0; i < 10; i++) expect((await reset()).status).toBe(201)
      const refused = await reset()
      expect(refused.status).toBe(429)
      expect(refused.data.message).toMatch(/Too many password reset requests/)
    })
  },
})
