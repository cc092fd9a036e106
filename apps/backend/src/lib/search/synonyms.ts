// What shoppers call the same product. Meilisearch takes one-way lists, so each group is spelled out both ways.
// Everyday and regional names too (红枣 for the jujubes, 谷子 for millet, 蜂糖 for honey), and the English
// shoppers' "dates" for jujubes.
const GROUPS = [
  ["木耳", "黑木耳"],
  ["鸡蛋", "笨鸡蛋", "土鸡蛋", "柴鸡蛋", "草鸡蛋"],
  ["小米", "粟米", "谷子"],
  ["小枣", "红枣", "大枣", "枣子"],
  ["豆油", "大豆油", "黄豆油"],
  ["蜂蜜", "蜂糖"],
  ["jujube", "jujubes", "dates"],
]

export const DEFAULT_SYNONYMS: Record<string, string[]> = Object.fromEntries(
  GROUPS.flatMap((group) => group.map((word) => [word, group.filter((w) => w !== word)])),
)
