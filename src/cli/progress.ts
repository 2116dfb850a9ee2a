/**
 * A progress bar on stderr for long scans. It appears only when stderr is a terminal, the run is not in CI, --quiet is not
 * given, and the scan has already taken a second (short scans stay silent); it redraws at most ten times a second and
 * erases itself when the scan ends, so what remains on the terminal is the report alone.
 * @module
 */
import { messages, type Lang } from '../i18n/messages.js';
import type { WritableLike } from './io.js';

/** What the scan calls. */
export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly finish: () => void;
}

const WIDTH = 24;
const DELAY_MS = 1000;
const FRAME_MS = 100;

/**
 * A progress bar, or one that draws nothing when `enabled` is false.
 * @example
 * const bar = progressBar({ stderr: process.stderr, now: () => performance.now(), lang: 'en', enabled: true });
 * await scan(paths, { onProgress: bar.update }); bar.finish();
 */
export function progressBar(o: { stderr: WritableLike; now: () => number; lang: Lang; enabled: boolean }): Progress {
  if (!o.enabled) return { update: () => {}, finish: () => {} };
  const started = o.now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const t = o.now();
      if (t - started < DELAY_MS || (t - last < FRAME_MS && done < total)) return;
      last = t;
      drawn = true;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * WIDTH);
      o.stderr.write(`\r${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${messages(o.lang).progress(done, total)}\u001b[K`);
    },
    finish() {
      if (drawn) o.stderr.write('\r\u001b[K');
    },
  };
}
