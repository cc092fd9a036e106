import type { ReactNode } from "react"
import { SectionMessages } from "@/modules/common/components/section-messages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The after-sale forms (ship, deliver, cancel, receive, refund) also read the `cooperativeAfterSale` strings. */
export default function CooperativeAfterSaleLayout({ children, params }: Props) {
  return (
    <SectionMessages params={params} namespaces={["portal", "cooperativeAfterSale"]}>
      {children}
    </SectionMessages>
  )
}
