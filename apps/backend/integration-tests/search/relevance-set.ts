// The relevance set: what shoppers type, and the demo products that must come back in the first three.
// Run against every provider (search-relevance*.spec.ts). `absent`: products that must not match at all.

export type RelevanceCase = {
  q: string
  kind: "zh" | "synonym" | "pinyin" | "initials" | "typo" | "en" | "category" | "region"
  top3: string[]
  absent?: string[]
}

export const RELEVANCE_SET: RelevanceCase[] = [
  { q: "小米", kind: "zh", top3: ["changsheng-millet"], absent: ["jinsiwang-jujubes"] },
  { q: "木耳", kind: "zh", top3: ["black-fungus"], absent: ["fresh-morels"] },
  { q: "黑木耳", kind: "zh", top3: ["black-fungus"] },
  { q: "羊肚", kind: "zh", top3: ["fresh-morels", "dried-morels"] },
  { q: "羊肚菌", kind: "zh", top3: ["fresh-morels", "dried-morels"], absent: ["free-range-eggs"] },
  { q: "鲜羊肚菌", kind: "zh", top3: ["fresh-morels"] },
  { q: "蜂蜜", kind: "zh", top3: ["linden-honey"] },
  { q: "椴树", kind: "zh", top3: ["linden-honey"] },
  { q: "豆油", kind: "zh", top3: ["pressed-soybean-oil"] },
  { q: "鸡蛋", kind: "zh", top3: ["free-range-eggs"] },
  { q: "土鸡蛋", kind: "zh", top3: ["free-range-eggs"] },
  { q: "小枣", kind: "zh", top3: ["jinsiwang-jujubes"], absent: ["changsheng-millet"] },
  { q: "团结村木耳合作社", kind: "zh", top3: ["black-fungus"] },
  { q: "富硒", kind: "zh", top3: ["changsheng-millet"] },
  { q: "粟米", kind: "synonym", top3: ["changsheng-millet"] },
  { q: "笨鸡蛋", kind: "synonym", top3: ["free-range-eggs"] },
  { q: "北马村", kind: "region", top3: ["fresh-morels", "dried-morels"] },
  { q: "穆棱", kind: "region", top3: ["linden-honey", "black-fungus"] },
  { q: "青冈县", kind: "region", top3: ["changsheng-millet", "pressed-soybean-oil"] },
  { q: "xiaomi", kind: "pinyin", top3: ["changsheng-millet"] },
  { q: "yangduj", kind: "pinyin", top3: ["fresh-morels", "dried-morels"] },
  { q: "yangdujun", kind: "pinyin", top3: ["fresh-morels", "dried-morels"] },
  { q: "yang du jun", kind: "pinyin", top3: ["fresh-morels", "dried-morels"] },
  { q: "muer", kind: "pinyin", top3: ["black-fungus"] },
  { q: "heimuer", kind: "pinyin", top3: ["black-fungus"] },
  { q: "fengmi", kind: "pinyin", top3: ["linden-honey"] },
  { q: "jidan", kind: "pinyin", top3: ["free-range-eggs"] },
  { q: "douyou", kind: "pinyin", top3: ["pressed-soybean-oil"] },
  { q: "ydj", kind: "initials", top3: ["fresh-morels", "dried-morels"] },
  { q: "hme", kind: "initials", top3: ["black-fungus"] },
  { q: "csxm", kind: "initials", top3: ["changsheng-millet"] },
  { q: "tjd", kind: "initials", top3: ["free-range-eggs"] },
  { q: "morles", kind: "typo", top3: ["fresh-morels", "dried-morels"] },
  { q: "yangdjun", kind: "typo", top3: ["fresh-morels"] },
  { q: "hony", kind: "typo", top3: ["linden-honey"] },
  { q: "milet", kind: "typo", top3: ["changsheng-millet"] },
  { q: "soybaen oil", kind: "typo", top3: ["pressed-soybean-oil"] },
  { q: "morel", kind: "en", top3: ["fresh-morels", "dried-morels"] },
  { q: "honey", kind: "en", top3: ["linden-honey"] },
  { q: "black fungus", kind: "en", top3: ["black-fungus"] },
  { q: "eggs", kind: "en", top3: ["free-range-eggs"] },
  { q: "jujube", kind: "en", top3: ["jinsiwang-jujubes"] },
  { q: "soybean oil", kind: "en", top3: ["pressed-soybean-oil"] },
  { q: "菌菇", kind: "category", top3: ["fresh-morels", "dried-morels", "black-fungus"] },
  { q: "粮油", kind: "category", top3: ["changsheng-millet", "pressed-soybean-oil"] },
  { q: "禽蛋", kind: "category", top3: ["free-range-eggs"] },
  { q: "干果", kind: "category", top3: ["jinsiwang-jujubes"] },
  { q: "mushrooms", kind: "category", top3: ["fresh-morels", "dried-morels", "black-fungus"] },
]
