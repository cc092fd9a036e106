/** The one product option of a cooperative's product: its sizes (by weight), one variant per value. */
export const SIZE_OPTION = "规格"
