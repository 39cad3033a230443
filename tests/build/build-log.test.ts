import { afterEach, describe, expect, test, vi } from 'vitest';
import buildLog, { EVERY, isPageLine } from '../../src/build/build-log.ts';

const green = (text: string) => `\u001b[32m${text}\u001b[39m`;
const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
// The two lines Astro 7's generate.js prints for each page, as it prints them.
const pagePath = { label: null, level: 'info' as const, message: `  ${green('├─')} ${dim('/claims/c1/index.html')}`, newLine: false };
const pageTime = { label: 'SKIP_FORMAT', level: 'info' as const, message: ` ${dim('(+3ms)')} `, newLine: true };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isPageLine', () => {
  test('returns true for the lines Astro prints for each page, and false for the others', () => {
    expect(isPageLine(pagePath)).toBe(true);
    expect(isPageLine(pageTime)).toBe(true);
    expect(isPageLine({ ...pageTime, message: ` ${dim('(+1.2s)')} ` })).toBe(true);
    expect(isPageLine({ label: 'build', level: 'info', message: '9565 page(s) built in 23.55s', newLine: true })).toBe(false);
    expect(isPageLine({ label: 'SKIP_FORMAT', level: 'info', message: '\n generating static routes ', newLine: true })).toBe(false);
    expect(isPageLine({ ...pagePath, level: 'error' })).toBe(false);
  });
});

describe('buildLog', () => {
  test('prints every other message, and a count instead of the page lines', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const log = buildLog();
    log.write({ label: 'build', level: 'info', message: 'Building static entrypoints...', newLine: true });
    for (let i = 0; i < EVERY; i++) {
      log.write(pagePath);
      log.write(pageTime);
    }
    expect(written).toHaveLength(2);
    expect(written[0]).toContain('Building static entrypoints...');
    expect(written[1]).toContain(`${EVERY.toLocaleString('en')} pages written`);
  });
});
