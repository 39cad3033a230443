/**
 * A pull-request preview build: `CLAIMDESK_PREVIEW_PR=12` (set by `.github/workflows/preview.yml`) makes every
 * page say "Preview of pull request #12: not published" and carry `<meta name="robots" content="noindex">`.
 * Unset or empty: the published site.
 */
export interface Preview {
  /** The pull request's number. */
  number: number;
  /** The banner every page shows. */
  banner: string;
}

export const PREVIEW_VARIABLE = 'CLAIMDESK_PREVIEW_PR';

/** The preview this build is, or `undefined` for the published site; throws on a value that is not a number. */
export function previewBuild(env: NodeJS.ProcessEnv = process.env): Preview | undefined {
  const value = env[PREVIEW_VARIABLE]?.trim();
  if (!value) return undefined;
  if (!/^[1-9]\d{0,9}$/.test(value)) {
    throw new Error(`${PREVIEW_VARIABLE} is "${value}": set it to the pull request's number (\`${PREVIEW_VARIABLE}=12\`), or leave it unset for the published site`);
  }
  const number = Number(value);
  return { number, banner: `Preview of pull request #${number}: not published` };
}
