// The relevance set: what shoppers type, and the demo products that must come back in the first three.
// Run against every provider (search-relevance*.spec.ts). `absent`: products that must not be listed at all;
// `first`: the product that must lead; `didYouMean`: the correction the answer must offer (null: none).
// When nothing matches the whole query the page lists the best partial matches (`related`), so those count.
// `providers`: the engines a case holds on, when not all. The pinyin respelling of Chinese typos, the did-you-mean
// line and leaving out products reached only through long texts are the PostgreSQL provider's; the Meilisearch
// provider answers did_you_mean null and ranks by its own rules, so those cases are marked "postgres".

export type Provider = "postgres" | "meilisearch"

export type RelevanceCase = {
  q: string
  kind:
    | "zh"
    | "synonym"
    | "pinyin"
    | "initials"
    | "typo"
    | "en"
    | "category"
    | "region"
    | "ranking"
    | "partial"
    | "quality"
    | "everyday"
  top3: string[]
  absent?: string[]
  first?: string
  didYouMean?: string | null
  providers?: Provider[]
}

const PG: Provider[] = ["postgres"]

export const RELEVANCE_SET: RelevanceCase[] = [
  { q: "小米", kind: "zh", top3: ["changsheng-millet"], absent: ["jinsiwang-jujubes"] },
  { q: "木耳", kind: "zh", top3: ["black-fungus"], absent: ["fresh-morels"] },
  { q: "黑木耳", kind: "zh", top3: ["black-fungus"], first: "black-fungus" },
  { q: "羊肚", kind: "zh", top3: ["fresh-morels", "dried-morels"] },
  { q: "羊肚菌", kind: "zh", top3: ["fresh-morels", "dried-morels"], absent: ["free-range-eggs"], didYouMean: null },
  { q: "鲜羊肚菌", kind: "zh", top3: ["fresh-morels"] },
  { q: "蜂蜜", kind: "zh", top3: ["linden-honey"], first: "linden-honey", didYouMean: null },
  { q: "椴树", kind: "zh", top3: ["linden-honey"] },
  { q: "豆油", kind: "zh", top3: ["pressed-soybean-oil"], first: "pressed-soybean-oil", absent: ["changsheng-millet"] },
  { q: "鸡蛋", kind: "zh", top3: ["free-range-eggs"], first: "free-range-eggs" },
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
  { q: "honey", kind: "en", top3: ["linden-honey"], first: "linden-honey" },
  { q: "black fungus", kind: "en", top3: ["black-fungus"] },
  { q: "eggs", kind: "en", top3: ["free-range-eggs"] },
  { q: "jujube", kind: "en", top3: ["jinsiwang-jujubes"] },
  { q: "soybean oil", kind: "en", top3: ["pressed-soybean-oil"] },
  { q: "菌菇", kind: "category", top3: ["fresh-morels", "dried-morels", "black-fungus"] },
  { q: "粮油", kind: "category", top3: ["changsheng-millet", "pressed-soybean-oil"] },
  { q: "禽蛋", kind: "category", top3: ["free-range-eggs"] },
  { q: "干果", kind: "category", top3: ["jinsiwang-jujubes"] },
  { q: "mushrooms", kind: "category", top3: ["fresh-morels", "dried-morels", "black-fungus"] },

  // Chinese typos: a homophone or a look-alike picked from the input method, found by sound (issue #17).
  { q: "羊度菌", kind: "typo", top3: ["fresh-morels", "dried-morels"], didYouMean: "羊肚菌", providers: PG },
  { q: "蜂密", kind: "typo", top3: ["linden-honey"], didYouMean: "蜂蜜", providers: PG },
  { q: "羊肚君", kind: "typo", top3: ["fresh-morels", "dried-morels"], didYouMean: "羊肚菌", providers: PG },
  { q: "鲜羊度菌", kind: "typo", top3: ["fresh-morels"], first: "fresh-morels", didYouMean: "鲜羊肚菌", providers: PG },
  { q: "黑木尔", kind: "typo", top3: ["black-fungus"], didYouMean: "黑木耳", providers: PG },
  { q: "木洱", kind: "typo", top3: ["black-fungus"], didYouMean: "木耳", providers: PG },
  { q: "土鸡但", kind: "typo", top3: ["free-range-eggs"], didYouMean: "土鸡蛋", providers: PG },
  { q: "椴树蜂密", kind: "typo", top3: ["linden-honey"], didYouMean: "椴树蜂蜜", providers: PG },
  { q: "小迷", kind: "typo", top3: ["changsheng-millet"], didYouMean: "小米", providers: PG },
  { q: "昌盛小咪", kind: "typo", top3: ["changsheng-millet"], didYouMean: "昌盛小米", providers: PG },
  { q: "豆由", kind: "typo", top3: ["pressed-soybean-oil"], didYouMean: "豆油", providers: PG },
  { q: "金丝王小早", kind: "typo", top3: ["jinsiwang-jujubes"], didYouMean: "金丝王小枣", providers: PG },
  { q: "morells", kind: "typo", top3: ["fresh-morels", "dried-morels"], didYouMean: "morels", providers: PG },
  { q: "honye", kind: "typo", top3: ["linden-honey"], didYouMean: "honey", providers: PG },
  { q: "soyben oil", kind: "typo", top3: ["pressed-soybean-oil"], providers: PG },
  { q: "fungis", kind: "typo", top3: ["black-fungus"] },
  { q: "jujbes", kind: "typo", top3: ["jinsiwang-jujubes"] },
  { q: "linden hony", kind: "typo", top3: ["linden-honey"] },
  { q: "yangdujn", kind: "typo", top3: ["fresh-morels", "dried-morels"] },
  { q: "fnegmi", kind: "typo", top3: ["linden-honey"] },
  { q: "jidna", kind: "typo", top3: ["free-range-eggs"] },

  // A query that hits a product's name puts that product first; the soybean oil, whose cooperative's trademark
  // certificate names the millet, must not follow it.
  { q: "millet", kind: "ranking", top3: ["changsheng-millet"], absent: ["pressed-soybean-oil"], providers: PG },
  { q: "昌盛小米", kind: "ranking", top3: ["changsheng-millet"], absent: ["pressed-soybean-oil"], providers: PG },
  { q: "changsheng", kind: "ranking", top3: ["changsheng-millet"], first: "changsheng-millet" },
  { q: "mil", kind: "ranking", top3: ["changsheng-millet"], absent: ["pressed-soybean-oil"], providers: PG },
  { q: "morels", kind: "ranking", top3: ["fresh-morels", "dried-morels"], absent: ["black-fungus"] },
  { q: "dried morel", kind: "ranking", top3: ["dried-morels"], first: "dried-morels" },
  { q: "枣", kind: "ranking", top3: ["jinsiwang-jujubes"], first: "jinsiwang-jujubes" },

  // A shortened or reordered name: the whole query may match nothing, the best partial matches still list it.
  { q: "金丝枣", kind: "partial", top3: ["jinsiwang-jujubes"] },
  { q: "金丝小枣", kind: "partial", top3: ["jinsiwang-jujubes"] },
  { q: "王小枣", kind: "partial", top3: ["jinsiwang-jujubes"] },
  { q: "昌盛米", kind: "partial", top3: ["changsheng-millet"] },
  { q: "笨榨油", kind: "partial", top3: ["pressed-soybean-oil"] },
  { q: "榨豆油", kind: "partial", top3: ["pressed-soybean-oil"] },
  { q: "散养鸡蛋", kind: "partial", top3: ["free-range-eggs"] },
  { q: "鸡蛋土", kind: "partial", top3: ["free-range-eggs"] },
  { q: "蜂蜜椴树", kind: "partial", top3: ["linden-honey"] },
  { q: "木耳黑", kind: "partial", top3: ["black-fungus"] },
  { q: "小米昌盛", kind: "partial", top3: ["changsheng-millet"] },
  { q: "羊肚菌 鲜", kind: "partial", top3: ["fresh-morels"] },
  { q: "蜂蜜 火箭", kind: "partial", top3: ["linden-honey"] },
  { q: "oil soybean", kind: "partial", top3: ["pressed-soybean-oil"] },
  { q: "morels fresh", kind: "partial", top3: ["fresh-morels"], first: "fresh-morels" },
  { q: "honey linden", kind: "partial", top3: ["linden-honey"] },
  { q: "eggs free range", kind: "partial", top3: ["free-range-eggs"] },
  { q: "gan yangdujun", kind: "partial", top3: ["dried-morels"], first: "dried-morels" },
  { q: "xian yangdujun", kind: "partial", top3: ["fresh-morels"], first: "fresh-morels" },

  // A quality word only the description (or a certificate) holds.
  { q: "有机", kind: "quality", top3: ["changsheng-millet"] },
  { q: "黄小米", kind: "quality", top3: ["changsheng-millet"] },
  { q: "黑土地", kind: "quality", top3: ["changsheng-millet"] },
  { q: "冷链", kind: "quality", top3: ["fresh-morels"] },
  { q: "大棚", kind: "quality", top3: ["fresh-morels"] },
  { q: "时令", kind: "quality", top3: ["fresh-morels"] },
  { q: "煲汤", kind: "quality", top3: ["dried-morels"] },
  { q: "晾晒", kind: "quality", top3: ["dried-morels"] },
  { q: "结晶", kind: "quality", top3: ["linden-honey"] },
  { q: "成熟蜜", kind: "quality", top3: ["linden-honey"] },
  { q: "长白山", kind: "quality", top3: ["linden-honey"] },
  { q: "林下", kind: "quality", top3: ["black-fungus"] },
  { q: "泡发", kind: "quality", top3: ["black-fungus"] },
  { q: "肉厚", kind: "quality", top3: ["black-fungus", "jinsiwang-jujubes"] },
  { q: "防震", kind: "quality", top3: ["free-range-eggs"] },
  { q: "压榨", kind: "quality", top3: ["pressed-soybean-oil"] },
  { q: "无添加", kind: "quality", top3: ["pressed-soybean-oil"] },
  { q: "核小", kind: "quality", top3: ["jinsiwang-jujubes"] },
  { q: "selenium", kind: "quality", top3: ["changsheng-millet"] },
  { q: "organic", kind: "quality", top3: ["changsheng-millet"] },
  { q: "cold chain", kind: "quality", top3: ["fresh-morels"] },
  { q: "greenhouse", kind: "quality", top3: ["fresh-morels"] },
  { q: "soups", kind: "quality", top3: ["dried-morels"] },
  { q: "forest", kind: "quality", top3: ["black-fungus"] },
  { q: "hillside", kind: "quality", top3: ["free-range-eggs"] },
  { q: "crystallises", kind: "quality", top3: ["linden-honey"] },
  { q: "yellow millet", kind: "quality", top3: ["changsheng-millet"] },

  // What shoppers call a fruit or grain day to day.
  { q: "红枣", kind: "everyday", top3: ["jinsiwang-jujubes"] },
  { q: "大枣", kind: "everyday", top3: ["jinsiwang-jujubes"] },
  { q: "枣子", kind: "everyday", top3: ["jinsiwang-jujubes"] },
  { q: "谷子", kind: "everyday", top3: ["changsheng-millet"] },
  { q: "蜂糖", kind: "everyday", top3: ["linden-honey"] },
  { q: "柴鸡蛋", kind: "everyday", top3: ["free-range-eggs"] },
  { q: "大豆油", kind: "everyday", top3: ["pressed-soybean-oil"] },
  { q: "黄豆油", kind: "everyday", top3: ["pressed-soybean-oil"] },
  { q: "dates", kind: "everyday", top3: ["jinsiwang-jujubes"] },
  { q: "red dates", kind: "everyday", top3: ["jinsiwang-jujubes"] },

  // More pinyin, initials, English and places, as typed.
  { q: "duanshu", kind: "pinyin", top3: ["linden-honey"] },
  { q: "jinsi", kind: "pinyin", top3: ["jinsiwang-jujubes"] },
  { q: "xiaozao", kind: "pinyin", top3: ["jinsiwang-jujubes"] },
  { q: "tujidan", kind: "pinyin", top3: ["free-range-eggs"] },
  { q: "benzha", kind: "pinyin", top3: ["pressed-soybean-oil"] },
  { q: "ganyangdujun", kind: "pinyin", top3: ["dried-morels"], first: "dried-morels" },
  { q: "xianyangdujun", kind: "pinyin", top3: ["fresh-morels"], first: "fresh-morels" },
  { q: "beima", kind: "pinyin", top3: ["fresh-morels", "dried-morels"] },
  { q: "muling", kind: "pinyin", top3: ["linden-honey", "black-fungus"] },
  { q: "fengm", kind: "pinyin", top3: ["linden-honey"] },
  { q: "heimu", kind: "pinyin", top3: ["black-fungus"] },
  { q: "fm", kind: "initials", top3: ["linden-honey"] },
  { q: "xm", kind: "initials", top3: ["changsheng-millet"] },
  { q: "dsfm", kind: "initials", top3: ["linden-honey"] },
  { q: "jswxz", kind: "initials", top3: ["jinsiwang-jujubes"] },
  { q: "gydj", kind: "initials", top3: ["dried-morels"] },
  { q: "xydj", kind: "initials", top3: ["fresh-morels"] },
  { q: "bzdy", kind: "initials", top3: ["pressed-soybean-oil"] },
  { q: "linden", kind: "en", top3: ["linden-honey"] },
  { q: "fungus", kind: "en", top3: ["black-fungus"] },
  { q: "jujubes", kind: "en", top3: ["jinsiwang-jujubes"] },
  { q: "free range eggs", kind: "en", top3: ["free-range-eggs"] },
  { q: "soy", kind: "en", top3: ["pressed-soybean-oil"] },
  { q: "Beima morels", kind: "en", top3: ["fresh-morels", "dried-morels"] },
  { q: "dried fruit", kind: "category", top3: ["jinsiwang-jujubes"] },
  { q: "grain", kind: "category", top3: ["changsheng-millet", "pressed-soybean-oil"] },
  { q: "蛋", kind: "category", top3: ["free-range-eggs"] },
  { q: "山东", kind: "region", top3: ["fresh-morels", "dried-morels"] },
  { q: "辽宁", kind: "region", top3: ["free-range-eggs", "jinsiwang-jujubes"] },
  { q: "北票", kind: "region", top3: ["free-range-eggs", "jinsiwang-jujubes"] },
  { q: "文登", kind: "region", top3: ["fresh-morels", "dried-morels"] },
]
