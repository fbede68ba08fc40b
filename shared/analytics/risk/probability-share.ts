/**
 * A probability rating (1 … matrix size) as a share for EMV. Each rating stands for an equal band
 * of likelihood, ((r − 1)/n, r/n], and is read at the band's midpoint, (2r − 1)/(2n): on the 5×5
 * matrix 1→10 %, 2→30 %, 3→50 %, 4→70 %, 5→90 %; on 3×3 about 17 %, 50 %, 83 %. Ratings outside
 * 1 … n are clamped.
 */
export function probabilityShare(rating: number, matrixSize: number): number {
  const clamped = Math.min(Math.max(Math.round(rating), 1), matrixSize);
  return (2 * clamped - 1) / (2 * matrixSize);
}
