#!/usr/bin/env bash
# Publishes a built site to the `gh-pages` branch that GitHub Pages serves: the live site at its root, each
# pull request's preview under `pr-<n>/`.
#
#   publish-pages.sh <folder> /            the live site: replaces everything but the pr-*/ previews
#   publish-pages.sh <folder> pr-12        a preview: replaces pr-12/
#   publish-pages.sh - pr-12               removes pr-12/ (the pull request was closed)
#
# Needs GH_TOKEN (a token with `contents: write`) and GITHUB_REPOSITORY, as in a GitHub Actions job;
# PAGES_REMOTE overrides the remote (a local repository in tests). The branch holds one commit, replaced at
# each publication, so that previews do not pile up in its history; the workflows that call this share one
# concurrency group, so two publications never race. Copies files only: nothing in <folder> is run.
set -euo pipefail

if (($# != 2)); then
  echo "usage: publish-pages.sh <folder>|- /|pr-<n>" >&2
  exit 2
fi
source=$1
target=$2
if [[ "$target" != / && ! "$target" =~ ^pr-[1-9][0-9]{0,9}$ ]]; then
  echo "publish-pages.sh: the target is \"$target\"; give / for the live site or pr-<number> for a preview" >&2
  exit 2
fi
if [[ "$source" != - ]]; then
  if [[ ! -f "$source/index.html" ]]; then
    echo "publish-pages.sh: $source/index.html is missing; give the folder a build wrote (dist/)" >&2
    exit 2
  fi
  source=$(cd "$source" && pwd)
fi
remote=${PAGES_REMOTE:-"https://x-access-token:${GH_TOKEN:?set GH_TOKEN}@github.com/${GITHUB_REPOSITORY:?set GITHUB_REPOSITORY}.git"}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if git ls-remote --exit-code --heads "$remote" gh-pages >/dev/null 2>&1; then
  git clone --quiet --depth 1 --branch gh-pages "$remote" "$work"
else
  git init --quiet --initial-branch gh-pages "$work"
  git -C "$work" remote add origin "$remote"
fi
cd "$work"

# The folder in the branch, always relative to its checkout: `.` for the live site.
if [[ "$target" == / ]]; then
  dest=.
  find . -mindepth 1 -maxdepth 1 ! -name .git ! -name 'pr-*' -exec rm -rf {} +
else
  dest=./$target
  rm -rf "$dest"
fi
if [[ "$source" != - ]]; then
  mkdir -p "$dest"
  cp -R "$source/." "$dest/"
fi
# Without it, GitHub Pages runs Jekyll, which drops folders starting with `_` (Astro's `_astro/`).
touch .nojekyll

git add --all
if git rev-parse --quiet --verify HEAD >/dev/null && git diff --cached --quiet HEAD; then
  echo "publish-pages.sh: gh-pages already holds this ($target)"
  exit 0
fi
git checkout --quiet --orphan published
git -c user.name='github-actions[bot]' -c user.email='41898282+github-actions[bot]@users.noreply.github.com' \
  commit --quiet --message "Publish ${target}"
git push --quiet --force origin published:gh-pages
echo "publish-pages.sh: published $target"
