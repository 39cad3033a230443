/**
 * WCAG 2.1 contrast (1.4.3, 1.4.11) and the colour variables of the site's stylesheet in each scheme,
 * for the tests that check colour pairs.
 */
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;?/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const rootBlock = (text: string) => /:root\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';

/** The `:root` colour variables of a stylesheet, in the light scheme and (over them) in the dark one. */
export function schemes(text: string): { light: Record<string, string>; dark: Record<string, string> } {
  const [lightPart, darkPart = ''] = text.split(/@media \(prefers-color-scheme: ?dark\)/);
  const light = variables(rootBlock(lightPart!));
  return { light, dark: { ...light, ...variables(rootBlock(darkPart)) } };
}

/** The colour variables of src/styles/global.css. */
export const globalColours = schemes(css);

export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
