import path from "node:path"
import { ESLint } from "eslint"

// The layout rules of eslint.config.js, run on made-up files: each must report a climb and let a pure import pass.
const eslint = new ESLint({ cwd: path.join(__dirname, "..") })

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(__dirname, "..", file) })
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message)
}

describe("src/lib imports nothing above it", () => {
  it("reports a module, workflow or query import", async () => {
    expect(await restricted("src/lib/foo.ts", `import { X } from "../modules/x"\nexport const y = X\n`)).toHaveLength(1)
    expect(
      await restricted("src/lib/relief/foo.ts", `import { X } from "../../workflows/x/y"\nexport const y = X\n`),
    ).toHaveLength(1)
    expect(
      await restricted("src/lib/relief/foo.ts", `import { X } from "../../queries/relief/x"\nexport const y = X\n`),
    ).toHaveLength(1)
  })

  it("reports the container, the query function and the workflows SDK", async () => {
    const code = [
      `import { ContainerRegistrationKeys } from "@medusajs/framework/utils"`,
      `import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"`,
      `import { createStep } from "@medusajs/framework/workflows-sdk"`,
      `export type T = [typeof ContainerRegistrationKeys, MedusaContainer, RemoteQueryFunction, typeof createStep]`,
    ].join("\n")
    expect(await restricted("src/lib/foo.ts", code)).toHaveLength(4)
  })

  it("lets pure imports pass", async () => {
    const code = [
      `import { yuanToFen } from "@fengshou/relief-core"`,
      `import { search } from "@medusajs/framework/utils"`,
      `import { splitWords } from "../search/han-terms"`,
      `import { env } from "../../env"`,
      `export const all = [yuanToFen, search, splitWords, env]`,
    ].join("\n")
    expect(await restricted("src/lib/relief/foo.ts", code)).toEqual([])
  })
})

describe("an actor's routes stay in their folder", () => {
  it("reports an import of another actor's folder", async () => {
    expect(
      await restricted("src/api/admin/hosts/route.ts", `import { X } from "../../host/read/x"\nexport const y = X\n`),
    ).toHaveLength(1)
    expect(
      await restricted("src/api/store/live/x.ts", `import { X } from "../../cooperative/read/x"\nexport const y = X\n`),
    ).toHaveLength(1)
  })

  it("lets the actor's own files, api/utils and the shared serializers pass", async () => {
    const code = [
      `import { A } from "../../utils/fields"`,
      `import { B } from "../../../serializers/livestream/serialize-host"`,
      `import { C } from "../read/own-session-id"`,
      `import { D } from "../../host/host-actor"`,
      `export const all = [A, B, C, D]`,
    ].join("\n")
    expect(await restricted("src/api/host/sessions/route.ts", code)).toEqual([])
  })
})
