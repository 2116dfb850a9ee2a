/**
 * judge(usage, context) -> Verdict: the tier a use of cryptography has in one list version, with the key strength of
 * LS-0003 at a date, the notes that apply and the reasons, in both languages. Pure: no files, no names, no I/O.
 *
 * Rules, in the order they apply (DESIGN.md, cryptrec-facts.md):
 * - a registry algorithm takes its entry's tier, or its parent's (`instanceOf`: Ed25519 is EdDSA), else `unlisted`;
 * - protocol versions take the TLS guideline's status; KDFs and password hashes are outside the list (unlisted alone,
 *   left out of a combination's worst-of);
 * - a bare key takes the best tier of the listed schemes that use it, judged by its strength;
 * - a listed technique with a key below the 112-bit minimum, or below the level allowed for new protection at the date,
 *   does not count as listed (`unlisted`, reason weak-key); processing old data after the period is legacy (at best monitored);
 * - note conditions that the usage shows are not met make it unlisted; those it cannot show are only cited;
 * - a combination is as weak as its weakest part (`any`: a hybrid, as strong as its strongest).
 * @module
 */
import type { Catalog } from '../catalog/catalog.js';
import type { Algorithm, Confidence, ListEntry, Localized, Note, NoteCondition } from '../catalog/types.js';
import type { CipherList } from '../catalog/versions.js';
import { reasonText, STATUS_TEXT } from '../i18n/reasons.js';
import type { Usage } from '../names/types.js';
import { strengthBits, timeline, type HashUse } from './strength.js';
import type { CheckObject, Purpose, Reason, Status, Strength, Verdict, VerdictNote } from './types.js';

/** What a judgement depends on besides the usage. */
export interface JudgeContext {
  readonly catalog: Catalog;
  readonly list: CipherList;
  readonly at: Date;
  readonly purpose: Purpose;
  /** Facts of use that no name carries (XTS for storage, blocks per key ...). */
  readonly use?: Pick<CheckObject, 'usage' | 'blocksPerKey' | 'fixedLength'>;
}

/** Rank for combining: a known-bad part outweighs an unreadable one. */
const COMBINE_RANK: Readonly<Record<Status, number>> = { recommended: 0, candidate: 1, monitored: 2, unknown: 3, unlisted: 4 };
const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 2, medium: 1, low: 0 };
const OUT_OF_SCOPE = new Set(['kdf', 'password-hash']);

const entryIndex = new WeakMap<CipherList, Map<string, ListEntry>>();
function entryOf(list: CipherList, algorithm: string): ListEntry | undefined {
  let index = entryIndex.get(list);
  if (!index) {
    index = new Map(list.entries.map((e) => [e.algorithm, e]));
    entryIndex.set(list, index);
  }
  return index.get(algorithm);
}

/** The lowest of some confidences. */
export function lowest(...values: (Confidence | undefined)[]): Confidence {
  let out: Confidence = 'high';
  for (const v of values) if (v !== undefined && CONFIDENCE_RANK[v] < CONFIDENCE_RANK[out]) out = v;
  return out;
}

/**
 * Judges one usage.
 * @example
 * judge({ input: 'aes-128-gcm', scheme: 'openssl', components: [...] }, { catalog, list: getList(), at: new Date(), purpose: 'new' });
 */
export function judge(usage: Usage, ctx: JudgeContext, hashUse: HashUse = 'collision'): Verdict {
  if (usage.components && usage.components.length > 0) return judgeComposite(usage, ctx, hashUse);
  if (usage.algorithm === undefined) {
    // A name that negotiates or selects nothing (a TLS SCSV, JOSE "dir"): say so rather than call it unreadable.
    if (usage.components !== undefined || usage.facts?.length) {
      const facts = (usage.facts ?? []).map((f) => `${f.about} (${f.source})`);
      return { ...unknownVerdict(usage.input, ctx, []), reasons: [{ code: 'nothing-to-judge', ...reasonText.nothingToJudge(usage.input, facts) }] };
    }
    return unknownVerdict(usage.input, ctx, []);
  }
  return judgePrimitive(usage, ctx, hashUse);
}

/** A verdict for input nobody can read. */
export function unknownVerdict(input: string, ctx: Pick<JudgeContext, 'list'>, suggestions: readonly string[]): Verdict {
  return {
    input, status: 'unknown', notes: [], quantumVulnerable: false, list: provenance(ctx.list), confidence: ctx.list.confidence,
    reasons: [{ code: 'unknown-name', ...reasonText.unknownName(input, suggestions), ...(suggestions.length ? { suggestions } : {}) }],
  };
}

export function provenance(list: CipherList): Verdict['list'] {
  return { id: list.list, version: list.version, document: list.document, published: list.published, confidence: list.confidence, provisional: list.provisional };
}

function judgePrimitive(usage: Usage, ctx: JudgeContext, hashUse: HashUse): Verdict {
  const { catalog, list } = ctx;
  const alg = catalog.algorithms.get(usage.algorithm!);
  if (!alg) return unknownVerdict(usage.input, ctx, []);
  const reasons: Reason[] = [];
  const notes: VerdictNote[] = [];
  let confidence: Confidence = list.confidence;
  let status: Status;
  let category: string | undefined;

  for (const fact of usage.facts ?? []) reasons.push({ code: 'implicit-parameter', ...reasonText.implicit(fact.about, fact.source) });

  if (alg.kind === 'protocol') {
    const rule = catalog.guideline.protocols.find((p) => p.protocol === (alg.instanceOf ?? alg.id));
    status = rule?.status ?? 'unlisted';
    reasons.push(rule
      ? { code: 'protocol-guideline', ...reasonText.protocol(alg.name, `${catalog.guideline.document} ${catalog.guideline.version}`, rule), confidence: catalog.guideline.confidence }
      : { code: 'not-listed', ...reasonText.notListed(alg.name, `${catalog.guideline.document} ${catalog.guideline.version}`) });
    confidence = lowest(confidence, catalog.guideline.confidence);
  } else if (alg.kind === 'none') {
    status = 'unlisted';
    reasons.push({ code: 'no-protection', ...reasonText.noProtection() });
  } else if (OUT_OF_SCOPE.has(alg.kind)) {
    status = 'unlisted';
    reasons.push({ code: 'out-of-scope', ...reasonText.outOfScope(alg.name, alg.kind) });
  } else if (alg.kind === 'public-key') {
    const best = bestUser(alg, list);
    status = best?.tier ?? 'unlisted';
    category = best?.category;
    reasons.push({ code: 'bare-key', ...reasonText.bareKey(alg.name, best ? catalog.algorithms.get(best.algorithm)?.name ?? best.algorithm : '-') });
  } else {
    let entry = entryOf(list, alg.id);
    if (!entry && alg.instanceOf) {
      entry = entryOf(list, alg.instanceOf);
      if (entry) {
        const parent = catalog.algorithms.get(alg.instanceOf)?.name ?? alg.instanceOf;
        reasons.push(alg.instanceReason
          ? { code: 'instance-of', ...alg.instanceReason, confidence: alg.instanceConfidence ?? 'low' }
          : { code: 'instance-of', ...reasonText.instanceOf(alg.name, parent) });
        confidence = lowest(confidence, alg.instanceConfidence);
      }
    }
    if (entry) {
      status = entry.tier;
      category = entry.category;
      confidence = lowest(confidence, entry.confidence ?? list.confidence);
      const cat = catalog.categories.get(entry.category) ?? { ja: entry.category, en: entry.category };
      reasons.unshift({ code: 'listed', ...reasonText.listed(alg.name, entry.tier, cat, list.document) });
      notes.push(...notesOf(list, entry));
      if (entry.keyBits) {
        const fits = usage.keyBits !== undefined && entry.keyBits.includes(usage.keyBits);
        reasons.push({ code: 'entry-key-size', ...reasonText.entryKeySize(alg.name, entry.keyBits, usage.keyBits) });
        if (usage.keyBits !== undefined && !fits) status = 'unlisted';
      }
    } else {
      status = 'unlisted';
      reasons.push({ code: 'not-listed', ...reasonText.notListed(alg.name, list.document) });
    }
  }

  // Elliptic curves: the list names ECDSA and ECDH without curves; our reading of each curve has its own confidence.
  const curveId = usage.curve;
  if (curveId !== undefined) {
    const curve = catalog.curves.get(curveId);
    if (!curve) {
      status = 'unknown';
      reasons.push({ code: 'unknown-parameter', ...reasonText.unknownCurve(curveId) });
    } else if (alg.instanceOf === undefined && alg.keyFamily === 'ecc') {
      const rule = catalog.curveCoverage[curve.coverage];
      reasons.push({ code: 'curve-coverage', ...reasonText.curveCoverage(curve.name, rule.reason), confidence: rule.confidence });
      confidence = lowest(confidence, rule.confidence);
    }
  }

  const listedTier = status;

  // Strength (LS-0003).
  let strength: Strength | undefined;
  const measured = status === 'unknown' ? undefined : strengthBits(catalog, alg, usage, hashUse);
  if (measured) {
    strength = timeline(catalog, measured.bits, measured.basis, measured.confidence, ctx.at);
    const isKey = measured.basis !== 'collision' && measured.basis !== 'preimage';
    // A hash's strength is shown but decides nothing, so only a key's strength lowers the verdict's confidence.
    if (isKey) confidence = lowest(confidence, strength.confidence);
    const listed = status === 'recommended' || status === 'candidate' || status === 'monitored';
    if (isKey && strength.level === null) {
      reasons.push({ code: 'weak-key', ...reasonText.weakKey(strength.bits, catalog.strength.minimumBits) });
      if (listed) status = 'unlisted';
    } else if (isKey && strength.deadline !== undefined) {
      if (ctx.purpose === 'new' && strength.new === 'not-allowed') {
        reasons.push({ code: 'weak-key', ...reasonText.expired(strength.level!, strength.deadline), deadline: strength.deadline });
        if (listed) status = 'unlisted';
      } else if (ctx.purpose === 'process' && strength.process === 'legacy') {
        reasons.push({ code: 'legacy-use', ...reasonText.legacyUse(strength.level!, strength.deadline), deadline: strength.deadline });
        if (status === 'recommended' || status === 'candidate') status = 'monitored';
      } else if (strength.new !== 'ok') {
        reasons.push({ code: 'key-deadline', ...reasonText.keyDeadline(strength.level!, strength.deadline), deadline: strength.deadline });
      }
    } else if (!isKey && strength.level === null) {
      reasons.push({ code: 'hash-strength', ...reasonText.hashStrength(alg.name, strength.bits, measured.basis) });
    }
  }

  // Note conditions the usage can show.
  for (const note of notes) {
    for (const condition of note.conditions ?? []) {
      const unmet = unmetCondition(condition, usage, alg, ctx);
      if (unmet === undefined) continue;
      if (unmet.soft) reasons.push({ code: 'note-condition', ...unmet.text, note: note.id });
      else {
        reasons.push({ code: 'note-unmet', ...reasonText.noteUnmet(unmet.text), note: note.id });
        if (status !== 'unknown') status = 'unlisted';
      }
    }
  }
  if (status === 'monitored' && listedTier === 'monitored') {
    reasons.push({ code: 'compatibility-only', ...reasonText.compatibilityOnly() });
  }
  if (list.provisional && list.unconfirmed) reasons.push({ code: 'provisional-list', ...reasonText.provisional(list.version, list.unconfirmed) });

  return {
    input: usage.input,
    status,
    label: usage.label ?? labelOf(alg, usage),
    algorithm: { id: alg.id, name: alg.name, kind: alg.kind, ...(category ? { category } : {}) },
    ...(usage.role ? { role: usage.role } : {}),
    ...(strength ? { strength } : {}),
    notes,
    reasons,
    list: provenance(list),
    confidence,
    quantumVulnerable: alg.quantumVulnerable === true,
  };
}

function labelOf(alg: Algorithm, usage: Usage): string {
  if (usage.curve) return `${alg.name} ${usage.curve}`;
  if (usage.keyBits !== undefined && !(alg.keyBits?.length === 1 && alg.keyBits[0] === usage.keyBits)) return `${alg.name}-${usage.keyBits}`;
  if (usage.outputBits !== undefined && usage.outputBits !== alg.outputBits) return `${alg.name}/${usage.outputBits}`;
  return alg.name;
}

/** The best list entry among the schemes a bare key serves. */
function bestUser(alg: Algorithm, list: CipherList): ListEntry | undefined {
  const entries = (alg.usedBy ?? []).map((id) => entryOf(list, id)).filter((e): e is ListEntry => e !== undefined);
  return entries.sort((a, b) => COMBINE_RANK[a.tier] - COMBINE_RANK[b.tier])[0];
}

/** The notes of an entry, then those its category carries at its tier. */
function notesOf(list: CipherList, entry: ListEntry): VerdictNote[] {
  const ids = [...entry.notes];
  for (const cn of list.categoryNotes ?? []) if (cn.category === entry.category && cn.tier === entry.tier) ids.push(...cn.notes);
  return [...new Set(ids)].flatMap((id) => {
    const note: Note | undefined = list.notes[id];
    return note ? [{ id, ja: note.ja, en: note.en, ...(note.conditions ? { conditions: note.conditions } : {}), ...(note.confidence ? { confidence: note.confidence } : {}) }] : [];
  });
}

/**
 * Whether the usage shows that a note's condition is not met. `soft` conditions (a recommendation) only add a reason;
 * hard ones make the use unlisted. Undefined when the usage does not tell, or the condition holds.
 */
function unmetCondition(c: NoteCondition, usage: Usage, alg: Algorithm, ctx: JudgeContext): { text: Localized; soft: boolean } | undefined {
  switch (c.type) {
    case 'iv-bits':
      return usage.ivBits !== undefined && usage.ivBits !== c.bits ? { text: reasonText.ivBits(usage.ivBits, c.bits), soft: true } : undefined;
    case 'min-output-bits':
      return usage.outputBits !== undefined && usage.outputBits < c.bits ? { text: reasonText.outputBits(usage.outputBits, c.bits), soft: false } : undefined;
    case 'usage-only':
      return ctx.use?.usage !== undefined && ctx.use.usage !== c.usage ? { text: reasonText.usageOnly(ctx.use.usage, c.usage), soft: false } : undefined;
    case 'max-blocks-per-key':
      if (c.with !== undefined) return undefined;
      return ctx.use?.blocksPerKey !== undefined && ctx.use.blocksPerKey > c.blocks ? { text: reasonText.blocks(ctx.use.blocksPerKey, c.blocks), soft: false } : undefined;
    case 'fixed-length-messages':
      return ctx.use?.fixedLength === false ? { text: reasonText.variableLength(), soft: false } : undefined;
    case 'block-bits':
      return alg.blockBits !== undefined && alg.blockBits !== c.bits ? { text: reasonText.blockBits(alg.blockBits, c.bits), soft: false } : undefined;
    default:
      return undefined;
  }
}

function judgeComposite(usage: Usage, ctx: JudgeContext, outerHashUse: HashUse): Verdict {
  const parts = usage.components!;
  // Signatures rest on collision resistance; MACs, KDFs and PRFs on preimage resistance.
  const hashUse: HashUse = parts.some((p) => p.role === 'mac' || p.role === 'kdf' || p.role === 'prf' || p.algorithm === 'hmac')
    ? 'preimage' : parts.some((p) => p.role === 'signature') ? 'collision' : outerHashUse;
  const components = parts.map((p) => judge(p, ctx, hashUse));
  // The whole's own facts are reported once, below, not again by its primitive judgement.
  const whole = usage.algorithm !== undefined ? judgePrimitive({ ...usage, components: undefined, facts: undefined }, ctx, hashUse) : undefined;
  const reasons: Reason[] = [];
  const any = usage.combination === 'any';

  // Block-bits conditions of a mode (XTS) concern the cipher it is combined with.
  const cipher = parts.find((p) => p.role === 'cipher' && p.algorithm !== undefined);
  const cipherAlg = cipher?.algorithm !== undefined ? ctx.catalog.algorithms.get(cipher.algorithm) : undefined;
  const adjusted = components.map((v) => {
    if (!cipherAlg || v.algorithm?.kind !== 'mode') return v;
    const blockRule = v.notes.flatMap((n) => (n.conditions ?? []).map((c) => ({ c, n }))).find(({ c }) => c.type === 'block-bits');
    if (!blockRule || blockRule.c.type !== 'block-bits' || cipherAlg.blockBits === undefined || cipherAlg.blockBits === blockRule.c.bits) return v;
    const unmet: Reason = { code: 'note-unmet', ...reasonText.noteUnmet(reasonText.blockBits(cipherAlg.blockBits, blockRule.c.bits)), note: blockRule.n.id };
    return { ...v, status: 'unlisted' as Status, reasons: [...v.reasons, unmet] };
  });

  const counted = adjusted.filter((v) => !(v.algorithm && OUT_OF_SCOPE.has(v.algorithm.kind)));
  for (const v of adjusted) if (!counted.includes(v)) reasons.push({ code: 'out-of-scope', ...reasonText.outOfScopeComponent(v.algorithm?.name ?? v.input) });
  const pool = whole ? [whole, ...counted] : counted;
  let deciding: Verdict | undefined;
  for (const v of pool.length ? pool : adjusted) {
    if (!deciding) deciding = v;
    else if (any ? COMBINE_RANK[v.status] < COMBINE_RANK[deciding.status] : COMBINE_RANK[v.status] > COMBINE_RANK[deciding.status]) deciding = v;
  }
  const status: Status = deciding?.status ?? 'unknown';
  if (deciding && pool.length > 1) {
    const name = deciding.label ?? deciding.input;
    reasons.unshift(any
      ? { code: 'hybrid', ...reasonText.hybrid(name) }
      : { code: 'composite', ...reasonText.composite(name, STATUS_TEXT[status] ?? { en: status, ja: status }) });
  }
  // HMAC with a monitored hash: our strict reading of the combination rule (facts sheet, section 8).
  const mac = adjusted.find((v) => v.algorithm?.id === 'hmac');
  const macHash = adjusted.find((v) => v.role === 'hash' && v.algorithm !== undefined && v.status === 'monitored');
  let confidence = lowest(...pool.map((v) => v.confidence), whole?.confidence);
  if (mac && macHash && mac.status === 'recommended') {
    reasons.push({ code: 'strict-combination', ...reasonText.strictCombination(mac.algorithm!.name, macHash.algorithm!.name), confidence: 'low' });
    confidence = lowest(confidence, 'low');
  }
  const strengths = counted.map((v) => v.strength).filter((s): s is Strength => s !== undefined && s.basis !== 'collision' && s.basis !== 'preimage');
  const strength = strengths.length
    ? strengths.reduce((a, b) => (any ? (b.bits > a.bits ? b : a) : (b.bits < a.bits ? b : a)))
    : undefined;
  const notes = dedupe([...(whole?.notes ?? []), ...adjusted.flatMap((v) => v.notes)]);
  const quantumVulnerable = any ? pool.every((v) => v.quantumVulnerable) : pool.some((v) => v.quantumVulnerable);
  return {
    input: usage.input,
    status,
    ...(usage.label ? { label: usage.label } : {}),
    ...(whole?.algorithm ? { algorithm: whole.algorithm } : {}),
    ...(usage.role ? { role: usage.role } : {}),
    components: adjusted,
    ...(strength ? { strength } : {}),
    notes,
    reasons: [...reasons, ...(whole?.reasons ?? []), ...(usage.facts ?? []).map((f) => ({ code: 'implicit-parameter' as const, ...reasonText.implicit(f.about, f.source) }))],
    list: provenance(ctx.list),
    confidence,
    quantumVulnerable,
  };
}

function dedupe(notes: VerdictNote[]): VerdictNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)));
}
