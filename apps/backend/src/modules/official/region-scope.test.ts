import { describeRegion, normalizeRegionCode } from "./region-scope"

describe("describeRegion", () => {
  it("names a scope at every level from the national data", async () => {
    expect(await describeRegion("23")).toMatchObject({ code: "23", level: 2, name: "黑龙江省", label: "黑龙江省" })
    expect(await describeRegion("231223")).toMatchObject({
      code: "231223",
      level: 6,
      name: "青冈县",
      label: "黑龙江省 绥化市 青冈县",
    })
    expect(await describeRegion("231223111")).toMatchObject({ level: 9, name: "昌盛镇" })
    expect((await describeRegion("371003"))?.names).toMatchObject({
      province: "山东省",
      city: "威海市",
      county: "文登区",
    })
  })

  it("reads a full 12-digit code as its level and names a municipality's placeholder level by its label", async () => {
    expect(await describeRegion("230000000000")).toMatchObject({ code: "23", name: "黑龙江省" })
    expect(await describeRegion("1101")).toMatchObject({ code: "1101", name: "北京市" })
  })

  it("is null for a shape that is not a prefix or a code that is not in the data", async () => {
    expect(await describeRegion("2312")).toMatchObject({ name: "绥化市" })
    expect(await describeRegion("23122")).toBeNull()
    expect(await describeRegion("239999")).toBeNull()
    expect(await describeRegion("00")).toBeNull()
    expect(normalizeRegionCode("abc")).toBeNull()
  })
})
