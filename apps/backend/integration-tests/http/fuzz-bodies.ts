// Hostile request bodies for the route fuzz suite: a valid body with one field (found by walking the route's zod
// schema) replaced by a hostile value, plus generic junk. Sampled with fast-check from a fixed seed.
import fc from "fast-check"
import type { z } from "zod"

export type Leaf = { path: (string | number)[]; kind: string }
type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  in?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** Every field the schema names, down through objects and arrays (an array's element is path index 0). */
export function schemaLeaves(schema: z.ZodType, path: (string | number)[] = [], depth = 0): Leaf[] {
  const def = defOf(schema)
  if (depth > 6) return []
  if (
    ["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(def.type) &&
    def.innerType
  ) {
    return schemaLeaves(def.innerType, path, depth)
  }
  if (def.type === "pipe" && def.in) return schemaLeaves(def.in, path, depth)
  if (def.type === "union" && def.options?.[0]) return schemaLeaves(def.options[0], path, depth)
  if (def.type === "object" && def.shape) {
    const inner = Object.entries(def.shape).flatMap(([key, s]) => schemaLeaves(s, [...path, key], depth + 1))
    return path.length ? [{ path, kind: "object" }, ...inner] : inner
  }
  if (def.type === "array" && def.element)
    return [{ path, kind: "array" }, ...schemaLeaves(def.element, [...path, 0], depth + 1)]
  return path.length ? [{ path, kind: def.type }] : []
}

const HUGE = "丰".repeat(100_000 / 3) + "x".repeat(1000)
const hostileText = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "\u0001\u0002",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\ud800",
  "x\udfff",
  HUGE,
  "",
  " ",
  "😀".repeat(40),
  "'; drop table product; --",
  "%00",
  "{{7*7}}",
  "<script>",
)
const hostileNumber = fc.constantFrom(
  -1,
  0,
  -0,
  1,
  2 ** 31,
  2 ** 31 - 1,
  2 ** 53,
  2 ** 53 + 2,
  1e12,
  1e308,
  -1e12,
  0.5,
  9007199254740991,
  1_000_000_000_000_00,
)
const wrongType = fc.constantFrom<unknown>(
  "NaN",
  "Infinity",
  "-0",
  "1e12",
  "2147483648",
  null,
  true,
  [],
  {},
  [1, 2],
  { $gt: 1 },
  "0x10",
)

/** A hostile value for a field of `kind`: mostly the nasty values of its own type, sometimes a wrong type. */
export const hostileFor = (kind: string): fc.Arbitrary<unknown> => {
  const own =
    kind === "string" || kind === "enum"
      ? hostileText
      : kind === "number"
        ? hostileNumber
        : kind === "array"
          ? fc.constantFrom<unknown>([], [{}], new Array(600).fill("x"), { 0: "a" })
          : wrongType
  return fc.oneof(
    { weight: 3, arbitrary: own },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: hostileText },
  )
}

const setAt = (body: unknown, path: (string | number)[], value: unknown): unknown => {
  if (!path.length) return value
  const [head, ...rest] = path as [string | number, ...(string | number)[]]
  if (typeof head === "number") {
    const list = Array.isArray(body) && body.length ? [...body] : [{}]
    list[0] = setAt(list[0], rest, value)
    return list
  }
  const object =
    body && typeof body === "object" && !Array.isArray(body) ? { ...(body as Record<string, unknown>) } : {}
  object[head] = setAt(object[head], rest, value)
  return object
}

const generic = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    {},
    [],
    [{}],
    "x",
    1,
    null,
    { extra_key: "\u0000" },
    JSON.parse(`{"__proto__":{"admin":true}}`),
  ),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.string({ unit: "binary", maxLength: 8 }), fc.string({ unit: "binary", maxLength: 20 }), {
    maxKeys: 4,
  }),
)

/** `runs` deterministic bodies for one route: one-field mutations of `valid` along the schema, extra keys, junk. */
export function hostileBodies(
  schema: z.ZodType | undefined,
  valid: Record<string, unknown> | undefined,
  runs: number,
  seed: number,
): unknown[] {
  const base = valid ?? {}
  const leaves = schema
    ? schemaLeaves(schema)
    : Object.keys(base).map((key) => ({ path: [key], kind: typeof base[key] }))
  const mutated = leaves.length
    ? fc.constantFrom(...leaves).chain((leaf) => hostileFor(leaf.kind).map((value) => setAt(base, leaf.path, value)))
    : generic
  const extraKey = fc
    .tuple(
      fc.constantFrom("cooperative_id", "host_id", "id", "status", "\u0000", "a".repeat(5000)),
      hostileFor("string"),
    )
    .map(([k, v]) => ({ ...base, [k]: v }))
  const arrayForObject = fc.constant(leaves.length ? [base] : [{}])
  const body = fc.oneof(
    { weight: 8, arbitrary: mutated },
    { weight: 1, arbitrary: extraKey },
    { weight: 1, arbitrary: generic },
    { weight: 1, arbitrary: arrayForObject },
  )
  // Every field gets its NUL first, whatever the sample draws: the bug this suite was written for.
  const nul = leaves.filter((l) => l.kind === "string").map((l) => setAt(base, l.path, "名\u0000称"))
  return [...nul, ...fc.sample(body, { seed, numRuns: runs })]
}
