import { revalidateTag } from "next/cache"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { POST } from "./route"

vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }))

const SECRET = "a-long-enough-test-secret"

function post(body: unknown, secret: string | null = SECRET) {
  const headers = new Headers({ "content-type": "application/json" })
  if (secret !== null) headers.set("x-revalidate-secret", secret)
  return POST(
    new Request("http://localhost/api/revalidate", {
      method: "POST",
      headers,
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  )
}

describe("POST /api/revalidate", () => {
  beforeEach(() => {
    vi.stubEnv("REVALIDATE_SECRET", SECRET)
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.mocked(revalidateTag).mockClear()
  })

  it("revalidates every listed tag at once", async () => {
    const response = await post({ tags: ["products", "product:changsheng-millet"] })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ revalidated: ["products", "product:changsheng-millet"] })
    expect(vi.mocked(revalidateTag).mock.calls).toEqual([
      ["products", { expire: 0 }],
      ["product:changsheng-millet", { expire: 0 }],
    ])
  })

  it("is disabled without REVALIDATE_SECRET", async () => {
    vi.stubEnv("REVALIDATE_SECRET", "")
    const response = await post({ tags: ["products"] })
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ error: expect.stringContaining("revalidation disabled") })
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([
    ["a wrong secret", "not-the-secret-at-all"],
    ["no secret", null],
  ])("rejects %s with 401", async (_, secret) => {
    const response = await post({ tags: ["products"] }, secret)
    expect(response.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it.each([
    ["malformed JSON", "{tags:", /must be JSON/],
    ["a missing tags field", { tag: "products" }, /tags/],
    ["an empty list", { tags: [] }, /at least one tag/],
    ["a non-string tag", { tags: [42] }, /tags/],
    ["an unknown tag", { tags: ["products", "everything"] }, /unknown cache tag "everything"/],
  ])("answers 400 for %s", async (_, body, message) => {
    const response = await post(body)
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as { error: string }
    expect(error).toMatch(message)
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})
