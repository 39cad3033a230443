/**
 * The property of the reliability issue, in this process: for content generated from the fixture site by
 * seeded mutations (`content-cases.ts`),
 * - the check never throws, and every problem is one line with its file, line and column (no stack);
 * - content the check passes goes through everything the build does with it (`build-steps.ts`) without error;
 * - content with an error stops the build where the content is checked, with the same lines as the check.
 * 500 cases in each time-zone project (1,000 in `npm test`, with different seeds); `npm run test:fuzz` runs more
 * (CASES=n, SEED=n). tests/site/check-build-sample.test.ts takes a seeded sample through real builds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { reportProblems } from '../../src/integration/content-check.ts';
import { loadContent } from '../../src/loader/load-content.ts';
import { formatProblem } from '../../src/core/problem-format.ts';
import { formatReport } from '../../src/loader/problems.ts';
import { buildSteps } from './build-steps.ts';
import { baseContent, mutate, mutations, writeContent } from './content-cases.ts';

const CASES = Number(process.env.CASES ?? 500);
/** A seed per time-zone project, so that the two runs of `npm test` are different cases. */
const SEED = Number(process.env.SEED ?? (process.env.TZ === 'Pacific/Kiritimati' ? 18_002 : 18_001));
const work = mkdtempSync(path.join(tmpdir(), 'claimdesk-property-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const base = baseContent();
let count = 0;
const outcomes = { passed: 0, failed: 0 };

describe('check and build', () => {
  test(`agree on ${CASES} seeded mutations of the fixture site (seed ${SEED}), and never show a stack trace`, async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        const dir = path.join(work, String(count++));
        writeContent(dir, mutate(base, list));
        try {
          const content = await loadContent(dir, dir);
          for (const problem of content.problems) {
            const line = formatProblem(problem);
            expect(line).toMatch(/^(articles|parties|sources)\/\S*( \S+)*?(:\d+:\d+)? (error|warning) /);
            expect(line).not.toMatch(/\n|\bat .*:\d+:\d+\)|TypeError|ReferenceError|Cannot read properties/);
          }
          const errors = content.problems.filter((problem) => problem.severity === 'error');
          const written: string[] = [];
          const checked = () => reportProblems(content, 'build', (text) => written.push(text));
          if (errors.length === 0) {
            outcomes.passed++;
            expect(checked).not.toThrow();
            await buildSteps(content.graph, dir);
          } else {
            outcomes.failed++;
            // The build stops where the content is checked, before any page, printing what the check prints.
            expect(checked).toThrow(/^The build stopped before writing any page/);
            expect(written.join('')).toBe(formatReport(content.problems, content.fileCount, 'human'));
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: CASES, seed: SEED, endOnFailure: true },
    );
    // Both sides of the property were exercised.
    expect(outcomes.passed).toBeGreaterThan(CASES / 20);
    expect(outcomes.failed).toBeGreaterThan(CASES / 20);
  }, 600_000);
});
