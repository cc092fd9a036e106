import { passwordResetMetadata, ResetPasswordPage } from "@/modules/password-reset/templates/password-reset-page"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = passwordResetMetadata("resetTitle")

export default function Page({ params, searchParams }: Props) {
  return <ResetPasswordPage actor="official" params={params} searchParams={searchParams} />
}
