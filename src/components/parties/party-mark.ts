/**
 * What a party's mark draws (PartyMark.astro): up to two initials and a shape for its kind, in a 64-unit box.
 */
import type { PARTY_KINDS } from '../../schemas/party.ts';

type Kind = (typeof PARTY_KINDS)[number];

/** `Basem Naim` → `BN`; `Islamic Revolutionary Guard Corps` → `IR`; one word gives its first letter; unnamed sources `?`. */
export function partyInitials(name: string, kind: Kind): string {
  if (kind === 'unidentified') return '?';
  const words = name.split(/[\s\-–—]+/u).filter((word) => /^\p{L}/u.test(word) && !/^(of|the|and|for|de|al|el)$/i.test(word));
  const letters = words.slice(0, 2).map((word) => [...word][0]!.toLocaleUpperCase('en'));
  return letters.join('') || [...name.trim()][0]?.toLocaleUpperCase('en') || '?';
}

export type Shape = { kind: 'circle'; dashed: boolean } | { kind: 'path'; d: string };

const SHIELD = 'M32 3 L58 11 V30 C58 46 47 56 32 61 C17 56 6 46 6 30 V11 Z';
const SQUARE = 'M6 6 H58 V58 H6 Z';
const HEXAGON = 'M32 2 L58 17 V47 L32 62 L6 47 V17 Z';

export function partyShape(kind: Kind): Shape {
  switch (kind) {
    case 'person':
      return { kind: 'circle', dashed: false };
    case 'unidentified':
      return { kind: 'circle', dashed: true };
    case 'state':
    case 'government':
    case 'military':
    case 'armed-group':
      return { kind: 'path', d: SHIELD };
    case 'international-body':
      return { kind: 'path', d: HEXAGON };
    default:
      return { kind: 'path', d: SQUARE };
  }
}
