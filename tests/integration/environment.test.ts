import { describe, expect, test } from 'vitest';
import { isolateEnvironment } from '../../src/integration/environment.ts';

describe('isolateEnvironment', () => {
  test('removes the variables that would override Astro\'s own and turns telemetry off', () => {
    const env: NodeJS.ProcessEnv = { BASE_URL: '/elsewhere/', SITE: 'https://evil.example', MODE: 'x', DEV: '1', PROD: '', SSR: '1', ASSETS_PREFIX: 'https://cdn.example', BASE_PATH: '/pr-12/', SITE_URL: 'https://claimdesk.example' };
    isolateEnvironment(env);
    expect(env).toEqual({ BASE_PATH: '/pr-12/', SITE_URL: 'https://claimdesk.example', ASTRO_TELEMETRY_DISABLED: '1' });
  });
});
