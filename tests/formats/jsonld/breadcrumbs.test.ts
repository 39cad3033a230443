import { describe, expect, test } from 'vitest';
import { breadcrumbsJsonLd } from '../../../src/formats/jsonld/breadcrumbs.ts';

describe('breadcrumbsJsonLd', () => {
  test('returns a BreadcrumbList with the steps in order, numbered from 1', () => {
    expect(
      breadcrumbsJsonLd([
        { name: 'Claims', url: 'https://x.example/claims/' },
        { name: 'Basem Naim', url: 'https://x.example/parties/basem-naim/#made' },
        { name: 'Witkoff promised a deal', url: 'https://x.example/claims/naim-deal/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Claims', item: 'https://x.example/claims/' },
        { '@type': 'ListItem', position: 2, name: 'Basem Naim', item: 'https://x.example/parties/basem-naim/#made' },
        { '@type': 'ListItem', position: 3, name: 'Witkoff promised a deal', item: 'https://x.example/claims/naim-deal/' },
      ],
    });
  });
});
