import { describe, expect, it } from "vitest"
import { GET } from "./route"

const get = async (query: string) => {
  const response = await GET(new Request(`http://localhost/api/divisions/lower${query}`))
  return { status: response.status, body: (await response.json()) as { divisions: { code: string; name: string }[] } }
}

describe("GET /api/divisions/lower", () => {
  it("lists a county's townships and a township's villages, all and only its own", async () => {
    const townships = await get("?parent=231223")
    expect(townships.body.divisions).toContainEqual({ code: "231223111", name: "昌盛镇" })
    expect(townships.body.divisions.every((d) => d.code.startsWith("231223") && d.code.length === 9)).toBe(true)
    const villages = await get("?parent=231223111")
    expect(villages.body.divisions).toContainEqual({ code: "231223111204", name: "兴东村委会" })
    expect(villages.body.divisions.every((d) => d.code.startsWith("231223111") && d.code.length === 12)).toBe(true)
    // The first and the last rows of the file are found too.
    expect((await get("?parent=110101001")).body.divisions[0]).toEqual({
      code: "110101001001",
      name: "多福巷社区居委会",
    })
  })

  it("answers [] for a code with no children and 400 for a malformed one", async () => {
    expect((await get("?parent=999999")).body.divisions).toEqual([])
    expect((await get("?parent=23")).status).toBe(400)
    expect((await get("?parent=abc")).status).toBe(400)
  })
})
