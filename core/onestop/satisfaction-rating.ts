/**
 * A citizen's rating of one dossier on a 5-point scale (vn-regulations.md §5: answers on a
 * 5-point scale). "Satisfied" means satisfied or very satisfied, the share the plan's
 * "sự hài lòng … từ 91 % trở lên" counts (KH 513/KH-UBND T05c; vn-regulations.md §5).
 * A neutral 3 is not satisfied.
 */
export const satisfactionRatings = [5, 4, 3, 2, 1] as const;
export type SatisfactionRating = (typeof satisfactionRatings)[number];

export const satisfactionRatingLabelsVi: Record<SatisfactionRating, string> = {
  5: 'Rất hài lòng',
  4: 'Hài lòng',
  3: 'Bình thường',
  2: 'Không hài lòng',
  1: 'Rất không hài lòng',
};

export function isSatisfactionRating(value: unknown): value is SatisfactionRating {
  return satisfactionRatings.some((rating) => rating === value);
}

export function isSatisfiedRating(rating: SatisfactionRating): boolean {
  return rating >= 4;
}

/** Counts for `computeSatisfactionRate` in core/kpi: satisfied ratings and all ratings given. */
export function countSatisfaction(ratings: readonly SatisfactionRating[]): {
  satisfied: number;
  rated: number;
} {
  return { satisfied: ratings.filter(isSatisfiedRating).length, rated: ratings.length };
}
