"use client"

import { useMemo } from "react"
import { useBackend } from "@/lib/backend-context"
import { fetchCartHolds } from "@/lib/data/live"
import { holdsByVariant } from "@/lib/view/live-hold"
import type { HeldLineView } from "@/lib/view/live"
import { LiveHoldCountdown } from "@/modules/cart/components/live-hold-countdown"
import type { LiveHoldsState } from "@/modules/cart/hooks/use-live-holds"
import { useFetched } from "@/modules/common/hooks/use-fetched"
import { ProductImage } from "@/modules/common/components/product-image"

/** A held line as the server worded it: the client part only counts down. */
export type HeldLineText = HeldLineView & { each: string; line: string }

/**
 * The units a cart link's click holds for the shopper (库存预扣), each counting down by the server's clock. The holds
 * are read from the browser under the shopper's hold token (as a cart's are under its id), so the clock offset is
 * timed here; when a hold ends its units went back, and the read is made again.
 */
export function HeldLines({ token, lines }: { token: string; lines: HeldLineText[] }) {
  const backend = useBackend()
  const { data, reload } = useFetched(backend ? token : null, (signal) => fetchCartHolds(backend!, token, signal))
  const holds = useMemo<LiveHoldsState | null>(
    () => (data ? { byVariant: holdsByVariant(data.holds), offsetMs: data.offsetMs, fresh: true } : null),
    [data],
  )
  return (
    <ul className="live-held__lines">
      {lines.map((line) => (
        <li key={line.id} className="live-held__line">
          {line.thumbnail && (
            <ProductImage
              src={line.thumbnail}
              alt={line.title}
              width={120}
              height={120}
              sizes="72px"
              className="live-held__image"
            />
          )}
          <div className="live-held__text">
            <p className="live-held__title">
              {line.title} · {line.variantTitle}
            </p>
            <p className="live-held__each">{line.each}</p>
            <LiveHoldCountdown
              holds={holds}
              onEnded={reload}
              variantId={line.variantId}
              title={`${line.title} ${line.variantTitle}`}
              livePriced
            />
          </div>
          <strong className="live-held__line-total">{line.line}</strong>
        </li>
      ))}
    </ul>
  )
}
