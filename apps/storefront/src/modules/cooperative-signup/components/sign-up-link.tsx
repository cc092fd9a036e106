import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** Under the cooperative login: the way in for a cooperative with no account yet. */
export async function SignUpLink() {
  const t = await getTranslations("cooperativeSignUp")
  return (
    <p>
      <Link href="/portal/cooperative/register">{t("loginLink")}</Link>
    </p>
  )
}
