import type { TestProject } from "vitest/node"
import { findChromium, NO_BROWSER_MESSAGE } from "./browser"
import { startStack } from "./stack"

declare module "vitest" {
  export interface ProvidedContext {
    storefrontUrl: string
    backendUrl: string
    publishableKey: string
    databaseUrl: string
    chromiumPath: string
  }
}

/**
 * Brings up the stack once for all browser journeys, on ports apart from `npm run dev`'s 9000/8000
 * (E2E_BACKEND_PORT / E2E_STOREFRONT_PORT move them, e.g. to run two suites side by side).
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium(process.env.CHROME_PATH)
  if (!chromiumPath) throw new Error(NO_BROWSER_MESSAGE)
  const stack = await startStack({
    backendPort: Number(process.env.E2E_BACKEND_PORT ?? 9100),
    storefrontPort: Number(process.env.E2E_STOREFRONT_PORT ?? 8100),
  })
  project.provide("storefrontUrl", stack.storefrontUrl)
  project.provide("backendUrl", stack.backendUrl)
  project.provide("publishableKey", stack.publishableKey)
  project.provide("databaseUrl", stack.databaseUrl)
  project.provide("chromiumPath", chromiumPath)
  return stack.stop
}
