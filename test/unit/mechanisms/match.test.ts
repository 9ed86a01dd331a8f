// Each customer's fit with each firm and its freedom of choice (match.ts), drawn once from the
// stateless hash of (customer, firm, population key) (MODEL.md §1, §2 step 4: L = O · f(S)):
// fit is uniform on ±127 steps of matchSpread / 127, freedom uniform on 0–255; fitOf reads a
// customer's fit with firm k in quality points.
import { beforeEach, describe, expect, it } from 'vitest';
import { FIT_STEPS, fitOf, initializeMatches } from '../../../src/model/match.ts';
import { allocatePopulation, type Population } from '../../../src/model/population.ts';
import { hashUniform } from '../../../src/model/rng.ts';

const KEY = 0x1234abcd;

describe('the matches of a population', () => {
  let pop: Population;
  beforeEach(() => {
    pop = allocatePopulation(5, 3);
    initializeMatches(pop, KEY);
  });
  it('gives customer i a fit with firm k of round(127 · (2u − 1)), u the hash of (i, k, key)', () => {
    expect(FIT_STEPS).toBe(127);
    for (let i = 0; i < 5; i++) for (let k = 0; k < 3; k++) expect(pop.fit[i * 3 + k]).toBe(Math.round(127 * (2 * hashUniform(i, k, KEY) - 1)));
  });
  it('gives customer i a freedom of floor(256 · u), u the hash of (i, 0x7fff, key ^ 0x5bd1e995)', () => {
    for (let i = 0; i < 5; i++) expect(pop.freedom[i]).toBe(Math.floor(256 * hashUniform(i, 0x7fff, KEY ^ 0x5bd1e995)));
  });
  it('spreads fit evenly over −127…127 and freedom over 0…255', () => {
    const many = allocatePopulation(20_000, 2);
    initializeMatches(many, 7);
    const fits = Array.from(many.fit);
    expect(Math.min(...fits)).toBe(-127);
    expect(Math.max(...fits)).toBe(127);
    // mean 0, standard deviation of the mean 127 / √3 / √40,000 ≈ 0.37
    expect(Math.abs(fits.reduce((a, x) => a + x, 0) / fits.length)).toBeLessThan(2);
    expect(fits.filter((x) => x > 63).length / fits.length).toBeCloseTo(0.25, 1);
    const free = Array.from(many.freedom);
    expect(Math.min(...free)).toBe(0);
    expect(Math.max(...free)).toBe(255);
    expect(free.reduce((a, x) => a + x, 0) / free.length).toBeCloseTo(127.5, 0);
  });
  it('draws the same matches for the same key and others for another key', () => {
    const again = allocatePopulation(5, 3);
    initializeMatches(again, KEY);
    expect(Array.from(again.fit)).toEqual(Array.from(pop.fit));
    expect(Array.from(again.freedom)).toEqual(Array.from(pop.freedom));
    initializeMatches(again, KEY + 1);
    expect(Array.from(again.fit)).not.toEqual(Array.from(pop.fit));
    expect(Array.from(again.freedom)).not.toEqual(Array.from(pop.freedom));
  });
});

describe('fitOf', () => {
  it('is fitScale × the stored steps of customer i with firm k', () => {
    const pop = allocatePopulation(3, 3);
    pop.fit.set([10, -20, 30, 40, -50, 60, 70, 80, -127]);
    expect(fitOf(pop, 0, 0, 0.01)).toBeCloseTo(0.1, 12);
    expect(fitOf(pop, 1, 1, 0.01)).toBeCloseTo(-0.5, 12);
    expect(fitOf(pop, 1, 2, 0.5)).toBeCloseTo(30, 12);
    expect(fitOf(pop, 2, 0, 2)).toBeCloseTo(140, 12);
    expect(fitOf(pop, 2, 2, 1.5 / 127)).toBeCloseTo(-1.5, 12);
  });
});
