// Every path ARCHITECTURE.md names must exist: the map's tree (nested names join their parent) and every
// backticked path in the prose. Placeholders (`<feature>`) stop a path at the folder before them.
import { existsSync } from "node:fs"
import path from "node:path"

const ROOTS = ["apps/", "packages/", "bench/", "scripts/", ".ci/", "docker-compose.yml"]
// Prose names backend or storefront files from inside their app; try each app's folder.
const APP_RELATIVE = ["src/", "integration-tests/", "scripts/"]
const APPS = ["apps/backend", "apps/storefront", "apps/e2e"]

/** The repo-relative paths the document names, each with the line it is on. */
export function namedPaths(markdown: string): { path: string; line: number; candidates: string[] }[] {
  const found: { path: string; line: number; candidates: string[] }[] = []
  const lines = markdown.split("\n")
  let inBlock = false
  let top = ""
  lines.forEach((text, index) => {
    const line = index + 1
    if (text.startsWith("```")) {
      inBlock = !inBlock
      top = ""
      return
    }
    if (inBlock) {
      const head = /^([A-Za-z0-9_.\-/[\]]+)(?:,\s*([A-Za-z0-9_.\-/[\]]+))?\s/.exec(`${text} `)
      if (head && !text.startsWith(" ")) {
        top = ROOTS.some((root) => head[1]!.startsWith(root)) ? trimPath(head[1]!) : ""
        if (top) found.push({ path: top, line, candidates: [top] })
        for (const extra of [head[1], head[2]]) {
          if (extra && !ROOTS.some((root) => extra.startsWith(root)) && /\.(json|ts|md|yml)$/.test(extra)) {
            found.push({ path: extra, line, candidates: [extra] })
          }
        }
        return
      }
      const nested = /^ {2,3}([A-Za-z0-9_.\-[\]]+(?:\/[A-Za-z0-9_.\-/[\]<>*]*)?)/.exec(text)
      if (top && nested && /[/.]/.test(nested[1]!)) {
        const joined = trimPath(`${top}/${nested[1]}`)
        found.push({ path: joined, line, candidates: [joined] })
      }
      return
    }
    for (const match of text.matchAll(/`([^`\s]+)`/g)) {
      const token = match[1]!
      if (APP_RELATIVE.some((prefix) => token.startsWith(prefix)) && /[/]/.test(token)) {
        const p = trimPath(token)
        found.push({ path: p, line, candidates: APPS.map((app) => `${app}/${p}`).concat(p) })
      } else if (ROOTS.some((root) => token.startsWith(root))) {
        const p = trimPath(token)
        found.push({ path: p, line, candidates: [p] })
      }
    }
  })
  return found
}

/** Cuts a named path at its first placeholder or glob and drops a trailing slash or `:line`. */
function trimPath(raw: string): string {
  const cut = raw.split(/[<*{]/)[0]!.replace(/:\d+$/, "")
  return cut.replace(/\/[^/]*$/, (last) => (raw.length > cut.length ? "" : last)).replace(/\/+$/, "")
}

/** The named paths that do not exist under `root`. */
export function missingPaths(markdown: string, root: string): { path: string; line: number }[] {
  return namedPaths(markdown)
    .filter((named) => named.path !== "" && !named.candidates.some((c) => existsSync(path.join(root, c))))
    .map(({ path: p, line }) => ({ path: p, line }))
}
