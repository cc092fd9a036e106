"use client"
import { useEffect, useRef } from "react"
import { returnedPayment, type ReturnedPayment } from "./stripe-payment"

/**
 * Calls `onReturn` once with what the payment provider's return parameters say (null when there are none: the page
 * was reloaded or opened directly), and drops them from the address so a reload does not act on them again.
 */
export function usePaymentReturn(onReturn: (returned: ReturnedPayment | null) => void) {
  const handled = useRef(false)
  useEffect(() => {
    if (handled.current) return
    handled.current = true
    const returned = returnedPayment(window.location.search)
    if (returned) window.history.replaceState(window.history.state, "", window.location.pathname)
    onReturn(returned)
  }, [onReturn])
}
