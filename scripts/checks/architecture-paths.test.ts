import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { missingPaths, namedPaths } from "./architecture-paths"

const root = path.resolve(import.meta.dirname, "../..")

describe("ARCHITECTURE.md", () => {
  it("names only paths that exist", () => {
    const doc = readFileSync(path.join(root, "ARCHITECTURE.md"), "utf8")
    expect(namedPaths(doc).length).toBeGreaterThan(30)
    expect(missingPaths(doc, root)).toEqual([])
  })
})

describe("namedPaths", () => {
  const doc = [
    "```",
    "apps/backend                 the backend",
    "  src/lib/                   pure helpers",
    "  src/jobs/nope.ts           gone",
    "packages/relief-core         domain",
    "```",
    "Prose: `src/modules/<feature>/` and `apps/storefront/src/env.ts`, a route `/store/search`, `npm test`.",
  ].join("\n")

  it("joins nested map entries to their top folder and reads backticked prose paths", () => {
    expect(namedPaths(doc).map((p) => p.path)).toEqual([
      "apps/backend",
      "apps/backend/src/lib",
      "apps/backend/src/jobs/nope.ts",
      "packages/relief-core",
      "src/modules",
      "apps/storefront/src/env.ts",
    ])
  })

  it("reports a path that does not exist, with its line", () => {
    expect(missingPaths(doc, root)).toEqual([{ path: "apps/backend/src/jobs/nope.ts", line: 4 }])
  })
})
