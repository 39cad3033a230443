/**
 * How each of the six statuses looks, defined once beside the vocabulary (`status.ts`): an icon drawn as
 * inline SVG, a colour for the light and one for the dark scheme, and the word (`STATUSES[status].label`).
 * Badges, the filter chips on /claims/ and the marks in article texts all take their look from here; feeds
 * and search results keep the word alone. No status is told by colour alone: each has its own icon shape and
 * is always written out, for screen readers too.
 *
 * Every colour is text on the page's background and its surface, and a filled badge puts the background
 * colour on it: each pair meets WCAG AA (4.5:1) in its scheme (tests/schemas/status-looks.test.ts).
 */
import { STATUS_IDS, STATUSES, type Status } from './status.ts';

/** One shape of an icon drawn on a 16 x 16 grid, stroked in the current colour. */
export interface IconShape {
  tag: 'path' | 'circle';
  attributes: Record<string, string>;
}

export interface StatusLook {
  /** The word readers see: `Unverified`. */
  word: string;
  /** Text colour on the light background (`#rrggbb`). */
  light: string;
  /** Text colour on the dark background (`#rrggbb`). */
  dark: string;
  /** What the icon shows, for whoever edits it. */
  iconMeaning: string;
  /** The icon's shapes. */
  icon: IconShape[];
}

const ring: IconShape = { tag: 'circle', attributes: { cx: '8', cy: '8', r: '6.25' } };
const path = (d: string): IconShape => ({ tag: 'path', attributes: { d } });

export const STATUS_LOOKS: Record<Status, StatusLook> = {
  unverified: {
    word: STATUSES.unverified.label,
    light: '#4d5866',
    dark: '#b9c3cf',
    iconMeaning: 'a question mark in a ring: not yet checked',
    icon: [ring, path('M6.1 6.3a1.95 1.95 0 1 1 2.7 1.8c-.5.25-.8.6-.8 1.15v.45'), path('M8 11.45v.05')],
  },
  disputed: {
    word: STATUSES.disputed.label,
    light: '#8a4500',
    dark: '#f2b36b',
    iconMeaning: 'two arrows pointing against each other: contradicted, unsettled',
    icon: [path('M1.75 5.5h11'), path('M10 2.75l2.75 2.75L10 8.25'), path('M14.25 10.5h-11'), path('M6 7.75L3.25 10.5 6 13.25')],
  },
  denied: {
    word: STATUSES.denied.label,
    light: '#6a3d9a',
    dark: '#cdb0f2',
    iconMeaning: 'a ring struck through: a party it concerns says no',
    icon: [ring, path('M3.6 3.6l8.8 8.8')],
  },
  corroborated: {
    word: STATUSES.corroborated.label,
    light: '#0b6470',
    dark: '#7fd3dc',
    iconMeaning: 'a tick in a broken ring: supported, not established',
    icon: [{ tag: 'circle', attributes: { cx: '8', cy: '8', r: '6.25', 'stroke-dasharray': '2.4 1.85' } }, path('M5.1 8.2l2 2 3.9-4.3')],
  },
  confirmed: {
    word: STATUSES.confirmed.label,
    light: '#1d6b2c',
    dark: '#8fd99e',
    iconMeaning: 'a tick in a whole ring: established',
    icon: [ring, path('M4.9 8.2l2.1 2.1 4.1-4.5')],
  },
  false: {
    word: STATUSES.false.label,
    light: '#a3161c',
    dark: '#ff9d9a',
    iconMeaning: 'a cross in a ring: shown to be wrong',
    icon: [ring, path('M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8')],
  },
};

/** The SVG attributes every status icon shares: decorative, since the word is always beside it. */
export const ICON_ATTRIBUTES = {
  viewBox: '0 0 16 16',
  width: '16',
  height: '16',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '1.6',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
} as const;

const attributeText = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');

/** The icon of a status as SVG markup, with `class="status-icon"`; made once per status. */
export const STATUS_ICON_SVG: Record<Status, string> = Object.fromEntries(
  STATUS_IDS.map((status) => [
    status,
    `<svg class="status-icon"${attributeText(ICON_ATTRIBUTES)}>${STATUS_LOOKS[status].icon.map((shape) => `<${shape.tag}${attributeText(shape.attributes)}/>`).join('')}</svg>`,
  ]),
) as Record<Status, string>;

/** The icon of a status as a `data:` URL, for CSS masks where markup cannot carry SVG (article texts). */
function iconDataUrl(status: Status): string {
  const svg = STATUS_ICON_SVG[status].replace('<svg class="status-icon"', '<svg xmlns="http://www.w3.org/2000/svg"').replace(/ (aria-hidden|focusable)="[^"]*"/g, '').replace('currentColor', '#000');
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/**
 * The status colours as CSS custom properties, light by default and dark under `prefers-color-scheme: dark`:
 * `--status-<id>` for each, and `.status-<id>` setting `--status-color`, which badges, chips and marks use,
 * and `--status-icon`, the icon as a mask image for the marks in article texts (whose sanitised HTML holds
 * no SVG). Served as `/status.css` (src/pages/status.css.ts) and linked from every page.
 */
export const STATUS_CSS = [
  `:root{${STATUS_IDS.map((s) => `--status-${s}:${STATUS_LOOKS[s].light}`).join(';')}}`,
  `@media (prefers-color-scheme:dark){:root{${STATUS_IDS.map((s) => `--status-${s}:${STATUS_LOOKS[s].dark}`).join(';')}}}`,
  `@media print{:root{${STATUS_IDS.map((s) => `--status-${s}:#000`).join(';')}}}`,
  ...STATUS_IDS.map((s) => `.status-${s}{--status-color:var(--status-${s});--status-icon:${iconDataUrl(s)}}`),
].join('\n');
