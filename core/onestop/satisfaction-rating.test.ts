import { describe, expect, it } from 'vitest';
import {
  countSatisfaction,
  isSatisfactionRating,
  isSatisfiedRating,
  satisfactionRatingLabelsVi,
} from './satisfaction-rating';

// 5-point scale, "satisfied or very satisfied" share: vn-regulations.md §5, plan T05c.
describe('satisfaction ratings', () => {
  it('labels 5 "Rất hài lòng" down to 1 "Rất không hài lòng"', () => {
    expect(satisfactionRatingLabelsVi[5]).toBe('Rất hài lòng');
    expect(satisfactionRatingLabelsVi[4]).toBe('Hài lòng');
    expect(satisfactionRatingLabelsVi[3]).toBe('Bình thường');
    expect(satisfactionRatingLabelsVi[2]).toBe('Không hài lòng');
    expect(satisfactionRatingLabelsVi[1]).toBe('Rất không hài lòng');
  });

  it('counts 4 and 5 as satisfied and a neutral 3 as not', () => {
    expect(isSatisfiedRating(4)).toBe(true);
    expect(isSatisfiedRating(5)).toBe(true);
    expect(isSatisfiedRating(3)).toBe(false);
  });

  it('accepts only the integers 1 to 5', () => {
    expect(isSatisfactionRating(1)).toBe(true);
    expect(isSatisfactionRating(0)).toBe(false);
    expect(isSatisfactionRating(4.5)).toBe(false);
    expect(isSatisfactionRating('5')).toBe(false);
  });

  it('counts satisfied and all ratings, neutral ones in the total', () => {
    expect(countSatisfaction([5, 4, 3, 1])).toEqual({ satisfied: 2, rated: 4 });
    expect(countSatisfaction([])).toEqual({ satisfied: 0, rated: 0 });
  });
});
