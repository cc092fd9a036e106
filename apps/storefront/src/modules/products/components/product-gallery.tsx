import { useTranslations } from "next-intl"
import { ProductImage } from "@/modules/common/components/product-image"

/**
 * The product's images: one large, and when there are several a row of thumbnails that swap it. The thumbnails are a
 * radio group (Tab reaches it, arrow keys choose; a screen reader hears which image is shown) and the swap is CSS
 * (catalog.css, `.product-gallery`), so the gallery works without script and sends the browser no code: the pictures
 * and their srcsets are rendered here, on the server. The large pictures not shown are lazy and hidden, so the browser
 * fetches one only when it is chosen.
 */
export function ProductGallery({ title, images }: { title: string; images: string[] }) {
  const t = useTranslations("product")
  if (images.length === 0) return null
  const alt = (index: number) =>
    images.length > 1 ? t("imageAlt", { title, index: index + 1, count: images.length }) : t("thumbnailAlt", { title })
  return (
    <div className="product-gallery">
      <div className="product-gallery__large">
        {images.map((src, index) => (
          // The page's largest picture: the first one preloaded, at half the page from 48rem (two columns) up.
          <ProductImage
            key={src}
            src={src}
            alt={alt(index)}
            width={720}
            height={720}
            sizes="(min-width: 72rem) 36rem, (min-width: 48rem) 50vw, 100vw"
            preload={index === 0}
            fetchPriority="high"
            className="product__image"
          />
        ))}
      </div>
      {images.length > 1 && (
        <div role="radiogroup" aria-label={t("gallery")} className="product-gallery__thumbs">
          {images.map((src, index) => (
            <label key={src} className="product-gallery__thumb">
              <input
                type="radio"
                name="product-gallery"
                defaultChecked={index === 0}
                aria-label={t("showImage", { index: index + 1, count: images.length })}
                className="visually-hidden"
              />
              <ProductImage src={src} alt="" width={64} height={64} sizes="64px" />
            </label>
          ))}
        </div>
      )}
    </div>
  )
}
