/**
 * What the build reads from the process environment, set straight before Astro reads it: `claimdesk()` calls
 * {@link isolateEnvironment} while `astro.config.ts` is evaluated, before Astro creates its Vite servers and
 * before it records telemetry.
 */

/**
 * Astro lets the process environment override its own `import.meta.env` values in server code: a `BASE_URL`
 * or `SITE` exported in the shell or by a CI runner would replace the configured base, and every link of a
 * `/pr-12/` preview would leave it. The build's only inputs are the `CLAIMDESK_*`, `SITE_URL` and `BASE_PATH`
 * variables. A build makes no network request either: Astro's telemetry would post each build to
 * telemetry.astro.build (it reads `ASTRO_TELEMETRY_DISABLED` when it records, after the config is loaded);
 * tests/site/build.test.ts checks the build connects nowhere.
 */
export function isolateEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  for (const key of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  env.ASTRO_TELEMETRY_DISABLED = '1';
}
