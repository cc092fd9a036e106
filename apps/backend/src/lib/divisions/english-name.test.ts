import { describe, expect, it } from "vitest"
import { englishDivisionLabel, englishDivisionName, englishRegionName, pinyinName } from "./english-name"

const qinggang = { province: "黑龙江省", city: "绥化市", county: "青冈县", township: null, village: null }

describe("english division names", () => {
  it.each([
    ["黑龙江省", "Heilongjiang Province"],
    ["陕西省", "Shaanxi Province"],
    ["北京市", "Beijing Municipality"],
    ["广西壮族自治区", "Guangxi Zhuang Autonomous Region"],
    ["绥化市", "Suihua City"],
    ["青冈县", "Qinggang County"],
    ["东城区", "Dongcheng District"],
    ["西安市", "Xi'an City"],
    ["吕梁市", "Lüliang City"],
    ["延边朝鲜族自治州", "Yanbianchaoxianzu Autonomous Prefecture"],
    ["大兴安岭地区", "Daxing'anling Prefecture"],
    ["昌盛镇", "Changsheng Town"],
    ["东华门街道", "Donghuamen Subdistrict"],
    ["兴东村委会", "Xingdong Village"],
    ["多福巷社区居委会", "Duofuxiang Community"],
    ["北马村民委员会", "Beima Village"],
    ["市辖区", "City Districts"],
    ["穆棱市", "Muling City"],
    ["单县", "Shan County"],
    ["六安市", "Lu'an City"],
  ])("%s → %s", (zh, en) => {
    expect(englishDivisionName(zh)).toBe(en)
  })

  it("writes every name in Latin letters", () => {
    for (const zh of ["白城市", "乌兰察布盟", "阿拉善左旗", "满族乡", "青冈林场"]) {
      expect(englishDivisionName(zh)).toMatch(/^[A-Za-zü' ]+$/)
    }
    expect(pinyinName("和平")).toBe("Heping")
    expect(pinyinName("A区")).toBe("Aqu")
    expect(pinyinName("北京像素e区")).toBe("Beijingxiangsuequ")
  })

  it("labels smallest to largest, skipping placeholders", () => {
    expect(englishDivisionLabel(qinggang)).toBe("Qinggang County, Suihua City, Heilongjiang Province")
    const dongcheng = { province: "北京市", city: "市辖区", county: "东城区", township: null, village: null }
    expect(englishDivisionLabel(dongcheng)).toBe("Dongcheng District, Beijing Municipality")
    expect(englishRegionName(dongcheng)).toBe("Dongcheng District")
    expect(englishRegionName({ ...dongcheng, county: null })).toBe("Beijing Municipality")
    expect(englishRegionName(qinggang)).toBe("Qinggang County")
  })
})
