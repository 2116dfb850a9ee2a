/**
 * The ordered suite list that OpenSSL 3.0 edits while it reads a cipher string, and the preference order it starts from.
 *
 * Behaviour follows OpenSSL 3.0's ssl/ssl_ciph.c (`ssl_create_cipher_list`, `ssl_cipher_apply_rule`,
 * `ssl_cipher_strength_sort`), described in openssl-ciphers(1), CIPHER LIST FORMAT:
 * - the list holds every suite, each active or not; a rule walks it from head to tail (`-` from tail to head) once;
 * - add (no operator): an inactive matching suite becomes active and moves to the tail;
 * - `+`: an active matching suite moves to the tail;
 * - `-`: an active matching suite becomes inactive and moves to the head, so that it comes first when added again;
 * - `!`: a matching suite leaves the list for good;
 * - `@STRENGTH`: the active suites are sorted, stably, by strength bits, highest first, after the inactive ones.
 *
 * The list is two Int16Arrays of links over the suite table, so that a rule costs one pass over about 150 entries and no
 * allocation; each expansion starts from a copy of the start order computed once.
 * @module
 */
import {
  A_ECDSA, A_NULL, E_AES, E_AESGCM, E_CHACHA20, K_DHE, K_ECDHE, K_PSK, K_RSA, M_AEAD, M_MD5, S_DEFAULT_MASK, S_STRONG_MASK,
  TLS12_MASKS, TLS1_2_VERSION, type SuiteMasks,
} from './suites.js';

/** Rule kinds, numbered as in ssl_ciph.c. */
export const ADD = 1;
export const KILL = 2;
export const DEL = 3;
export const ORD = 4;
/** Move to the head; OpenSSL uses it only for its own start order, the language has no operator for it. */
export const BUMP = 6;

/** What a rule selects: the masks of its words combined, and an exact suite when the last word named one. */
export interface Selector {
  /** Index into the suite table of the named suite, or -1. */
  cipher: number;
  mkey: number;
  auth: number;
  enc: number;
  mac: number;
  minTls: number;
  strength: number;
}

const NONE = -1;
const N = TLS12_MASKS.length;

// The masks as flat arrays: the rule loop reads them for every suite.
const column = (f: (m: SuiteMasks) => number): Int32Array => Int32Array.from(TLS12_MASKS, f);
const MKEY = column((m) => m.mkey);
const AUTH = column((m) => m.auth);
const ENC = column((m) => m.enc);
const MAC = column((m) => m.mac);
const MIN_TLS = column((m) => m.minTls);
const STRENGTH = column((m) => m.strength);

function matches(i: number, s: Selector): boolean {
  if (s.cipher !== NONE && s.cipher !== i) return false;
  if (s.mkey !== 0 && (s.mkey & MKEY[i]!) === 0) return false;
  if (s.auth !== 0 && (s.auth & AUTH[i]!) === 0) return false;
  if (s.enc !== 0 && (s.enc & ENC[i]!) === 0) return false;
  if (s.mac !== 0 && (s.mac & MAC[i]!) === 0) return false;
  if (s.minTls !== 0 && s.minTls !== MIN_TLS[i]!) return false;
  if ((s.strength & S_STRONG_MASK) !== 0 && (s.strength & S_STRONG_MASK & STRENGTH[i]!) === 0) return false;
  if ((s.strength & S_DEFAULT_MASK) !== 0 && (s.strength & S_DEFAULT_MASK & STRENGTH[i]!) === 0) return false;
  return true;
}

/**
 * A selector with the given masks, the others empty (an empty selector matches every suite).
 * @example
 * new SuiteList().apply(selector({ mkey: K_RSA }), ADD); // the kRSA suites, active, in table order
 */
export function selector(p: Partial<Selector> = {}): Selector {
  return { cipher: NONE, mkey: 0, auth: 0, enc: 0, mac: 0, minTls: 0, strength: 0, ...p };
}

/** The working list: links, active flags, and for each suite the span of the rule that last added or moved it. */
export class SuiteList {
  readonly next = new Int16Array(N);
  readonly prev = new Int16Array(N);
  readonly active = new Uint8Array(N);
  /** Killed with `!`: out of the list for good. */
  readonly dead = new Uint8Array(N);
  readonly srcStart = new Int32Array(N);
  readonly srcEnd = new Int32Array(N);
  head = N > 0 ? 0 : NONE;
  tail = N - 1;

  /** The table order, all inactive. */
  constructor() {
    for (let i = 0; i < N; i++) {
      this.next[i] = i + 1 < N ? i + 1 : NONE;
      this.prev[i] = i - 1;
    }
  }

  /** Makes this list a copy of `from` (spans cleared), without allocating. */
  reset(from: SuiteList): this {
    this.next.set(from.next);
    this.prev.set(from.prev);
    this.active.set(from.active);
    this.dead.set(from.dead);
    this.srcStart.fill(0);
    this.srcEnd.fill(0);
    this.head = from.head;
    this.tail = from.tail;
    return this;
  }

  private unlink(i: number): void {
    const p = this.prev[i]!;
    const n = this.next[i]!;
    if (p !== NONE) this.next[p] = n;
    else this.head = n;
    if (n !== NONE) this.prev[n] = p;
    else this.tail = p;
    this.next[i] = NONE;
    this.prev[i] = NONE;
  }

  private toTail(i: number): void {
    if (i === this.tail) return;
    this.unlink(i);
    this.prev[i] = this.tail;
    if (this.tail !== NONE) this.next[this.tail] = i;
    else this.head = i;
    this.tail = i;
  }

  private toHead(i: number): void {
    if (i === this.head) return;
    this.unlink(i);
    this.next[i] = this.head;
    if (this.head !== NONE) this.prev[this.head] = i;
    else this.tail = i;
    this.head = i;
  }

  /**
   * Applies one rule. Each suite present when the rule starts is visited once, in list order (tail to head for `-` and
   * BUMP, which move suites to the head and must keep their order); suites moved to the far end are not visited again.
   */
  apply(sel: Selector, rule: number, start = 0, end = 0): void {
    if (sel.cipher !== NONE) {
      // One suite at most can match, so the walk would only visit it: act on it directly.
      if (this.dead[sel.cipher] === 0 && matches(sel.cipher, sel)) this.act(sel.cipher, rule, start, end);
      return;
    }
    const reverse = rule === DEL || rule === BUMP;
    const last = reverse ? this.head : this.tail;
    let next = reverse ? this.tail : this.head;
    let curr = NONE;
    for (;;) {
      if (curr === last) break;
      curr = next;
      if (curr === NONE) break;
      next = reverse ? this.prev[curr]! : this.next[curr]!;
      if (matches(curr, sel)) this.act(curr, rule, start, end);
    }
  }

  private act(curr: number, rule: number, start: number, end: number): void {
    switch (rule) {
      case ADD:
        if (this.active[curr] === 0) {
          this.toTail(curr);
          this.active[curr] = 1;
          this.srcStart[curr] = start;
          this.srcEnd[curr] = end;
        }
        break;
      case ORD:
        if (this.active[curr] === 1) {
          this.toTail(curr);
          this.srcStart[curr] = start;
          this.srcEnd[curr] = end;
        }
        break;
      case DEL:
        if (this.active[curr] === 1) {
          this.toHead(curr);
          this.active[curr] = 0;
        }
        break;
      case BUMP:
        if (this.active[curr] === 1) this.toHead(curr);
        break;
      case KILL:
        this.unlink(curr);
        this.active[curr] = 0;
        this.dead[curr] = 1;
        break;
    }
  }

  /**
   * `@STRENGTH`. OpenSSL moves the active suites of each strength in use to the tail, highest strength first; the outcome,
   * built here in one pass, is the inactive suites in their order followed by the active ones sorted stably by strength.
   * A sort moves suites but is no rule about any one of them, so their spans stay.
   */
  strengthSort(): void {
    const order = scratch;
    const actives = scratch2;
    let inactive = 0;
    let active = 0;
    for (let i = this.head; i !== NONE; i = this.next[i]!) {
      if (this.active[i] === 0) order[inactive++] = i;
      else actives[active++] = i;
    }
    if (active === 0) return;
    // Stable: one pass per strength value, highest first (OpenSSL 3.0 uses 256, 128 and 0 bits).
    let at = inactive;
    for (let k = 0; k < STRENGTHS.length; k++) {
      const bits = STRENGTHS[k]!;
      for (let j = 0; j < active; j++) if (STRENGTH_BITS[actives[j]!] === bits) order[at++] = actives[j]!;
    }
    let prev = NONE;
    for (let k = 0; k < at; k++) {
      const i = order[k]!;
      this.prev[i] = prev;
      if (prev === NONE) this.head = i;
      else this.next[prev] = i;
      prev = i;
    }
    this.tail = prev;
    if (prev !== NONE) this.next[prev] = NONE;
  }

  /** How many suites are active. */
  activeCount(): number {
    let n = 0;
    for (let i = this.head; i !== NONE; i = this.next[i]!) n += this.active[i]!;
    return n;
  }
}

/** Every strength in the table, highest first. */
const STRENGTHS: readonly number[] = [...new Set(TLS12_MASKS.map((m) => m.strengthBits))].sort((x, y) => y - x);
const STRENGTH_BITS = column((m) => m.strengthBits);
const scratch = new Int16Array(N);
const scratch2 = new Int16Array(N);

let start: SuiteList | undefined;

/**
 * The order OpenSSL 3.0 arranges all suites in before it reads a string (ssl_create_cipher_list, "Now arrange all ciphers by
 * preference"), with every suite inactive: ECDHE first (ECDSA before RSA), then AES-GCM, ChaCha20, the other AES modes and
 * the rest; MD5, anonymous, plain RSA, plain PSK and RC4 suites last; then a stable sort by strength, after which TLS 1.2
 * suites, AEAD suites, (EC)DHE suites and (EC)DHE AEAD suites are moved to the head in turn. Computed once; do not edit
 * the list returned, copy it with `reset`.
 * @example
 * const list = new SuiteList().reset(startOrder()); // a fresh working list, every suite inactive
 */
export function startOrder(): SuiteList {
  if (start) return start;
  const list = new SuiteList();
  list.apply(selector({ mkey: K_ECDHE, auth: A_ECDSA }), ADD);
  list.apply(selector({ mkey: K_ECDHE }), ADD);
  list.apply(selector({ mkey: K_ECDHE }), DEL);
  list.apply(selector({ enc: E_AESGCM }), ADD);
  list.apply(selector({ enc: E_CHACHA20 }), ADD);
  list.apply(selector({ enc: E_AES & ~E_AESGCM }), ADD);
  list.apply(selector(), ADD);
  list.apply(selector({ mac: M_MD5 }), ORD);
  list.apply(selector({ auth: A_NULL }), ORD);
  list.apply(selector({ mkey: K_RSA }), ORD);
  list.apply(selector({ mkey: K_PSK }), ORD);
  // OpenSSL next moves RC4 suites to the end; 3.0 builds none, so the table has no RC4 bit.
  list.strengthSort();
  list.apply(selector({ minTls: TLS1_2_VERSION }), BUMP);
  list.apply(selector({ mac: M_AEAD }), BUMP);
  list.apply(selector({ mkey: K_DHE | K_ECDHE }), BUMP);
  list.apply(selector({ mkey: K_DHE | K_ECDHE, mac: M_AEAD }), BUMP);
  list.apply(selector(), DEL);
  start = list;
  return list;
}
