import { ForgotPasswordPage, passwordResetMetadata } from "@/modules/password-reset/templates/password-reset-page"

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = passwordResetMetadata("requestTitle")

export default function Page({ params }: Props) {
  return <ForgotPasswordPage actor="host" params={params} />
}
