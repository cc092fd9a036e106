import { resolveLocale } from "@/i18n/resolve-locale"
import { HostSignUpTemplate } from "@/modules/host/templates/host-sign-up-template"

type Props = { params: Promise<{ locale: string }> }

export default async function HostRegisterPage({ params }: Props) {
  await resolveLocale(params)
  return <HostSignUpTemplate />
}
