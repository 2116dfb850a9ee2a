/**
 * Reading one file, once: its head first (enough to tell text from binary, as git does, and for extractors to say whether
 * they want it), then the rest only when someone does. Files nobody wants are never read in full.
 *
 * Reads are synchronous: for the many small files of a source tree, a system call each is several times cheaper than a
 * round trip through the thread pool, and the scan loop yields to the event loop often enough for progress and aborts.
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { platform } from 'node:os';

/** Bytes of the head that extractors see (as text) in `matches`. */
export const HEAD_BYTES = 4096;
/** Bytes searched for NUL to call a file binary (git's buffer_is_binary looks at the first 8000). */
export const BINARY_PROBE = 8000;
/** Files up to this size are read in one go with their head. */
const SMALL = 64 * 1024;
// O_NONBLOCK keeps a FIFO that appeared after the walk from blocking the scan; it changes nothing for regular files.
const FLAGS = constants.O_RDONLY | (platform() === 'win32' ? 0 : constants.O_NONBLOCK);
/** The head of a large file is read here first; most large files are not wanted, so nothing more is allocated for them. */
const probe = new Uint8Array(BINARY_PROBE);

export type ReadOutcome =
  | { readonly kind: 'read'; readonly bytes: Uint8Array; readonly head: Uint8Array }
  | { readonly kind: 'unwanted' }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'not-a-file' }
  | { readonly kind: 'error'; readonly code: string };

/**
 * Reads a file if `want(head)` says so and it is not larger than `maxSize`. `head` is only valid during the call to `want`.
 * @example
 * const r = readWanted('/repo/app.yml', 2 ** 21, (head) => true);
 */
export function readWanted(absolutePath: string, maxSize: number, want: (head: Uint8Array) => boolean): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(absolutePath, FLAGS);
    const info = fstatSync(fd);
    if (!info.isFile()) return { kind: 'not-a-file' };
    const size = info.size;
    if (size <= SMALL) {
      const bytes = new Uint8Array(size);
      const got = readFully(fd, bytes, 0);
      const content = got < size ? bytes.subarray(0, got) : bytes;
      if (!want(content)) return { kind: 'unwanted' };
      if (size > maxSize) return { kind: 'too-large', size };
      return { kind: 'read', bytes: content, head: content };
    }
    const got = readFully(fd, probe, 0);
    if (!want(probe.subarray(0, got))) return { kind: 'unwanted' };
    if (size > maxSize) return { kind: 'too-large', size };
    const bytes = new Uint8Array(size);
    bytes.set(probe.subarray(0, got), 0);
    const total = got < probe.length ? got : got + readFully(fd, bytes, got);
    const content = total < size ? bytes.subarray(0, total) : bytes;
    return { kind: 'read', bytes: content, head: content.subarray(0, Math.min(total, BINARY_PROBE)) };
  } catch (e) {
    return { kind: 'error', code: (e as NodeJS.ErrnoException).code ?? String((e as Error).message) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Closing a descriptor we only read cannot lose data.
      }
    }
  }
}

/** Fills `buffer` from `offset` until it is full or the file ends (a file may shrink while it is read); the bytes read. */
function readFully(fd: number, buffer: Uint8Array, offset: number): number {
  let done = 0;
  while (offset + done < buffer.length) {
    const n = readSync(fd, buffer, offset + done, buffer.length - offset - done, offset + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

/**
 * Whether bytes look binary: a NUL in the first 8000 bytes, as git and grep decide.
 * @example
 * isBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00])); // true
 */
export function isBinary(head: Uint8Array): boolean {
  return head.subarray(0, BINARY_PROBE).indexOf(0) !== -1;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Decodes UTF-8 (a byte order mark is dropped). Invalid bytes become U+FFFD and `valid` is false.
 * @example
 * decodeUtf8(new Uint8Array([0x61, 0xff])); // { text: 'a\uFFFD', valid: false }
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: strict.decode(bytes), valid: true };
  } catch {
    return { text: lenient.decode(bytes), valid: false };
  }
}

/**
 * The head as text for `matches`: the first 4 KiB, a character cut at the end replaced rather than failed.
 * @example
 * headText(new TextEncoder().encode('hash: sha1\n')); // 'hash: sha1\n'
 */
export function headText(head: Uint8Array): string {
  return lenient.decode(head.subarray(0, HEAD_BYTES));
}
