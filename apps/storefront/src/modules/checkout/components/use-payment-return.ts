"use client"
import { useEffect, useRef } from "react"
import { returnedPayment, type ReturnedPayment } from "./stripe-payment"

/**
 * Calls `onReturn` once when the page was opened by a return from the payment provider (a redirect-based method),
 * and drops the provider's parameters from the address so a reload does not act on them again.
 */
export function usePaymentReturn(onReturn: (returned: ReturnedPayment) => void) {
  const handled = useRef(false)
  useEffect(() => {
    if (handled.current) return
    handled.current = true
    const returned = returnedPayment(window.location.search)
    if (!returned) return
    window.history.replaceState(window.history.state, "", window.location.pathname)
    onReturn(returned)
  }, [onReturn])
}
