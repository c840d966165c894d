import { describe, expect, it } from 'vitest';
import { buildUnitPath, findCommonAncestorPath, isPathWithin, levelOfPath } from './unit-path';

describe('unit paths', () => {
  it('builds the root path from no parent', () => {
    expect(buildUnitPath(null, 1)).toBe('/1/');
  });

  it('places a child under its parent', () => {
    expect(buildUnitPath('/1/24/', 301)).toBe('/1/24/301/');
  });

  it('counts the province as level 0 and a commune as level 2', () => {
    expect(levelOfPath('/1/')).toBe(0);
    expect(levelOfPath('/1/24/301/')).toBe(2);
  });

  it('does not treat unit 2 as inside unit 24 although the digits share a prefix', () => {
    expect(isPathWithin('/1/24/', '/1/2/')).toBe(false);
    expect(isPathWithin('/1/24/301/', '/1/24/')).toBe(true);
  });
});

describe('common ancestor of unit paths', () => {
  it('finds the district of two of its communes', () => {
    expect(findCommonAncestorPath(['/1/24/301/', '/1/24/305/'])).toBe('/1/24/');
  });

  it('finds the province for a department and a commune, and the unit itself for one path', () => {
    expect(findCommonAncestorPath(['/1/3/', '/1/24/301/'])).toBe('/1/');
    expect(findCommonAncestorPath(['/1/24/301/'])).toBe('/1/24/301/');
  });

  it('does not confuse unit 2 with unit 24 and answers null for no paths', () => {
    expect(findCommonAncestorPath(['/1/2/', '/1/24/'])).toBe('/1/');
    expect(findCommonAncestorPath([])).toBeNull();
  });
});
