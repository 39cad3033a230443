import type { AstroConfig } from 'astro';
import { describe, expect, test } from 'vitest';
import { AVIF_EFFORT, pictureEncoding } from '../../src/integration/picture-encoding.ts';

const image = (entrypoint: string, config: Record<string, unknown> = {}) => ({ service: { entrypoint, config } }) as unknown as AstroConfig['image'];

describe('pictureEncoding', () => {
  test("returns AVIF at effort 2 for Astro's sharp service", () => {
    expect(AVIF_EFFORT).toBe(2);
    expect(pictureEncoding(image('astro/assets/services/sharp'))).toEqual({ service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } });
  });

  test("keeps the site's own AVIF settings, its effort included", () => {
    expect(pictureEncoding(image('astro/assets/services/sharp', { avif: { effort: 6, quality: 60 } }))?.service?.config).toEqual({ avif: { effort: 6, quality: 60 } });
    expect(pictureEncoding(image('astro/assets/services/sharp', { avif: { quality: 60 } }))?.service?.config).toEqual({ avif: { effort: 2, quality: 60 } });
  });

  test('returns undefined for another image service', () => {
    expect(pictureEncoding(image('astro/assets/services/noop'))).toBeUndefined();
  });
});
