import { getImageProps, type ImageProps } from "next/image"
import { preload as preloadResource } from "react-dom"

/** A vector image gains nothing from resizing; the demo seed's product pictures are SVG. */
export const isSvgUrl = (src: string) => /\.svg(?:[?#]|$)/i.test(src)

/**
 * A product photo through Next's optimizer (resized to the widths `sizes` asks for, served as WebP/AVIF). SVGs are
 * passed through as they are (`unoptimized`) instead of `dangerouslyAllowSVG`: the optimizer would serve them from
 * our own origin, where a hostile SVG's script could run, and only the seed's own pictures are SVG (uploads accept
 * JPEG, PNG and WebP). The browser then loads them from the backend, which the CSP's img-src allows.
 *
 * A plain <img> with the props `getImageProps` computes (srcset, sizes, width and height so nothing shifts, lazy
 * unless asked), not the `next/image` component: that one is a client component, and would bring its code into the
 * browser for every page with a photo, to hydrate pictures that never change. `preload` adds the page's
 * <link rel="preload"> for its largest picture, as `next/image` does.
 */
export function ProductImage({
  src,
  preload = false,
  ...props
}: Omit<ImageProps, "unoptimized" | "src" | "priority"> & { src: string }) {
  const { props: img } = getImageProps({ src, unoptimized: isSvgUrl(src), preload, ...props })
  if (preload && img.src)
    preloadResource(img.src, {
      as: "image",
      imageSrcSet: img.srcSet,
      imageSizes: img.sizes,
      fetchPriority: props.fetchPriority ?? "high",
    })
  // getImageProps passes `alt` through: every caller gives one (alt="" where the picture is decorative).
  return <img {...img} />
}
