/**
 * Cross-validation before timing: every implementation of an algorithm must reproduce the standard's known-answer vectors,
 * and all implementations must agree with each other on the benchmark's own input. Signatures, being randomised in most
 * implementations, are checked by signing with each and verifying with every other (and refusing a tampered signature);
 * deterministic signers must also reproduce the vector's signature. A failure is returned as data naming the implementation
 * (and operation) it condemns; the runner aborts those rows and carries on.
 * @module
 */
import { equalBytes, toHex, utf8 } from './bytes.js';
import type {
  AgreementSubject, BulkParams, BulkSubject, ImplementationName, JwkPair, SignatureSubject, Subject,
} from './types.js';

/** One reason to abort rows: all of an implementation's rows for the subject, or only those of one operation. */
export interface ValidationError {
  readonly implementation: ImplementationName;
  readonly operation?: string;
  readonly message: string;
}

/** What the benchmark runs on, fixed before validation so that the timed inputs are the validated ones. */
export interface BenchInputs {
  readonly params?: BulkParams;
  readonly keys?: JwkPair;
  /** Key agreement: the peer's key pair (its public half is used). */
  readonly peer?: JwkPair;
}

const short = (bytes: Uint8Array): string => {
  const h = toHex(bytes);
  return h.length > 128 ? `${h.slice(0, 64)}…(${bytes.length} bytes)` : h;
};

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function entries<T>(impls: Partial<Record<ImplementationName, T>>): [ImplementationName, T][] {
  return Object.entries(impls) as [ImplementationName, T][];
}

/** A message of `length` bytes that is the same on every run, so a cross-check failure can be reproduced. */
function patterned(length: number): Uint8Array {
  const m = new Uint8Array(length);
  for (let i = 0; i < length; i++) m[i] = (i * 131 + 7) & 0xff;
  return m;
}

async function validateBulk(subject: BulkSubject, inputs: BenchInputs): Promise<ValidationError[]> {
  const errors: ValidationError[] = [];
  const failed = new Set<ImplementationName>();
  for (const [name, impl] of entries(subject.implementations)) {
    for (const vector of subject.vectors) {
      try {
        const fn = await impl.bind(vector.params);
        const got = await fn(vector.message);
        if (!equalBytes(got, vector.expected)) {
          errors.push({ implementation: name, message: `${vector.source}: expected ${short(vector.expected)}, got ${short(got)}` });
          failed.add(name);
          break;
        }
      } catch (error) {
        errors.push({ implementation: name, message: `${vector.source}: ${errorText(error)}` });
        failed.add(name);
        break;
      }
    }
  }
  // The vectors are short; a second look on a longer, block-aligned message with the timed parameters catches
  // implementations that only go wrong past the first few blocks or with the benchmark's key and nonce.
  const message = patterned(1024 + (subject.blockSize ? 0 : 13));
  let reference: { name: ImplementationName; output: Uint8Array } | undefined;
  for (const [name, impl] of entries(subject.implementations)) {
    if (failed.has(name)) continue;
    try {
      const output = await (await impl.bind(inputs.params ?? {}))(message);
      if (!reference) reference = { name, output };
      else if (!equalBytes(output, reference.output)) {
        errors.push({ implementation: name, message: `differs from ${reference.name} on a ${message.length}-byte message: ${short(output)} vs ${short(reference.output)}` });
      }
    } catch (error) {
      errors.push({ implementation: name, message: `on the benchmark parameters: ${errorText(error)}` });
    }
  }
  return errors;
}

const tampered = (signature: Uint8Array): Uint8Array => {
  const t = Uint8Array.from(signature);
  t[t.length >> 1]! ^= 0x01;
  return t;
};

async function validateSignature(subject: SignatureSubject, inputs: BenchInputs): Promise<ValidationError[]> {
  const errors: ValidationError[] = [];
  const add = (implementation: ImplementationName, operation: string | undefined, message: string) =>
    errors.push(operation === undefined ? { implementation, message } : { implementation, operation, message });
  for (const [name, impl] of entries(subject.implementations)) {
    for (const vector of subject.vectors) {
      try {
        const s = await impl.bind(vector.keys);
        if (!(await s.verify(vector.message, vector.signature))) add(name, 'verify', `${vector.source}: the published signature was refused`);
        if (await s.verify(vector.message, tampered(vector.signature))) add(name, 'verify', `${vector.source}: a tampered signature was accepted`);
        if (impl.deterministic) {
          const got = await s.sign(vector.message);
          if (!equalBytes(got, vector.signature)) add(name, 'sign', `${vector.source}: expected ${short(vector.signature)}, got ${short(got)}`);
        }
      } catch (error) {
        add(name, undefined, `${vector.source}: ${errorText(error)}`);
      }
    }
  }
  if (!inputs.keys) return errors;
  const message = utf8('cryptrec benchmark: every implementation signs, every other verifies');
  const signers: { name: ImplementationName; verify: (m: Uint8Array, s: Uint8Array) => boolean | Promise<boolean>; signature: Uint8Array }[] = [];
  for (const [name, impl] of entries(subject.implementations)) {
    try {
      const s = await impl.bind(inputs.keys);
      signers.push({ name, verify: s.verify, signature: await s.sign(message) });
    } catch (error) {
      add(name, undefined, `with a fresh key: ${errorText(error)}`);
    }
  }
  // Who is wrong when a verifier refuses a signature is settled by the majority of verifiers: a signature most refuse
  // condemns its signer; a verifier that refuses what most accept condemns itself; a tie condemns both.
  for (const from of signers) {
    const refusedBy: ImplementationName[] = [];
    for (const by of signers) {
      try {
        if (!(await by.verify(message, from.signature))) refusedBy.push(by.name);
        if (await by.verify(message, tampered(from.signature))) add(by.name, 'verify', `accepted a tampered signature made by ${from.name}`);
      } catch (error) {
        add(by.name, 'verify', `verifying ${from.name}'s signature: ${errorText(error)}`);
      }
    }
    if (refusedBy.length === 0) continue;
    const accepted = signers.length - refusedBy.length;
    if (accepted * 2 <= signers.length) add(from.name, 'sign', `its signature was refused by ${refusedBy.join(', ')}`);
    if (accepted * 2 >= signers.length) for (const by of refusedBy) add(by, 'verify', `refused a signature made by ${from.name} that ${accepted} of ${signers.length} verifiers accept`);
  }
  return errors;
}

async function validateAgreement(subject: AgreementSubject, inputs: BenchInputs): Promise<ValidationError[]> {
  const errors: ValidationError[] = [];
  const failed = new Set<ImplementationName>();
  for (const [name, impl] of entries(subject.implementations)) {
    for (const vector of subject.vectors) {
      try {
        const got = await (await impl.bind(vector.own, vector.peer))();
        if (!equalBytes(got, vector.expected)) {
          errors.push({ implementation: name, message: `${vector.source}: expected ${short(vector.expected)}, got ${short(got)}` });
          failed.add(name);
        }
      } catch (error) {
        errors.push({ implementation: name, message: `${vector.source}: ${errorText(error)}` });
        failed.add(name);
      }
    }
  }
  if (!inputs.keys || !inputs.peer) return errors;
  let reference: { name: ImplementationName; output: Uint8Array } | undefined;
  for (const [name, impl] of entries(subject.implementations)) {
    if (failed.has(name)) continue;
    try {
      const output = await (await impl.bind(inputs.keys.privateKey, inputs.peer.publicKey))();
      if (!reference) reference = { name, output };
      else if (!equalBytes(output, reference.output)) {
        errors.push({ implementation: name, message: `derived ${short(output)} from fresh keys where ${reference.name} derived ${short(reference.output)}` });
      }
    } catch (error) {
      errors.push({ implementation: name, message: `with fresh keys: ${errorText(error)}` });
    }
  }
  return errors;
}

/**
 * Checks every implementation of `subject` against its vectors and against each other on `inputs`.
 * @example
 * const errors = await validate(subject, { params: subject.benchParams() }); // [] when all agree
 */
export function validate(subject: Subject, inputs: BenchInputs): Promise<ValidationError[]> {
  switch (subject.kind) {
    case 'bulk': return validateBulk(subject, inputs);
    case 'signature': return validateSignature(subject, inputs);
    case 'agreement': return validateAgreement(subject, inputs);
  }
}
