import { existsSync } from "node:fs"
import { chromium, type Browser } from "playwright-core"

const DEBIAN_CHROMIUM = "/usr/bin/chromium"

/** CHROME_PATH, else Debian's chromium, else a browser Playwright itself installed; null when none. */
export function findChromium(chromePath: string | undefined): string | null {
  if (chromePath) return existsSync(chromePath) ? chromePath : null
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  try {
    const own = chromium.executablePath()
    return own && existsSync(own) ? own : null
  } catch {
    return null
  }
}

export const NO_BROWSER_MESSAGE =
  "No Chromium found: run `apt-get install -y chromium` (or set CHROME_PATH to a Chrome/Chromium binary)."

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    // As root (CI) Chromium needs --no-sandbox; the rest keep it off the closed network.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}
