// Demo catalog from PRODUCT.md. Data only: prices are CNY yuan as decimal strings (Medusa stores major
// units), weights are whole grams. Each product names its cooperative by handle (cooperatives-data.ts);
// the seed links them, and the name and village code stay in metadata for readers that predate the link.

export type DemoVariant = { title: string; sku: string; weight_g: number; price: string; stock: number }

export type DemoText = { title: string; subtitle: string; description: string }

export type DemoProduct = {
  handle: string
  category: string
  coldChain: boolean
  cooperative: { handle: string; name: string; village_code: string }
  zh: DemoText
  en: DemoText
  variants: DemoVariant[]
  colors: [string, string]
}

export type DemoCategory = { handle: string; zh: string; en: string }

export const DEMO_CATEGORIES: DemoCategory[] = [
  { handle: "grain-oil", zh: "粮油", en: "Grain & oil" },
  { handle: "mushrooms", zh: "菌菇", en: "Mushrooms & fungi" },
  { handle: "honey", zh: "蜂蜜", en: "Honey" },
  { handle: "eggs", zh: "禽蛋", en: "Eggs" },
  { handle: "dried-fruit", zh: "干果", en: "Dried fruit" },
]

const YUANDA = { handle: "yuanda", name: "远达农业种植专业合作社", village_code: "231223111204" }
const BEIMA = { handle: "beima", name: "北马村羊肚菌合作社", village_code: "371003106229" }
const DAQIAO = { handle: "daqiao", name: "大桥村养蜂合作社", village_code: "231085101207" }
const TUANJIE = { handle: "tuanjie", name: "团结村木耳合作社", village_code: "231085101206" }
const YANGCHANGGOU = { handle: "yangchanggou", name: "羊肠沟村养殖合作社", village_code: "211381113205" }
const TUBAOYING = { handle: "tubaoying", name: "土宝营村枣业合作社", village_code: "211381103205" }

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    handle: "changsheng-millet",
    category: "grain-oil",
    coldChain: false,
    cooperative: YUANDA,
    zh: {
      title: "昌盛小米",
      subtitle: "黑龙江 · 青冈县 · 昌盛镇 · 兴东村",
      description: "兴东村黑土地上种出的黄小米，富硒检测、有机转换认证、注册商标。每亩比种玉米多收入约200元。",
    },
    en: {
      title: "Changsheng Millet",
      subtitle: "Xingdong Village · Changsheng Town · Qinggang County · Heilongjiang",
      description:
        "Yellow millet from the black soil of Xingdong village, selenium-tested, in organic conversion, registered trademark. Households earn about ¥200 more per mu than with maize.",
    },
    variants: [
      { title: "2.5 kg", sku: "YD-MILLET-2500", weight_g: 2500, price: "39.90", stock: 800 },
      { title: "5 kg", sku: "YD-MILLET-5000", weight_g: 5000, price: "69.90", stock: 500 },
    ],
    colors: ["#f6d365", "#c98b1f"],
  },
  {
    handle: "pressed-soybean-oil",
    category: "grain-oil",
    coldChain: false,
    cooperative: YUANDA,
    zh: {
      title: "笨榨豆油",
      subtitle: "黑龙江 · 青冈县 · 昌盛镇 · 兴东村",
      description: "本地大豆传统压榨，不添加任何添加剂，豆香浓郁。",
    },
    en: {
      title: "Pressed Soybean Oil",
      subtitle: "Xingdong Village · Changsheng Town · Qinggang County · Heilongjiang",
      description: "Local soybeans pressed the traditional way, with nothing added.",
    },
    variants: [{ title: "5 L", sku: "YD-SOYOIL-5L", weight_g: 4600, price: "119.00", stock: 300 }],
    colors: ["#fceabb", "#d4a017"],
  },
  {
    handle: "fresh-morels",
    category: "mushrooms",
    coldChain: true,
    cooperative: BEIMA,
    zh: {
      title: "鲜羊肚菌",
      subtitle: "山东 · 威海市文登区 · 宋村镇 · 北马村",
      description: "北马村大棚当季采摘的鲜羊肚菌，冷链同城配送，时令供应。",
    },
    en: {
      title: "Fresh Morels",
      subtitle: "Beima Village · Songcun Town · Wendeng District · Shandong",
      description: "Seasonal morels picked in Beima village greenhouses, delivered by cold chain.",
    },
    variants: [{ title: "500 g", sku: "BM-MOREL-FRESH-500", weight_g: 500, price: "89.00", stock: 1100 }],
    colors: ["#d7b49e", "#7b4b2a"],
  },
  {
    handle: "dried-morels",
    category: "mushrooms",
    coldChain: false,
    cooperative: BEIMA,
    zh: {
      title: "干羊肚菌",
      subtitle: "山东 · 威海市文登区 · 宋村镇 · 北马村",
      description: "自然晾晒的羊肚菌干品，煲汤炖肉皆宜。",
    },
    en: {
      title: "Dried Morels",
      subtitle: "Beima Village · Songcun Town · Wendeng District · Shandong",
      description: "Sun-dried morels for soups and stews.",
    },
    variants: [{ title: "100 g", sku: "BM-MOREL-DRIED-100", weight_g: 100, price: "128.00", stock: 400 }],
    colors: ["#c9a27e", "#5d3a1a"],
  },
  {
    handle: "linden-honey",
    category: "honey",
    coldChain: false,
    cooperative: DAQIAO,
    zh: {
      title: "椴树蜂蜜",
      subtitle: "黑龙江 · 穆棱市 · 穆棱镇 · 大桥村",
      description: "长白山余脉椴树花期采集的成熟蜜，结晶细腻洁白。",
    },
    en: {
      title: "Linden Honey",
      subtitle: "Daqiao Village · Muling Town · Muling City · Heilongjiang",
      description: "Ripe honey from the linden bloom in the Changbai foothills; crystallises fine and white.",
    },
    variants: [{ title: "500 g", sku: "DQ-HONEY-500", weight_g: 500, price: "58.00", stock: 600 }],
    colors: ["#ffe08a", "#e0a100"],
  },
  {
    handle: "black-fungus",
    category: "mushrooms",
    coldChain: false,
    cooperative: TUANJIE,
    zh: {
      title: "黑木耳",
      subtitle: "黑龙江 · 穆棱市 · 穆棱镇 · 团结村",
      description: "团结村林下种植的秋木耳，肉厚朵小，泡发率高。",
    },
    en: {
      title: "Black Fungus",
      subtitle: "Tuanjie Village · Muling Town · Muling City · Heilongjiang",
      description: "Autumn black fungus grown under the forest canopy in Tuanjie village.",
    },
    variants: [{ title: "250 g", sku: "TJ-FUNGUS-250", weight_g: 250, price: "36.00", stock: 700 }],
    colors: ["#8e9eab", "#2c3e50"],
  },
  {
    handle: "free-range-eggs",
    category: "eggs",
    coldChain: false,
    cooperative: YANGCHANGGOU,
    zh: {
      title: "散养土鸡蛋",
      subtitle: "辽宁 · 北票市 · 大三家镇 · 羊肠沟村",
      description: "山坡散养的土鸡所产鸡蛋，30枚装，防震包装。",
    },
    en: {
      title: "Free-range Eggs",
      subtitle: "Yangchanggou Village · Dasanjia Town · Beipiao City · Liaoning",
      description: "Eggs from hens free-ranging on the hillside, 30 per box, shock-proof packing.",
    },
    variants: [{ title: "30枚", sku: "YCG-EGGS-30", weight_g: 1500, price: "45.00", stock: 500 }],
    colors: ["#fff1d6", "#d9a05b"],
  },
  {
    handle: "jinsiwang-jujubes",
    category: "dried-fruit",
    coldChain: false,
    cooperative: TUBAOYING,
    zh: {
      title: "金丝王小枣",
      subtitle: "辽宁 · 北票市 · 上园镇 · 土宝营村",
      description: "土宝营村自然晾干的金丝王小枣，肉厚核小，掰开拉金丝。",
    },
    en: {
      title: "Jinsiwang Jujubes",
      subtitle: "Tubaoying Village · Shangyuan Town · Beipiao City · Liaoning",
      description: "Naturally dried Jinsiwang jujubes from Tubaoying village: thick flesh, small stones.",
    },
    variants: [{ title: "1 kg", sku: "TBY-JUJUBE-1000", weight_g: 1000, price: "49.90", stock: 600 }],
    colors: ["#f5a38b", "#a2271d"],
  },
]
