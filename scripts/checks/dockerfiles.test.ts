import { readdirSync, readFileSync, existsSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

// `npm ci` in an image checks the lockfile against every workspace, so each Dockerfile copies every workspace's
// manifest; a package added without its COPY line breaks the image build, which CI cannot run (no Docker engine).
const root = path.resolve(import.meta.dirname, "../..")
const workspaces = (
  JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { workspaces: string[] }
).workspaces
  .flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(path.join(root, pattern.slice(0, -2))).map((name) => `${pattern.slice(0, -2)}/${name}`)
      : [pattern],
  )
  .filter((dir) => existsSync(path.join(root, dir, "package.json")))

describe.each(["apps/backend/Dockerfile", "apps/storefront/Dockerfile"])("%s", (dockerfile) => {
  const text = readFileSync(path.join(root, dockerfile), "utf8")
  it.each(workspaces)("copies the manifest of %s", (dir) => {
    expect(text).toContain(`COPY ${dir}/package.json ${dir}/`)
  })
})
