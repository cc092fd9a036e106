import Image, { type ImageProps } from "next/image"

/** A vector image gains nothing from resizing; the demo seed's product pictures are SVG. */
export const isSvgUrl = (src: string) => /\.svg(?:[?#]|$)/i.test(src)

/**
 * A product photo through Next's optimizer (resized to the widths `sizes` asks for, served as WebP/AVIF). SVGs are
 * passed through as they are (`unoptimized`) instead of `dangerouslyAllowSVG`: the optimizer would serve them from
 * our own origin, where a hostile SVG's script could run, and only the seed's own pictures are SVG (uploads accept
 * JPEG, PNG and WebP). The browser then loads them from the backend, which the CSP's img-src allows.
 */
export function ProductImage({ src, ...props }: Omit<ImageProps, "unoptimized" | "src"> & { src: string }) {
  return <Image src={src} unoptimized={isSvgUrl(src)} {...props} />
}
