"use client"

import { useTranslations } from "next-intl"
import { useEffect } from "react"

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("error")
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <section className="notice" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t("title")}</h1>
      <p>{t("body")}</p>
      <button type="button" className="button" onClick={() => retry()}>
        {t("retry")}
      </button>
    </section>
  )
}
