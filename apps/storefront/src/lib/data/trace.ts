import { TraceResponseSchema } from "@fengshou/store-contract"
import { FetchError } from "@medusajs/js-sdk"
import type { Locale } from "@/i18n/routing"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { storeGet } from "@/lib/medusa"
import { normalizeTraceCode, toTraceView, type TraceView } from "@/lib/view/trace"
import { fromBackend } from "./parse-contract"

/** The provenance behind a trace code (一物一码); null when the code is malformed or unknown. */
export async function getTrace(rawCode: string, locale: Locale): Promise<TraceView | null> {
  // A code that cannot exist is not worth a request.
  const code = normalizeTraceCode(rawCode)
  if (!code) return null
  try {
    const body = await storeGet<unknown>(`/store/trace/${code}`, { tags: [CACHE_TAGS.traces] })
    return toTraceView(fromBackend(TraceResponseSchema, body, "GET /store/trace/:code").trace, locale)
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}
