import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { jar, recordingBackend, type Call } from "@/modules/console/testing"
import { addLiveProduct, createCartLink, createLiveSession, signInHost, signUpAsHost } from "./actions"

vi.mock("next/server", () => ({ connection: async () => {} }))
// The `fs_host` cookie the actions write.
vi.mock("@/lib/console-session", async () => (await import("@/modules/console/testing")).consoleSession)

let calls: Call[]
const backend = (reply: (path: string, method: string) => Response) => recordingBackend(calls, reply)

const session = {
  id: "lses_1",
  title: "羊肚菌田间直播",
  platform: "douyin",
  status: "scheduled",
  scheduled_start_at: "2026-11-22T12:00:00.000Z",
  scheduled_end_at: null,
  started_at: null,
  ended_at: null,
  host: { id: "host_1", name: "北马村第一书记", handles: {} },
  products: [],
}

describe("host console actions", () => {
  beforeEach(() => {
    calls = []
    jar.token = "host.jwt"
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("signs in with emailpass and keeps the token in the cookie; a wrong password says so", async () => {
    jar.token = null
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ token: "new.jwt" })),
    )
    expect(await signInHost({ email: " Host@Demo.Fengshou.Local", password: "pw" })).toEqual({ ok: true })
    expect(calls).toEqual([
      {
        method: "POST",
        path: "/auth/host/emailpass",
        body: { email: "host@demo.fengshou.local", password: "pw" },
        auth: null,
      },
    ])
    expect(jar.token).toBe("new.jwt")
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ message: "Invalid email or password" }, { status: 401 })),
    )
    expect(await signInHost({ email: "host@demo.fengshou.local", password: "nope" })).toEqual({
      ok: false,
      error: "invalidCredentials",
    })
  })

  it("signs up in Medusa's three steps and ends signed in", async () => {
    jar.token = null
    const tokens: Record<string, string> = {
      "/auth/host/emailpass/register": "registration.jwt",
      "/auth/host/emailpass": "host.jwt",
    }
    vi.stubGlobal(
      "fetch",
      backend((path) => (tokens[path] ? Response.json({ token: tokens[path] }) : Response.json({ host: {} }))),
    )
    const values = {
      email: "new@host.cn",
      password: "long-enough",
      name: "北马村第一书记",
      platform: "douyin",
      handle: "beima_shuji",
    }
    expect(await signUpAsHost(values)).toEqual({ ok: true })
    expect(calls.map((c) => [c.path, c.auth])).toEqual([
      ["/auth/host/emailpass/register", null],
      ["/host/register", "Bearer registration.jwt"],
      ["/auth/host/emailpass", null],
    ])
    expect(calls[1]?.body).toEqual({ name: "北马村第一书记", handles: { douyin: "beima_shuji" } })
    expect(jar.token).toBe("host.jwt")
  })

  it("says an email is taken rather than that the password is wrong", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() =>
        Response.json({ type: "unauthorized", message: "Identity with email already exists" }, { status: 401 }),
      ),
    )
    expect(
      await signUpAsHost({
        email: "host@demo.fengshou.local",
        password: "long-enough",
        name: "X",
        platform: "douyin",
        handle: "",
      }),
    ).toEqual({ ok: false, error: "emailTaken" })
  })

  it("creates a session with the token and answers its id", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ session })),
    )
    expect(
      await createLiveSession({ title: "羊肚菌田间直播", platform: "douyin", startsAt: "2026-11-22T20:00" }),
    ).toEqual({ ok: true, id: "lses_1" })
    expect(calls).toEqual([
      {
        method: "POST",
        path: "/host/sessions",
        body: { title: "羊肚菌田间直播", platform: "douyin", scheduled_start_at: "2026-11-22T20:00:00+08:00" },
        auth: "Bearer host.jwt",
      },
    ])
  })

  it("sends nothing for an invalid form, and forgets an expired token", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ message: "Unauthorized" }, { status: 401 })),
    )
    expect(
      await addLiveProduct({
        sessionId: "lses_1",
        variantId: "v1",
        livePrice: "abc",
        stockCap: "10",
        perCustomerLimit: "2",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { livePrice: "money" },
    })
    expect(calls).toEqual([])
    expect(
      await addLiveProduct({
        sessionId: "lses_1",
        variantId: "v1",
        livePrice: "59",
        stockCap: "10",
        perCustomerLimit: "2",
      }),
    ).toEqual({ ok: false, error: "signedOut" })
    expect(jar.token).toBeNull()
  })

  it("shows why the backend refused: waiting for approval, or its own sentence", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ message: "Your host account is pending approval." }, { status: 403 })),
    )
    expect(await createCartLink({ sessionId: "lses_1", "qty:lsp_1": "1" })).toEqual({
      ok: false,
      error: "notApproved",
      detail: "Your host account is pending approval.",
    })
    vi.stubGlobal(
      "fetch",
      backend(() =>
        Response.json({ type: "invalid_data", message: "Live price must be below the shelf price." }, { status: 400 }),
      ),
    )
    expect(
      await addLiveProduct({
        sessionId: "lses_1",
        variantId: "v1",
        livePrice: "99",
        stockCap: "10",
        perCustomerLimit: "2",
      }),
    ).toEqual({
      ok: false,
      error: "rejected",
      detail: "Live price must be below the shelf price.",
    })
  })
})
