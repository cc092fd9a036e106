/** Basis points in a whole: 10000 bps = 100 %. */
const WHOLE_BPS = 10_000n

/**
 * The platform fee on a net amount: net × bps / 10000 rounded half away from zero (half up for a sale; a negative net,
 * which only a correction could give, mirrors it). BigInt, so net × bps never loses precision.
 */
export function feeOf(netFen: number, bps: number): number {
  const magnitude = BigInt(Math.abs(netFen)) * BigInt(bps)
  const rounded = (magnitude * 2n + WHOLE_BPS) / (WHOLE_BPS * 2n)
  return Number(rounded) * (netFen < 0 ? -1 : 1)
}

/**
 * The fee of each event of one order line, in order (sale, then its refunds or cancellation): each carries the
 * difference the event makes to the fee of the line's net so far, so the fees always sum to feeOf(line's net) and a
 * refund gives back exactly the fee its amount took.
 */
export function eventFees(amountsFen: readonly number[], bps: number): number[] {
  let net = 0
  return amountsFen.map((amount) => {
    const before = feeOf(net, bps)
    net += amount
    return feeOf(net, bps) - before
  })
}
