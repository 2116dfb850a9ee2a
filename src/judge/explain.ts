/**
 * explain(name): everything the catalog knows about one name, across every bundled list version.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import type { Algorithm, Curve, Localized, Tier } from '../catalog/types.js';
import { getList, listVersions } from '../catalog/versions.js';
import { resolve } from '../names/resolve.js';
import type { Usage } from '../names/types.js';
import { check } from './check.js';
import type { CheckOptions, Verdict } from './types.js';

/** Everything known about one name. */
export interface Explanation {
  readonly input: string;
  readonly usage?: Usage;
  /** The verdict against the chosen list (latest by default). */
  readonly verdict: Verdict;
  /** The registry entries the name involves: the algorithm and, for a composite, each part. */
  readonly algorithms: readonly Algorithm[];
  readonly curve?: Curve;
  /** The tier of each involved algorithm in every bundled version (undefined: on no list). */
  readonly tiers: readonly { readonly version: string; readonly provisional: boolean; readonly byAlgorithm: Readonly<Record<string, Tier | undefined>> }[];
  /** The LS-0003 strength table. */
  readonly strengthTable: readonly { readonly bits: number; readonly symmetric: string; readonly ifc: number; readonly ffc: string; readonly ecc: string; readonly lastYearForNew?: number }[];
  readonly quantumVulnerable: boolean;
  readonly specs: readonly string[];
  readonly curveCoverage?: Localized;
}

/**
 * What a name resolves to, its tier in every bundled version, notes, specs, strength table and quantum flag.
 * @example
 * explain('3des').tiers.map((t) => t.byAlgorithm['tdea-3key']); // ['recommended', 'monitored', 'monitored', 'monitored']
 */
export function explain(name: string, options: CheckOptions = {}): Explanation {
  const catalog = bundledCatalog();
  const usage = resolve(name);
  const verdict = check(name, options);
  const ids = new Set<string>();
  const walk = (u: Usage) => {
    if (u.algorithm) ids.add(u.algorithm);
    const alg = u.algorithm ? catalog.algorithms.get(u.algorithm) : undefined;
    if (alg?.instanceOf) ids.add(alg.instanceOf);
    for (const id of alg?.usedBy ?? []) ids.add(id);
    u.components?.forEach(walk);
  };
  if (usage) walk(usage);
  const algorithms = [...ids].map((id) => catalog.algorithms.get(id)).filter((a): a is Algorithm => a !== undefined);
  const curveId = usage?.curve ?? usage?.components?.find((c) => c.curve)?.curve;
  const curve = curveId ? catalog.curves.get(curveId) : undefined;
  const tiers = listVersions().map((v) => {
    const list = getList(v.version);
    return {
      version: v.version, provisional: v.provisional,
      byAlgorithm: Object.fromEntries(algorithms.map((a) => [a.id, list.entries.find((e) => e.algorithm === a.id)?.tier])),
    };
  });
  const strengthTable = catalog.strength.equivalences.map((e) => {
    const lastYearForNew = catalog.strength.levels.find((l) => l.bits === e.bits)?.new.lastYear;
    return {
      bits: e.bits, symmetric: e.symmetric, ifc: e.ifc, ffc: `${e.ffc.p}/${e.ffc.q}`, ecc: e.ecc.max ? `${e.ecc.min}-${e.ecc.max}` : `${e.ecc.min}+`,
      ...(lastYearForNew !== undefined ? { lastYearForNew } : {}),
    };
  });
  return {
    input: name,
    ...(usage ? { usage } : {}),
    verdict,
    algorithms,
    ...(curve ? { curve, curveCoverage: catalog.curveCoverage[curve.coverage].reason } : {}),
    tiers,
    strengthTable,
    quantumVulnerable: verdict.quantumVulnerable,
    specs: [...new Set(algorithms.flatMap((a) => a.specs))],
  };
}
