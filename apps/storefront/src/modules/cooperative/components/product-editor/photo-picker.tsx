"use client"
// The product's photos: upload (several at once, each with its progress), reorder, remove, with previews. The order
// is sent with the form as hidden `image.N` fields; the first photo is the cover (the product's thumbnail).
import { useTranslations } from "next-intl"
import { useState, type ChangeEvent } from "react"
import { ProductImage } from "@/modules/common/components/product-image"
import styles from "./editor.module.css"
import { MAX_PHOTOS } from "./product-form"
import { PHOTO_RULES, photoProblem } from "./photo-upload"
import { sendPhoto } from "./send-photo"

type Upload = { id: number; name: string; percent: number }
const MB = PHOTO_RULES.max_bytes / 1024 / 1024

export function PhotoPicker({ initial, error }: { initial: string[]; error: string | null }) {
  const t = useTranslations("productEditor")
  const [photos, setPhotos] = useState(initial)
  const [uploads, setUploads] = useState<Upload[]>([])
  const [problems, setProblems] = useState<string[]>([])
  const [done, setDone] = useState<string | null>(null)

  const move = (from: number, to: number) =>
    setPhotos((list) => {
      const next = [...list]
      const [photo] = next.splice(from, 1)
      next.splice(to, 0, photo!)
      return next
    })

  async function upload(file: File, id: number) {
    const problem = photoProblem(file)
    if (problem) return setProblems((p) => [...p, t(`uploadErrors.${problem}`, { name: file.name, mb: MB })])
    setUploads((u) => [...u, { id, name: file.name, percent: 0 }])
    const answer = await sendPhoto(file, (percent) =>
      setUploads((u) => u.map((x) => (x.id === id ? { ...x, percent } : x))),
    )
    setUploads((u) => u.filter((x) => x.id !== id))
    if ("file" in answer) {
      setPhotos((list) => [...list, answer.file.url])
      return setDone(t("uploaded", { name: file.name }))
    }
    const detail = answer.message
    setProblems((p) => [...p, t(`uploadErrors.${answer.error}`, { name: file.name, mb: MB, detail })])
  }

  function onChoose(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? [])
    event.target.value = ""
    setProblems([])
    setDone(null)
    const room = MAX_PHOTOS - photos.length - uploads.length
    if (files.length > room) setProblems([t("uploadErrors.tooMany", { max: MAX_PHOTOS })])
    files.slice(0, Math.max(room, 0)).forEach((file, i) => void upload(file, Date.now() + i))
  }

  return (
    <fieldset className={`portal-fieldset ${styles.section}`} aria-describedby="photos-hint">
      <legend>{t("photos")}</legend>
      {photos.length > 0 && (
        <ol className={`plain-list ${styles.photos}`}>
          {photos.map((url, i) => (
            <li key={url} className={styles.photo}>
              <input type="hidden" name={`image.${i}`} value={url} />
              <ProductImage src={url} alt={t("photoAlt", { n: i + 1 })} width={240} height={240} sizes="120px" />
              {i === 0 && <span className={styles.cover}>{t("cover")}</span>}
              <div className={styles.photoButtons}>
                <button type="button" className={styles.iconButton} disabled={i === 0} onClick={() => move(i, i - 1)}>
                  <span aria-hidden="true">←</span>
                  <span className="visually-hidden">{t("moveUp", { n: i + 1 })}</span>
                </button>
                <button
                  type="button"
                  className={styles.iconButton}
                  disabled={i === photos.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{t("moveDown", { n: i + 1 })}</span>
                </button>
                <button
                  type="button"
                  className={styles.iconButton}
                  onClick={() => setPhotos((list) => list.filter((_, j) => j !== i))}
                >
                  <span aria-hidden="true">×</span>
                  <span className="visually-hidden">{t("removePhoto", { n: i + 1 })}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {/* The label is the visible button (in the portal's language, unlike a native file input's own text). */}
      <div className="field">
        <input
          id="photo-input"
          type="file"
          accept={PHOTO_RULES.mime_types.join(",")}
          multiple
          className={`visually-hidden ${styles.fileInput}`}
          aria-describedby={error ? "photos-hint photos-error" : "photos-hint"}
          aria-invalid={error ? true : undefined}
          onChange={onChoose}
        />
        <label htmlFor="photo-input" className={`button button--secondary ${styles.fileButton}`}>
          {t("addPhoto")}
        </label>
        <p id="photos-hint" className="field__hint">
          {t("photoHint", { mb: MB, max: MAX_PHOTOS })}
        </p>
        {error && (
          <p id="photos-error" className="field__error">
            {error}
          </p>
        )}
      </div>
      <div role="status" className={styles.progress}>
        {uploads.map((u) => (
          <p key={u.id}>
            <label>
              {t("uploading", { name: u.name, percent: u.percent })}
              <progress max={100} value={u.percent} />
            </label>
          </p>
        ))}
        {!uploads.length && done}
      </div>
      <div role="alert">
        {problems.map((p) => (
          <p key={p} className="form-error">
            {p}
          </p>
        ))}
      </div>
    </fieldset>
  )
}
