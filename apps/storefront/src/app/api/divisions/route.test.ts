import { describe, expect, it } from "vitest"
import { GET } from "./route"

const get = (query: string) => GET(new Request(`http://localhost/api/divisions${query}`))

describe("GET /api/divisions", () => {
  it("lists provinces without a parent, cacheable by browsers", async () => {
    const response = await get("")
    expect(response.headers.get("cache-control")).toContain("max-age=86400")
    const { divisions } = (await response.json()) as { divisions: { code: string; name: string }[] }
    expect(divisions).toHaveLength(31)
    expect(divisions[0]).toEqual({ code: "11", name: "北京市" })
  })

  it("lists one level below a province or city", async () => {
    const cities = (await (await get("?parent=21")).json()) as { divisions: { name: string }[] }
    expect(cities.divisions.map((d) => d.name)).toContain("朝阳市")
    const districts = (await (await get("?parent=2113")).json()) as { divisions: { name: string }[] }
    expect(districts.divisions.map((d) => d.name)).toContain("北票市")
  })

  it.each(["?parent=1", "?parent=231223", "?parent=abc"])("refuses %s", async (query) => {
    expect((await get(query)).status).toBe(400)
  })
})
