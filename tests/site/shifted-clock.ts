/**
 * Preloaded into a build (`NODE_OPTIONS=--import=…`) to move its clock about five years ahead. A build
 * whose output depends on when it ran (a "built on" date, a sitemap `lastmod` of today) then differs from
 * one built on the real clock, even when both run within the same second.
 */
const OFFSET_MS = 5 * 365.25 * 24 * 3600 * 1000 + 37 * 3600 * 1000;
const RealDate = globalThis.Date;
const now = () => RealDate.now() + OFFSET_MS;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget) as object,
  apply: () => new RealDate(now()).toString(),
  get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
});
