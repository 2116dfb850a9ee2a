/**
 * The judge's reason texts in English and Japanese. Each function takes the facts of one reason and returns both languages,
 * so a Verdict carries everything a renderer needs in either language.
 * @module
 */
import type { Localized } from '../catalog/types.js';

const TIER_EN = { recommended: 'the e-Government Recommended Ciphers List', candidate: 'the Candidate Recommended Ciphers List', monitored: 'the Monitored Ciphers List' } as const;
const TIER_JA = { recommended: '電子政府推奨暗号リスト', candidate: '推奨候補暗号リスト', monitored: '運用監視暗号リスト' } as const;
type TierKey = keyof typeof TIER_EN;

/** Status words for people. */
export const STATUS_TEXT: Readonly<Record<string, Localized>> = {
  recommended: { en: 'recommended', ja: '推奨' },
  candidate: { en: 'candidate', ja: '推奨候補' },
  monitored: { en: 'monitored', ja: '運用監視' },
  unlisted: { en: 'unlisted', ja: 'リスト外' },
  unknown: { en: 'unknown', ja: '不明' },
};

export const reasonText = {
  listed: (name: string, tier: TierKey, category: Localized, document: string): Localized => ({
    en: `${name} is on ${TIER_EN[tier]} (${category.en}) in ${document}.`,
    ja: `${name} は ${document} の${TIER_JA[tier]}（${category.ja}）に掲載されている。`,
  }),
  notListed: (name: string, document: string): Localized => ({
    en: `${name} is on none of the three lists of ${document}.`,
    ja: `${name} は ${document} のいずれのリストにも掲載されていない。`,
  }),
  instanceOf: (name: string, parent: string): Localized => ({
    en: `${name} is a form of ${parent}, and is judged as ${parent}.`,
    ja: `${name} は ${parent} の一形態であり、${parent} として判定する。`,
  }),
  bareKey: (name: string, scheme: string): Localized => ({
    en: `${name} is judged as a key: by its strength, with the tier of the best listed scheme that uses it (${scheme}). The signature or encryption scheme and padding decide the rest.`,
    ja: `${name} は鍵として判定する（鍵長による強度と、それを用いる掲載方式のうち最良のもの（${scheme}）の区分）。署名・暗号化方式やパディングは別途判定が必要。`,
  }),
  weakKey: (bits: number, minimum: number): Localized => ({
    en: `Security strength ${bits === 0 ? 'below 80' : bits} bits is below the ${minimum}-bit minimum of LS-0003; a listed technique with such a key does not count as listed.`,
    ja: `セキュリティ強度 ${bits === 0 ? '80 ビット未満' : `${bits} ビット`} は LS-0003 の最低基準 ${minimum} ビットを下回る。この鍵長で用いた掲載暗号は掲載暗号とみなされない。`,
  }),
  expired: (level: number, year: number): Localized => ({
    en: `${level}-bit security may protect new data only through ${year} (LS-0003); at this date new protection is not allowed.`,
    ja: `${level} ビットセキュリティによる新規の保護は ${year} 年までに限られる（LS-0003）。判定日時点では新規生成に利用できない。`,
  }),
  keyDeadline: (level: number, year: number): Localized => ({
    en: `${level}-bit security may protect new data only through ${year}; after that it is legacy use for processing existing data (LS-0003).`,
    ja: `${level} ビットセキュリティによる新規の保護は ${year} 年まで。それ以降は既存データの処理のみ許容される（LS-0003）。`,
  }),
  legacyUse: (level: number, year: number): Localized => ({
    en: `After ${year}, ${level}-bit security is tolerated only to process data protected earlier (legacy use, LS-0003).`,
    ja: `${year} 年より後、${level} ビットセキュリティは既に保護されたデータの処理に限って許容される（LS-0003）。`,
  }),
  entryKeySize: (name: string, sizes: readonly number[], keyBits: number | undefined): Localized => keyBits === undefined
    ? { en: `The list names ${name} with ${sizes.join('/')}-bit keys only; the key size here is not known.`, ja: `リストは ${sizes.join('/')} ビット鍵の ${name} のみを掲載している。ここでの鍵長は不明。` }
    : { en: `The list names ${name} with ${sizes.join('/')}-bit keys only, not ${keyBits}-bit.`, ja: `リストは ${sizes.join('/')} ビット鍵の ${name} のみを掲載しており、${keyBits} ビットは対象外。` },
  composite: (worst: string, status: Localized): Localized => ({
    en: `A combination is as weak as its weakest part: ${worst} is ${status.en}.`,
    ja: `組合せの判定は最も弱い構成要素で決まる：${worst} が「${status.ja}」。`,
  }),
  hybrid: (best: string): Localized => ({
    en: `A hybrid holds while any of its parts holds, so it is judged by its strongest part, ${best}.`,
    ja: `ハイブリッド方式はいずれかの構成要素が安全であれば安全なため、最も強い構成要素 ${best} で判定する。`,
  }),
  strictCombination: (mac: string, hash: string): Localized => ({
    en: `${mac} with ${hash}: the list asks that a MAC be combined with listed techniques; read strictly, the whole takes the tier of ${hash}. This is our reading (low confidence).`,
    ja: `${hash} を用いた ${mac}：リストは MAC を掲載暗号と組み合わせることを求めており、厳密に解釈すると全体は ${hash} の区分となる。本ツールの解釈（確度：低）。`,
  }),
  protocol: (name: string, document: string, text: Localized): Localized => ({
    en: `${name}: ${text.en} (${document}).`,
    ja: `${name}：${text.ja}（${document}）`,
  }),
  outOfScope: (name: string, kind: string): Localized => ({
    en: `${name} is a ${kind}; the list has no category for it. Judge the hash or MAC it is built on instead.`,
    ja: `${name} は ${kind === 'kdf' ? '鍵導出関数' : 'パスワードハッシュ'} であり、リストに該当する区分はない。基にしたハッシュ関数や MAC で判定すること。`,
  }),
  outOfScopeComponent: (name: string): Localized => ({
    en: `${name} itself is outside the list's categories; the combination is judged by its other parts.`,
    ja: `${name} 自体はリストの区分外のため、組合せは他の構成要素で判定する。`,
  }),
  unknownName: (input: string, suggestions: readonly string[]): Localized => ({
    en: `"${input}" is not a name cryptrec can read${suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : '.'}`,
    ja: `「${input}」は判読できない名前${suggestions.length ? `。候補：${suggestions.join('、')}` : '。'}`,
  }),
  nothingToJudge: (input: string, facts: readonly string[]): Localized => ({
    en: `"${input}" names no algorithm to judge${facts.length ? `: ${facts.join('; ')}` : '.'}`,
    ja: `「${input}」は判定対象の暗号アルゴリズムを示していない${facts.length ? `：${facts.join('；')}` : '。'}`,
  }),
  unknownCurve: (curve: string): Localized => ({
    en: `The curve "${curve}" is not known, so the key's strength cannot be judged.`,
    ja: `曲線「${curve}」は不明のため、鍵の強度を判定できない。`,
  }),
  provisional: (version: string, items: readonly Localized[]): Localized => ({
    en: `List ${version} is provisional: part of its content is unconfirmed (${items.map((i) => i.en).join(' ')})`,
    ja: `リスト ${version} は暫定版であり、内容の一部が未確認（${items.map((i) => i.ja).join(' ')}）`,
  }),
  compatibilityOnly: (): Localized => ({
    en: 'Monitored ciphers may be used only to keep compatibility with systems already in operation.',
    ja: '運用監視暗号は、運用中のシステムとの互換性維持のためにのみ利用できる。',
  }),
  noProtection: (): Localized => ({
    en: 'No protection at all (NULL or none): nothing here is on any list.',
    ja: '保護なし（NULL／none）：どのリストにも該当しない。',
  }),
  hashStrength: (name: string, bits: number, basis: string): Localized => bits === 0
    ? { en: `${name} has no practical ${basis} resistance: ${basis === 'collision' ? 'collisions' : 'preimages'} are found with ordinary computers.`, ja: `${name} には実用的な${basis === 'collision' ? '衝突' : '原像'}耐性がない（通常の計算機で発見できる）。` }
    : { en: `${name} gives about ${bits} bits of ${basis} resistance here.`, ja: `${name} のここでの${basis === 'collision' ? '衝突' : '原像'}耐性は約 ${bits} ビット。` },
  noteUnmet: (what: Localized): Localized => ({
    en: `Not used as the list's note requires: ${what.en}`,
    ja: `リストの注記の条件を満たさない：${what.ja}`,
  }),
  ivBits: (bits: number, want: number): Localized => ({
    en: `The IV is ${bits} bits; the note recommends ${want}.`,
    ja: `IV は ${bits} ビット。注記は ${want} ビットを推奨している。`,
  }),
  outputBits: (bits: number, min: number): Localized => ({ en: `output of ${bits} bits, below ${min}.`, ja: `出力長 ${bits} ビットは ${min} ビット未満。` }),
  usageOnly: (usage: string, only: string): Localized => ({ en: `used for ${usage}, but listed only for ${only}.`, ja: `用途 ${usage} は対象外（${only} に限る）。` }),
  blockBits: (bits: number, want: number): Localized => ({ en: `a ${bits}-bit block cipher, where ${want}-bit is required.`, ja: `${bits} ビットブロック暗号であり、${want} ビットが必要。` }),
  blocks: (blocks: number, max: number): Localized => ({ en: `${blocks} blocks under one key, more than ${max}.`, ja: `一つの鍵で ${blocks} ブロックを処理しており、上限 ${max} を超える。` }),
  variableLength: (): Localized => ({ en: 'messages of variable length.', ja: '可変長メッセージに用いている。' }),
  implicit: (about: string, source: string): Localized => ({
    en: `${about} (${source}); this comes from the protocol, not from CRYPTREC.`,
    ja: `${about}（${source}）。これはプロトコルの仕様による事実であり、CRYPTREC によるものではない。`,
  }),
  curveCoverage: (curve: string, rule: Localized): Localized => ({ en: `${curve}: ${rule.en}`, ja: `${curve}：${rule.ja}` }),
};
