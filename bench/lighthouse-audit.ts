/**
 * Runs Lighthouse (the project's `lighthouse` package, its command line) on one page of a served site, in
 * the system's Chromium, headless, and returns each category's score (0-100) and the audits that lost
 * points. Used by `npm run lighthouse` (bench/lighthouse.ts, with performance) and by the e2e run's gate
 * (tests/e2e/lighthouse.spec.ts: accessibility, best practices and SEO at 100).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface Audited {
  url: string;
  /** Each category asked for, 0-100. */
  scores: Partial<Record<Category, number>>;
  /** The scored audits of those categories that did not pass, with what Lighthouse says of them. */
  failing: { category: Category; id: string; title: string; score: number | null; display?: string }[];
  /** Performance metrics, in milliseconds (CLS unitless), when performance was asked for. */
  metrics: Record<string, number>;
}

export interface AuditOptions {
  categories: Category[];
  /** The port Chromium's debugging protocol listens on: one of the caller's own. */
  port: number;
  /** Default: the system's Chromium, or CHROMIUM_PATH. */
  chromePath?: string;
  /** `mobile` (Lighthouse's default: a mid-range phone on a slow 4G line, simulated) or `desktop`. */
  preset?: 'mobile' | 'desktop';
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }>;
  runtimeError?: { code: string; message: string };
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Audits `url`; throws with Lighthouse's own message when it cannot. */
export async function audit(url: string, options: AuditOptions): Promise<Audited> {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--port=${options.port}`,
    `--only-categories=${options.categories.join(',')}`,
    // --no-sandbox: Chromium refuses to start as root without it (CI runs as root).
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(options.preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const env = { ...process.env, CHROME_PATH: options.chromePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
  const json = await new Promise<string>((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'lighthouse'), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`lighthouse ${url} exited with ${code}:\n${err.trim() || out.slice(0, 2000)}`))));
  });
  const report = JSON.parse(json) as Report;
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.code}: ${report.runtimeError.message}`);
  const scores: Audited['scores'] = {};
  const failing: Audited['failing'] = [];
  for (const category of options.categories) {
    const result = report.categories[category];
    if (!result) throw new Error(`lighthouse ${url}: no "${category}" category in the report`);
    scores[category] = Math.round((result.score ?? 0) * 100);
    for (const ref of result.auditRefs) {
      const item = report.audits[ref.id];
      if (!item || ref.weight === 0 || item.scoreDisplayMode !== 'binary' && item.scoreDisplayMode !== 'numeric') continue;
      if (item.score !== null && item.score >= 1) continue;
      failing.push({ category, id: item.id, title: item.title, score: item.score, ...(item.displayValue ? { display: item.displayValue } : {}) });
    }
  }
  const metrics: Record<string, number> = {};
  if (options.categories.includes('performance')) {
    for (const id of METRICS) if (report.audits[id]?.numericValue !== undefined) metrics[id] = report.audits[id].numericValue!;
  }
  return { url, scores, failing, metrics };
}
