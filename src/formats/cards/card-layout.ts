/**
 * A share card's layout for satori (a tree of `{ type, props }` elements with inline styles, as satori reads
 * JSX): 1200 × 630, the site's serif for the headline or the statement, its sans for the furniture. Pictures
 * come as data URLs the card thread has prepared; a claimant without a picture gets the mark of its kind and
 * initials, as on the pages. Pure, so that the same input always gives the same card.
 */
import { partyInitials, partyShape } from '../../components/parties/party-mark.ts';
import { STATUSES, type Status } from '../../schemas/status.ts';
import { CARD_SIZE, shortenAtWord, type CardInput } from './card-plan.ts';

export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardElement | string)[] | CardElement | string; [key: string]: unknown };
}

const INK = '#1b1a17';
const MUTED = '#57534b';
const PAPER = '#fbfaf7';
const RULE = '#dcd6cb';
const ACCENT = '#0b4f8a';

/** Each status's colour on the card (the light scheme's) and its icon, drawn in a 24-unit box. */
export const CARD_STATUS: Record<Status, { color: string; icon: string }> = {
  unverified: { color: '#57534b', icon: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 3a9 9 0 0 1 0 12 9 9 0 0 1 0-12Z' },
  disputed: { color: '#8a4b00', icon: 'M4 8h13l-3-3 1.4-1.4L21 9l-5.6 5.4L14 13l3-3H4Zm16 8H7l3 3-1.4 1.4L3 15l5.6-5.4L10 11l-3 3h13Z' },
  denied: { color: '#7a3a6e', icon: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-6 8.5h12v3H6Z' },
  corroborated: { color: '#2f6b5b', icon: 'M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6L21 7.5l-1.4-1.4Z' },
  confirmed: { color: '#1d6b2c', icon: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.6 14.6-4.2-4.2 1.4-1.4 2.8 2.8 6.2-6.2 1.4 1.4Z' },
  false: { color: '#a3161c', icon: 'M6.4 4.9 12 10.6l5.6-5.7 1.5 1.5-5.7 5.6 5.7 5.6-1.5 1.5-5.6-5.7-5.6 5.7-1.5-1.5 5.7-5.6-5.7-5.6Z' },
};

/** Fonts the layout names; the card thread loads them (Fontsource's .woff files: satori does not read woff2). */
export const CARD_FONTS = {
  serif: 'Source Serif 4',
  sans: 'Inter',
} as const;

type Child = CardElement | string | false | undefined;

function el(type: string, style: Record<string, string | number>, ...children: Child[]): CardElement {
  const kept = children.filter((child): child is CardElement | string => child !== false && child !== undefined);
  return { type, props: { style, children: kept } };
}

function img(src: string, width: number, height: number, style: Record<string, string | number> = {}): CardElement {
  return { type: 'img', props: { src, width, height, style: { width, height, ...style } } };
}

function svg(size: number, viewBox: string, children: CardElement[]): CardElement {
  return { type: 'svg', props: { width: size, height: size, viewBox, children } };
}

/** The claimant's mark: its shape for the kind, its initials, grey as on the pages. */
function mark(name: string, kind: Extract<CardInput, { kind: 'claim' }>['partyKind'], size: number): CardElement {
  const shape = partyShape(kind);
  const outline: CardElement =
    shape.kind === 'circle'
      ? { type: 'circle', props: { cx: 32, cy: 32, r: 30, fill: '#f2efe8', stroke: '#767066', 'stroke-width': 2, ...(shape.dashed ? { 'stroke-dasharray': '6 4' } : {}) } }
      : { type: 'path', props: { d: shape.d, fill: '#f2efe8', stroke: '#767066', 'stroke-width': 2 } };
  const initials = partyInitials(name, kind);
  return el(
    'div',
    { display: 'flex', position: 'relative', width: size, height: size, alignItems: 'center', justifyContent: 'center' },
    { type: 'div', props: { style: { display: 'flex', position: 'absolute', left: 0, top: 0 }, children: [svg(size, '0 0 64 64', [outline])] } },
    el(
      'div',
      { display: 'flex', position: 'absolute', left: 0, top: 0, width: size, height: size, alignItems: 'center', justifyContent: 'center', fontFamily: CARD_FONTS.sans, fontWeight: 700, fontSize: Math.round(size * (initials.length > 2 ? 0.28 : 0.34)), color: INK },
      initials,
    ),
  );
}

function siteLine(site: string): CardElement {
  return el('div', { display: 'flex', fontFamily: CARD_FONTS.sans, fontWeight: 700, fontSize: 26, color: ACCENT, letterSpacing: 1 }, site.toUpperCase());
}

/** `pictures`: data URLs of the prepared pictures, by content path. */
export function cardLayout(input: CardInput, pictures: ReadonlyMap<string, string>): CardElement {
  const frame = { display: 'flex', boxSizing: 'border-box', width: CARD_SIZE.width, height: CARD_SIZE.height, backgroundColor: PAPER, color: INK, borderTop: `14px solid ${ACCENT}` };
  if (input.kind === 'article') {
    const picture = input.image ? pictures.get(input.image) : undefined;
    return el(
      'div',
      frame,
      el(
        'div',
        { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, flexBasis: 0, padding: '56px 60px 48px' },
        el(
          'div',
          { display: 'flex', flexDirection: 'column' },
          el('div', { display: 'flex', fontFamily: CARD_FONTS.serif, fontWeight: 700, fontSize: picture ? 54 : 64, lineHeight: 1.15 }, shortenAtWord(input.title, 120)),
          el('div', { display: 'flex', marginTop: 24, fontFamily: CARD_FONTS.serif, fontSize: 28, lineHeight: 1.4, color: MUTED }, shortenAtWord(input.dek, picture ? 140 : 190)),
        ),
        siteLine(input.site),
      ),
      picture && img(picture, 460, 616, { objectFit: 'cover' }),
    );
  }
  const picture = input.image ? pictures.get(input.image) : undefined;
  const status = CARD_STATUS[input.status];
  return el(
    'div',
    { ...frame, flexDirection: 'column', padding: '48px 60px 44px' },
    el(
      'div',
      { display: 'flex', alignItems: 'center' },
      picture ? img(picture, 112, 112, { objectFit: 'contain' }) : mark(input.claimant, input.partyKind, 112),
      el('div', { display: 'flex', marginLeft: 28, fontFamily: CARD_FONTS.sans, fontWeight: 700, fontSize: 36 }, `${shortenAtWord(input.claimant, 60)} claims:`),
    ),
    el('div', { display: 'flex', flexGrow: 1, marginTop: 28, paddingTop: 24, fontFamily: CARD_FONTS.serif, fontSize: 42, lineHeight: 1.3, borderTop: `2px solid ${RULE}` }, input.statement),
    el(
      'div',
      { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
      el(
        'div',
        { display: 'flex', alignItems: 'center', border: `3px solid ${status.color}`, borderRadius: 10, padding: '8px 22px 8px 14px', color: status.color },
        svg(40, '0 0 24 24', [{ type: 'path', props: { d: status.icon, fill: status.color, 'fill-rule': 'evenodd' } }]),
        el('div', { display: 'flex', marginLeft: 12, fontFamily: CARD_FONTS.sans, fontWeight: 700, fontSize: 32, letterSpacing: 1 }, `Status: ${STATUSES[input.status].label}`.toUpperCase()),
      ),
      siteLine(input.site),
    ),
  );
}
