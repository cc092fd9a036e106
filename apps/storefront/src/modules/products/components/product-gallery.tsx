"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { ProductImage } from "@/modules/common/components/product-image"

/**
 * The product's images: one large, and when there are several a row of thumbnail buttons that swap it. Buttons keep
 * it keyboard-usable (Tab, Enter/Space); aria-pressed tells a screen reader which image is shown.
 */
export function ProductGallery({ title, images }: { title: string; images: string[] }) {
  const t = useTranslations("product")
  const [selected, setSelected] = useState(0)
  const current = images[selected] ?? images[0]
  if (!current) return null
  const alt = (index: number) =>
    images.length > 1 ? t("imageAlt", { title, index: index + 1, count: images.length }) : t("thumbnailAlt", { title })
  return (
    <div className="product-gallery">
      {/* The page's largest picture: preloaded, at half the page from 48rem (the layout's two columns) up. */}
      <ProductImage
        src={current}
        alt={alt(selected)}
        width={720}
        height={720}
        sizes="(min-width: 72rem) 36rem, (min-width: 48rem) 50vw, 100vw"
        preload={selected === 0}
        fetchPriority="high"
        className="product__image"
      />
      {images.length > 1 && (
        <ul className="product-gallery__thumbs" aria-label={t("gallery")}>
          {images.map((url, index) => (
            <li key={url}>
              <button
                type="button"
                className="product-gallery__thumb"
                aria-pressed={index === selected}
                aria-label={t("showImage", { index: index + 1, count: images.length })}
                onClick={() => setSelected(index)}
              >
                <ProductImage src={url} alt="" width={64} height={64} sizes="64px" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
