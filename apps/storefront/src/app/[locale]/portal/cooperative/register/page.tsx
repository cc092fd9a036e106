import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/resolve-locale"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { CooperativeSignUpPage } from "@/modules/cooperative-signup/templates/sign-up-page"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "cooperativeSignUp" })
  return { title: t("title"), robots: { index: false } }
}

/** Reached without a session (the console layout only passes strings); the form's client parts get their own. */
export default function Page({ params }: Props) {
  return (
    <SectionMessages params={params} namespaces={["cooperativeSignUp", "checkout"]}>
      <CooperativeSignUpPage />
    </SectionMessages>
  )
}
