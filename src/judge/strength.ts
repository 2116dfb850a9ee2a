/**
 * Security strength per CRYPTREC LS-0003-2022: the bits of security a key, curve or hash gives (by the equivalence table,
 * which follows NIST SP 800-57 Part 1 Table 2), the level it reaches, and whether it may protect new data or process old data
 * at a date. Years are calendar years (the open question of fiscal 2030 is recorded in the data).
 * @module
 */
import type { Algorithm } from '../catalog/types.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Usage } from '../names/types.js';
import type { NewUse, ProcessUse, Strength } from './types.js';

type CatalogLike = Pick<Catalog, 'strength' | 'curves'>;
/** How a hash is used decides which of its resistances counts. */
export type HashUse = 'collision' | 'preimage';

/** PQC security categories (FIPS 203/204) compared with the symmetric strengths they are defined against. */
const PQ_CATEGORY_BITS: Readonly<Record<number, number>> = { 1: 128, 2: 128, 3: 192, 4: 192, 5: 256 };

/**
 * Bits of security and their basis for one primitive usage, or undefined when the usage does not say enough (AES with no key
 * size, RSA with no modulus).
 * @example
 * strengthBits(catalog, aes, { keyBits: 128 }, 'collision'); // { bits: 128, basis: 'symmetric' }
 */
export function strengthBits(
  catalog: CatalogLike, alg: Algorithm, usage: Usage, hashUse: HashUse,
): { bits: number; basis: Strength['basis']; confidence: Strength['confidence'] } | undefined {
  const table = catalog.strength.equivalences;
  const tableConfidence = (bits: number) => table.find((e) => e.bits === bits)?.confidence ?? 'low';
  const byTable = (ok: (e: (typeof table)[number]) => boolean) => {
    const best = [...table].reverse().find(ok);
    return best ? best.bits : 0;
  };
  const curveId = usage.curve ?? alg.curve;
  if (curveId !== undefined) {
    const curve = catalog.curves.get(curveId);
    if (!curve) return undefined;
    const bits = curve.strengthBits ?? byTable((e) => curve.orderBits >= e.ecc.min);
    return { bits, basis: 'ecc', confidence: tableConfidence(levelOf(catalog, bits) ?? 80) };
  }
  if (alg.keyFamily === 'ifc') {
    if (usage.keyBits === undefined) return undefined;
    const bits = byTable((e) => usage.keyBits! >= e.ifc);
    return { bits, basis: 'ifc', confidence: tableConfidence(bits || 80) };
  }
  if (alg.keyFamily === 'ffc') {
    if (usage.keyBits === undefined) return undefined;
    const byP = byTable((e) => usage.keyBits! >= e.ffc.p);
    const bits = usage.subgroupBits === undefined ? byP : Math.min(byP, byTable((e) => usage.subgroupBits! >= e.ffc.q));
    return { bits, basis: 'ffc', confidence: tableConfidence(bits || 80) };
  }
  if (alg.securityCategory !== undefined) {
    return { bits: PQ_CATEGORY_BITS[alg.securityCategory] ?? 0, basis: 'pq-category', confidence: 'medium' };
  }
  if (alg.kind === 'hash' || alg.kind === 'xof') {
    const out = usage.outputBits ?? alg.outputBits;
    if (alg.kind === 'xof') {
      if (alg.strengthBits === undefined) return undefined;
      const bits = out === undefined ? alg.strengthBits : Math.min(alg.strengthBits, hashUse === 'collision' ? Math.floor(out / 2) : out);
      return { bits, basis: hashUse, confidence: catalog.strength.hashStrength.confidence };
    }
    if (out === undefined) return undefined;
    const bits = hashUse === 'collision' ? Math.min(alg.collisionBits ?? out / 2, out / 2) : out;
    return { bits, basis: hashUse, confidence: catalog.strength.hashStrength.confidence };
  }
  if (alg.kind === 'block-cipher' || alg.kind === 'stream-cipher' || alg.kind === 'authenticated-encryption') {
    if (alg.strengthBits !== undefined && (usage.keyBits === undefined || alg.keyBits?.includes(usage.keyBits))) {
      return { bits: alg.strengthBits, basis: 'symmetric', confidence: 'medium' };
    }
    const keyBits = usage.keyBits ?? (alg.keyBits?.length === 1 ? alg.keyBits[0] : undefined);
    if (keyBits === undefined) return undefined;
    return { bits: keyBits, basis: 'symmetric', confidence: 'medium' };
  }
  return undefined;
}

/** The LS-0003 level (112, 128, 192, 256) that `bits` reaches, or null below the minimum. */
export function levelOf(catalog: CatalogLike, bits: number): number | null {
  const reached = catalog.strength.levels.filter((l) => bits >= l.bits).at(-1);
  return reached ? reached.bits : null;
}

/**
 * The whole strength verdict at a date.
 * @example
 * timeline(catalog, 112, 'symmetric', 'medium', new Date('2026-01-01'));
 * // { bits: 112, level: 112, new: 'until-2030', process: 'ok', deadline: 2030, … }
 */
export function timeline(
  catalog: CatalogLike, bits: number, basis: Strength['basis'], confidence: Strength['confidence'], at: Date,
): Strength {
  const year = at.getUTCFullYear();
  const atText = at.toISOString().slice(0, 10);
  const level = levelOf(catalog, bits);
  const rule = catalog.strength.levels.find((l) => l.bits === level);
  if (level === null || !rule) return { bits, level: null, basis, new: 'not-allowed', process: 'not-allowed', at: atText, confidence };
  let newUse: NewUse = 'ok';
  let processUse: ProcessUse = 'ok';
  const deadline = rule.new.lastYear;
  if (deadline !== undefined) {
    if (year > deadline) newUse = 'not-allowed';
    else if (rule.new.migrationFrom === undefined || year >= rule.new.migrationFrom) newUse = `until-${deadline}`;
  }
  const processEnd = rule.process.lastYear;
  if (processEnd !== undefined && year > processEnd) processUse = rule.process.afterwards === 'legacy' ? 'legacy' : 'not-allowed';
  // The calendar-or-fiscal question concerns the end of the lowest (112-bit) period only.
  const worst = [confidence, rule.confidence, ...(level === catalog.strength.minimumBits ? [catalog.strength.periodEnd.confidence] : [])];
  return {
    bits, level, basis, new: newUse, process: processUse, ...(deadline !== undefined ? { deadline } : {}), at: atText,
    confidence: worst.includes('low') ? 'low' : worst.includes('medium') ? 'medium' : 'high',
  };
}
