// What bench.mjs and views.mjs share: the tablet every interaction is
// measured on, and how figures are summed up. A module of its own, because
// importing bench.mjs would run the bench.
import fs from 'node:fs';

/** The English texts, from beside this checkout's bench wherever it runs. */
export const EN = JSON.parse(fs.readFileSync(new URL('../../src/i18n/locales/en.json', import.meta.url), 'utf8'));

/** The tablet the interaction figures are measured on. */
export const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true };

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (x) => Math.round(x * 10) / 10;
