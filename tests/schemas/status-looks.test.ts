import { describe, expect, test } from 'vitest';
import { STATUS_CSS, STATUS_ICON_SVG, STATUS_LOOKS } from '../../src/schemas/status-looks.ts';
import { STATUS_IDS, STATUSES } from '../../src/schemas/status.ts';
import { contrast, globalColours, schemes } from '../styles/contrast.ts';

/** The status colours as the pages get them: read from the CSS the layout puts in each page's head. */
const statusColours = schemes(STATUS_CSS.replace(/@media print\{.*$/m, ''));

describe('STATUS_CSS', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`gives every status a colour of its own in the ${scheme} scheme`, () => {
      const colours = STATUS_IDS.map((status) => statusColours[scheme][`status-${status}`]);
      for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(new Set(colours).size).toBe(STATUS_IDS.length);
    });

    test(`returns WCAG AA contrast for every status on the page and on its surface in the ${scheme} scheme`, () => {
      const page = globalColours[scheme];
      const failures = STATUS_IDS.flatMap((status) =>
        (['bg', 'surface'] as const).map((background) => {
          const ratio = contrast(statusColours[scheme][`status-${status}`]!, page[background]!);
          return ratio < 4.5 ? `--status-${status} on --${background}: ${ratio.toFixed(2)}` : undefined;
        }),
      ).filter(Boolean);
      expect(failures).toEqual([]);
    });
  }

  test('sets --status-color for the class of each status', () => {
    for (const status of STATUS_IDS) expect(STATUS_CSS).toContain(`.status-${status}{--status-color:var(--status-${status});--status-icon:url("data:image/svg+xml,`);
  });
});

describe('STATUS_ICON_SVG', () => {
  test('returns a decorative icon of its own for every status', () => {
    const icons = STATUS_IDS.map((status) => STATUS_ICON_SVG[status]);
    expect(new Set(icons).size).toBe(STATUS_IDS.length);
    for (const icon of icons) {
      expect(icon).toMatch(/^<svg class="status-icon"[^>]* aria-hidden="true"[^>]*>.+<\/svg>$/);
    }
  });
});

describe('STATUS_LOOKS', () => {
  test('returns the word of the vocabulary for every status', () => {
    for (const status of STATUS_IDS) expect(STATUS_LOOKS[status].word).toBe(STATUSES[status].label);
  });
});
