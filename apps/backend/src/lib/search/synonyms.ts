// What shoppers call the same product. Meilisearch takes one-way lists, so each group is spelled out both ways.
const GROUPS = [
  ["木耳", "黑木耳"],
  ["鸡蛋", "笨鸡蛋", "土鸡蛋"],
  ["小米", "粟米"],
]

export const DEFAULT_SYNONYMS: Record<string, string[]> = Object.fromEntries(
  GROUPS.flatMap((group) => group.map((word) => [word, group.filter((w) => w !== word)])),
)
