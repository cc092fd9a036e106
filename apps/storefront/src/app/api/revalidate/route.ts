// The backend calls this after catalog writes so cached pages pick up the change on their next visit.
import { createHash, timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { z } from "zod"
import { getEnv } from "@/env"
import { isCacheTag } from "@/lib/cache-tags"

const bodySchema = z.object({
  tags: z
    .array(z.string().refine(isCacheTag, { error: (issue) => `unknown cache tag ${JSON.stringify(issue.input)}` }))
    .min(1, "list at least one tag")
    .max(100, "send at most 100 tags at a time"),
})

function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false
  // Hashing first gives equal-length buffers, so the comparison time says nothing about the secret.
  const digest = (value: string) => createHash("sha256").update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

const error = (status: number, message: string) => Response.json({ error: message }, { status })

export async function POST(request: Request): Promise<Response> {
  const secret = getEnv().REVALIDATE_SECRET
  if (!secret) return error(503, "revalidation disabled: REVALIDATE_SECRET is not set")
  if (!sameSecret(request.headers.get("x-revalidate-secret"), secret)) {
    return error(401, "missing or wrong x-revalidate-secret header")
  }

  let body: unknown
  try {
    body = await request.json()
  } catch {
    return error(400, 'body must be JSON like {"tags":["products"]}')
  }
  const parsed = bodySchema.safeParse(body)
  if (!parsed.success) return error(400, z.prettifyError(parsed.error))

  // Expire at once: the caller has just changed the data, so nobody should be served the old copy.
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: parsed.data.tags })
}
