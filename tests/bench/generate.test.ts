import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { generateCorpus, parseSpan } from '../../bench/generate.ts';

/** Every date written in a generated file: EDTF values, calendar days and the years in ranges. */
function years(text: string): number[] {
  const out: number[] = [];
  for (const match of text.matchAll(/\b(?:date|published):\s*'?"?(\d{4})[^\n]*/g)) {
    for (const year of match[0].matchAll(/\b(\d{4})(?=-\d{2}|\b)/g)) out.push(Number(year[1]));
  }
  return out;
}

describe('parseSpan', () => {
  test('reads a first and a last year, both included, or one year', () => {
    expect(parseSpan('2024-2025')).toEqual({ first: 2024, years: 2 });
    expect(parseSpan('2024')).toEqual({ first: 2024, years: 1 });
  });

  test('throws with the expected form when the span is not one', () => {
    expect(() => parseSpan('2025-2024')).toThrow('a date span is written `2024-2025` (first and last year) or `2024`, not `2025-2024`');
    expect(() => parseSpan('24-25')).toThrow('not `24-25`');
  });
});

describe('generateCorpus', () => {
  test('with a span, dates every article, event, claim, assessment and source inside it', () => {
    const seen = new Set<number>();
    for (const file of generateCorpus(300, 5, { first: 2024, years: 2 })) {
      const found = years(file.text);
      for (const year of found) seen.add(year);
      for (const year of found) expect(year, file.path).toBeGreaterThanOrEqual(2024);
      for (const year of found) expect(year, file.path).toBeLessThanOrEqual(2025);
    }
    expect([...seen].sort()).toEqual([2024, 2025]);
  });

  test('with a span, dates the events of each of its years', () => {
    const events = [...generateCorpus(100, 5, { first: 2024, years: 2 })]
      .filter((file) => file.path.startsWith('articles/'))
      .flatMap((file) => (load(/^---\n([\s\S]*?)\n---/.exec(file.text)![1]!, { schema: CORE_SCHEMA }) as { events: { date: string | number }[] }).events)
      .map((event) => String(event.date).slice(0, 4));
    expect(events.filter((y) => y === '2024').length).toBeGreaterThan(100);
    expect(events.filter((y) => y === '2025').length).toBeGreaterThan(100);
  });

  test('with a span, spreads the articles over its years', () => {
    const published = [...generateCorpus(100, 5, { first: 2024, years: 2 })]
      .filter((file) => file.path.startsWith('articles/'))
      .map((file) => (load(/^---\n([\s\S]*?)\n---/.exec(file.text)![1]!, { schema: CORE_SCHEMA }) as { published: string }).published.slice(0, 4));
    expect(published.filter((y) => y === '2024')).toHaveLength(50);
    expect(published.filter((y) => y === '2025')).toHaveLength(50);
  });

  test('without a span, spreads articles over 26 years from 2000 with older events, as before spans existed', () => {
    const all = [...generateCorpus(60, 5)].flatMap((file) => years(file.text));
    expect(Math.min(...all)).toBeLessThan(2000);
    expect(Math.max(...all)).toBeGreaterThanOrEqual(2025);
  });
});
