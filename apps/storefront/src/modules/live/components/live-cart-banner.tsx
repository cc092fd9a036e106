"use client"

import { useMutation, useQuery } from "@tanstack/react-query"
import { useTranslations } from "next-intl"
import { useBackend } from "@/lib/backend-context"
import { fetchLiveSession, LIVE_SESSION_KEY } from "@/lib/data/live"
import { Link, useRouter } from "@/i18n/navigation"
import { useCart, useCartStore } from "@/modules/cart/hooks/use-cart"
import { continueAtShelfPrice } from "../actions"

/**
 * On the cart and checkout pages of a cart stamped by a live session: where it came from, with a link to the session's
 * shelf. Once the session has ended its live prices no longer apply, so the shopper may carry on at the shelf price.
 */
export function LiveCartBanner() {
  const t = useTranslations("cart.live")
  const backend = useBackend()
  const router = useRouter()
  const store = useCartStore()
  const { cart } = useCart()
  const sessionId = cart?.liveSessionId ?? null
  const { data: session } = useQuery({
    queryKey: [...LIVE_SESSION_KEY, sessionId],
    queryFn: ({ signal }) => fetchLiveSession(backend!, sessionId!, { signal }),
    enabled: Boolean(sessionId && backend),
    staleTime: 30_000,
  })
  const detach = useMutation({
    mutationFn: continueAtShelfPrice,
    onSuccess: (result) => {
      if (!result.ok) return
      store.set(result.cart)
      // The checkout's steps and totals are read on the server.
      router.refresh()
    },
  })
  if (!sessionId) return null
  const ended = session?.status === "ended"
  return (
    <aside className={ended ? "live-banner live-banner--ended" : "live-banner"} aria-label={t("label")}>
      <Link href={`/live/${encodeURIComponent(sessionId)}`} className="live-banner__link">
        {session ? t("from", { title: session.title, host: session.host.name }) : t("fromUnknown")}
      </Link>
      {ended && (
        <div className="live-banner__ended">
          <p>{t("ended")}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={detach.isPending}
            onClick={() => detach.mutate()}
          >
            {detach.isPending ? t("continuing") : t("continue")}
          </button>
          {(detach.data?.ok === false || detach.isError) && (
            <p role="alert" className="form-error">
              {t("failed")}
            </p>
          )}
        </div>
      )}
    </aside>
  )
}
