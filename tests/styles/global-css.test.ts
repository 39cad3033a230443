/**
 * WCAG AA contrast of every colour pair the stylesheet uses, in the light and the dark scheme: 4.5:1 for
 * text, 3:1 for focus outlines and form control borders (WCAG 2.1, 1.4.3 and 1.4.11).
 */
import { describe, expect, test } from 'vitest';
import { contrast, globalColours } from './contrast.ts';

const { light, dark } = globalColours;

const TEXT = ['text', 'muted', 'accent'];
const BACKGROUNDS = ['bg', 'surface'];
const pairs: [string, string, number][] = [
  ...TEXT.flatMap((fg) => BACKGROUNDS.map((bg): [string, string, number] => [fg, bg, 4.5])),
  ['mark-text', 'mark-bg', 4.5],
  ['bg', 'text', 4.5],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
  ['rule-strong', 'bg', 3],
];

describe('global.css colours', () => {
  test('returns a value for every colour in both schemes', () => {
    for (const name of [...TEXT, ...BACKGROUNDS, 'mark-text', 'mark-bg', 'focus', 'rule-strong']) {
      expect(light[name], `light --${name}`).toMatch(/^#[0-9a-f]{6}$/);
      expect(dark[name], `dark --${name}`).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(dark.bg).not.toBe(light.bg);
  });

  for (const [scheme, colours] of [['light', light], ['dark', dark]] as const) {
    test(`returns WCAG AA contrast for every pair in the ${scheme} scheme`, () => {
      const failures = pairs
        .map(([fg, bg, min]) => ({ pair: `--${fg} on --${bg}`, ratio: contrast(colours[fg]!, colours[bg]!), min }))
        .filter(({ ratio, min }) => ratio < min)
        .map(({ pair, ratio, min }) => `${pair}: ${ratio.toFixed(2)} < ${min}`);
      expect(failures).toEqual([]);
    });
  }
});

describe('contrast', () => {
  test('returns 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767066', '#767066')).toBe(1);
  });
});
