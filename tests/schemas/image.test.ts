import { describe, expect, test } from 'vitest';
import { articleImageSchema, imageSrcProblem, partyImageSchema } from '../../src/schemas/image.ts';

describe('imageSrcProblem', () => {
  test('returns nothing for a path inside the content folder', () => {
    expect(imageSrcProblem('media/basem-naim.jpg')).toBeUndefined();
    expect(imageSrcProblem('media/flags/israel.PNG')).toBeUndefined();
  });

  test('refuses remote addresses and says why', () => {
    for (const src of ['https://example.com/a.jpg', 'http://example.com/a.png', '//cdn.example/a.png', 'data:image/png;base64,AAAA']) {
      expect(imageSrcProblem(src), src).toMatch(/is a remote address; a build opens no network connection/);
    }
  });

  test('refuses paths that leave the content folder or are not relative', () => {
    for (const src of ['../secret.png', 'media/../../x.png', '/etc/x.png', 'media\\x.png', './media/x.png']) {
      expect(imageSrcProblem(src), src).toMatch(/must be a path inside the content folder/);
    }
  });

  test('refuses file types the site cannot serve', () => {
    expect(imageSrcProblem('media/clip.gif')).toMatch(/is not a picture file the site can serve; save it as \.jpg, \.jpeg, \.png, \.webp, \.avif, \.svg/);
  });
});

describe('partyImageSchema', () => {
  test('returns the trimmed fields, the licence optional', () => {
    expect(partyImageSchema.parse({ src: ' media/a.png ', alt: ' Flag ', credit: 'Public domain' })).toEqual({ src: 'media/a.png', alt: 'Flag', credit: 'Public domain' });
  });

  test('refuses a blank alt with the fix, and a missing credit', () => {
    const result = partyImageSchema.safeParse({ src: 'media/a.png', alt: '  ' });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toContain('alt: is empty; describe what the picture shows, for readers who cannot see it');
    expect(issues.some((issue) => issue.startsWith('credit:'))).toBe(true);
  });
});

describe('articleImageSchema', () => {
  test('takes a caption and refuses a licence field', () => {
    expect(articleImageSchema.parse({ src: 'media/a.png', alt: 'A', credit: 'B', caption: 'C' }).caption).toBe('C');
    expect(articleImageSchema.safeParse({ src: 'media/a.png', alt: 'A', credit: 'B', license: 'CC0' }).success).toBe(false);
  });
});
