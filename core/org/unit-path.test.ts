import { describe, expect, it } from 'vitest';
import { buildUnitPath, isPathWithin, levelOfPath } from './unit-path';

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
