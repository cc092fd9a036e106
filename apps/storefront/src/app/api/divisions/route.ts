// One level of the province → city → district cascade at a time (?parent=23 → cities of 黑龙江), so the browser
// never downloads the whole tree. The data only changes with the package, so browsers may keep it a day.
import { childrenOf } from "@/lib/divisions/cascade"
import { DIVISIONS } from "@/lib/divisions/data"

export async function GET(request: Request): Promise<Response> {
  const parent = new URL(request.url).searchParams.get("parent")
  if (parent !== null && !/^(\d{2}|\d{4})$/.test(parent)) {
    return Response.json({ error: "parent must be a 2-digit province or 4-digit city code" }, { status: 400 })
  }
  return Response.json(
    { divisions: childrenOf(DIVISIONS, parent) },
    { headers: { "cache-control": "public, max-age=86400, stale-while-revalidate=604800" } },
  )
}
