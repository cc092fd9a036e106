import type { ReactNode } from "react"
import { CHECKOUT_NAMESPACES } from "@/lib/client-messages"
import { SectionMessages } from "@/modules/common/components/section-messages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** Checkout's and the account's forms get their strings here; the shop's layout sends every page only its own. */
export default function CheckoutLayout({ children, params }: Props) {
  return (
    <SectionMessages params={params} namespaces={[...CHECKOUT_NAMESPACES]}>
      {children}
    </SectionMessages>
  )
}
