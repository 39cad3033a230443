#!/usr/bin/env bash
# npm run test:e2e: build the site fresh, then check it. Every check runs even if an earlier one fails;
# the exit status is non-zero if any failed.
#   1. W3C Nu HTML checker (vnu-jar, Java) over every page: zero errors.
#   2. html-validate (.htmlvalidate.json) over every page: zero errors.
#   3. Playwright in Chromium (playwright.config.ts, tests/e2e/*.spec.ts): journeys, keyboard, console
#      errors, every page type at 360x640 and 1280x800 in light and dark (readers.spec.ts: one h1, no sideways
#      scroll, axe WCAG 2.1 A/AA, no request to another origin, the claim's status in the first screen, the
#      footer at the bottom of a short page, screenshots kept), linkinator, and search
#      on a second, small site built with its search index in parts.
set -uo pipefail
cd "$(dirname "$0")/../.."
out="${CLAIMDESK_OUT:-dist}"
failed=()

step() {
  local name="$1"; shift
  local start=$SECONDS
  echo "== $name"
  if "$@"; then echo "== $name: passed ($((SECONDS - start))s)"; else echo "== $name: FAILED ($((SECONDS - start))s)"; failed+=("$name"); fi
}

step "build" npm run --silent build
# A small site whose search index comes in parts (one article a part), as a large archive's does: search.spec.ts.
step "build (search index in parts)" env CLAIMDESK_CONTENT=tests/fixtures/readers-site/content CLAIMDESK_OUT="$out-search-parts" CLAIMDESK_SEARCH_PART=1 npm run --silent build
if ((${#failed[@]})); then echo "test:e2e FAILED: the build failed, so there is nothing to check."; exit 1; fi
step "Nu HTML checker" vnu --skip-non-html --errors-only "$out/"
step "html-validate" html-validate "$out/"
step "Playwright" playwright test "$@"

if ((${#failed[@]})); then
  echo "test:e2e FAILED: ${failed[*]}"
  exit 1
fi
echo "test:e2e passed: Nu checker, html-validate and Playwright found no problems."
