/**
 * A strict JSON reader (RFC 8259) that keeps where every value and member name starts and ends, so that findings point at
 * the `kty` or `alg` value itself. JWK and JWK Set documents are plain JSON (RFC 7517 §4, §5): no comments, no trailing
 * commas. On a syntax error the reader stops and returns what it read so far, each object and array marked complete or
 * not, with the error's offset; keys already read in a broken JWK Set are still reported.
 *
 * Bounds: nesting deeper than 256 is an error (no stack overflow on `[[[[...`); everything else is one pass over the text.
 * @module
 */

/** A JSON value with its place: `start` is the offset of its first character, `end` one past its last. */
export type JsonNode = JsonObject | JsonArray | JsonString | JsonScalar;

export interface JsonObject {
  readonly type: 'object';
  readonly start: number;
  end: number;
  readonly members: JsonMember[];
  /** False when a syntax error cut the object short. */
  complete: boolean;
}

export interface JsonArray {
  readonly type: 'array';
  readonly start: number;
  end: number;
  readonly items: JsonNode[];
  complete: boolean;
}

export interface JsonString {
  readonly type: 'string';
  /** The offset of the opening quote. */
  readonly start: number;
  /** One past the closing quote. */
  readonly end: number;
  readonly value: string;
}

export interface JsonScalar {
  readonly type: 'number' | 'boolean' | 'null';
  readonly start: number;
  readonly end: number;
  readonly value: number | boolean | null;
}

export interface JsonMember {
  readonly name: string;
  /** The offset of the name's opening quote. */
  readonly nameStart: number;
  readonly value: JsonNode;
}

/** Why the text is not JSON. */
export type JsonErrorCode = 'unexpected-character' | 'unexpected-end' | 'unterminated-string' | 'bad-escape' | 'control-character' | 'too-deep' | 'trailing-text';

export interface JsonError {
  readonly code: JsonErrorCode;
  readonly offset: number;
}

export interface JsonParse {
  /** The root value, complete or as far as it was read. */
  readonly value?: JsonNode;
  readonly error?: JsonError;
}

export const MAX_JSON_DEPTH = 256;

class Stop extends Error {
  constructor(readonly jsonError: JsonError) {
    super(jsonError.code);
  }
}

/**
 * Reads a JSON text with positions. Never throws.
 * @example
 * const { value } = parseJson('{"kty": "EC"}');
 * value.members[0].value; // { type: 'string', start: 8, end: 12, value: 'EC' }
 */
export function parseJson(text: string): JsonParse {
  const p = new Reader(text);
  try {
    p.ws();
    const value = p.value(0, (v) => {
      p.root = v;
    });
    p.ws();
    if (p.pos < text.length) throw new Stop({ code: 'trailing-text', offset: p.pos });
    return { value };
  } catch (e) {
    if (e instanceof Stop) return { ...(p.root ? { value: p.root } : {}), error: e.jsonError };
    throw e;
  }
}

class Reader {
  pos = 0;
  root: JsonNode | undefined;
  constructor(readonly text: string) {}

  ws(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      this.pos++;
    }
  }

  fail(code: JsonErrorCode, offset = this.pos): never {
    throw new Stop({ code: this.pos >= this.text.length && code === 'unexpected-character' ? 'unexpected-end' : code, offset });
  }

  /** Reads a value; `attach` hands an object or array to its parent before its content is read, so partial trees survive. */
  value(depth: number, attach: (v: JsonNode) => void): JsonNode {
    if (depth > MAX_JSON_DEPTH) this.fail('too-deep');
    const c = this.text.charCodeAt(this.pos);
    if (c === 123 /* { */) return this.object(depth, attach);
    if (c === 91 /* [ */) return this.array(depth, attach);
    let v: JsonNode;
    if (c === 34) v = this.string();
    else if (c === 45 || (c >= 48 && c <= 57)) v = this.number();
    else v = this.literal();
    attach(v);
    return v;
  }

  object(depth: number, attach: (v: JsonNode) => void): JsonObject {
    const o: JsonObject = { type: 'object', start: this.pos, end: this.pos, members: [], complete: false };
    attach(o);
    this.pos++;
    this.ws();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      o.end = this.pos;
      o.complete = true;
      return o;
    }
    for (;;) {
      this.ws();
      if (this.text.charCodeAt(this.pos) !== 34) this.fail('unexpected-character');
      const nameStart = this.pos;
      const name = this.string().value;
      this.ws();
      if (this.text.charCodeAt(this.pos) !== 58 /* : */) this.fail('unexpected-character');
      this.pos++;
      this.ws();
      this.value(depth + 1, (value) => o.members.push({ name, nameStart, value }));
      this.ws();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 44) continue;
      if (c === 125) break;
      this.pos--;
      this.fail('unexpected-character');
    }
    o.end = this.pos;
    o.complete = true;
    return o;
  }

  array(depth: number, attach: (v: JsonNode) => void): JsonArray {
    const a: JsonArray = { type: 'array', start: this.pos, end: this.pos, items: [], complete: false };
    attach(a);
    this.pos++;
    this.ws();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      a.end = this.pos;
      a.complete = true;
      return a;
    }
    for (;;) {
      this.ws();
      this.value(depth + 1, (v) => a.items.push(v));
      this.ws();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 44) continue;
      if (c === 93) break;
      this.pos--;
      this.fail('unexpected-character');
    }
    a.end = this.pos;
    a.complete = true;
    return a;
  }

  string(): JsonString {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    let out = '';
    let run = this.pos;
    for (;;) {
      if (this.pos >= t.length) this.fail('unterminated-string', start);
      const c = t.charCodeAt(this.pos);
      if (c === 34) break;
      if (c < 0x20) this.fail('control-character');
      if (c !== 92) {
        this.pos++;
        continue;
      }
      out += t.slice(run, this.pos);
      const e = t[this.pos + 1];
      const simple = e === undefined ? undefined : ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        this.pos += 2;
      } else if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) {
        out += String.fromCharCode(parseInt(t.slice(this.pos + 2, this.pos + 6), 16));
        this.pos += 6;
      } else {
        this.fail('bad-escape');
      }
      run = this.pos;
    }
    out += t.slice(run, this.pos);
    this.pos++;
    return { type: 'string', start, end: this.pos, value: out };
  }

  number(): JsonScalar {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (m === null) this.fail('unexpected-character');
    const start = this.pos;
    this.pos += m[0].length;
    return { type: 'number', start, end: this.pos, value: Number(m[0]) };
  }

  literal(): JsonScalar {
    const start = this.pos;
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, start)) {
        this.pos += word.length;
        return { type: value === null ? 'null' : 'boolean', start, end: this.pos, value };
      }
    }
    return this.fail('unexpected-character');
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: readonly (readonly [string, boolean | null])[] = [['true', true], ['false', false], ['null', null]];

/**
 * The members of an object by name; the last of a repeated name wins, as RFC 7517 §4 allows ("use a JSON parser that
 * returns only the lexically last duplicate member name").
 * @example
 * membersOf(obj).get('kty'); // the JsonNode of the kty value
 */
export function membersOf(o: JsonObject): Map<string, JsonMember> {
  const out = new Map<string, JsonMember>();
  for (const m of o.members) out.set(m.name, m);
  return out;
}
