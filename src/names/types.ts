/**
 * Usage: what a name says about the cryptography it denotes, with no verdict in it. Every naming scheme's parser turns
 * text into a Usage; the judge turns a Usage into a Verdict.
 * @module
 */

/** The naming schemes cryptrec reads. */
export type NamingScheme =
  | 'generic' | 'openssl' | 'node' | 'tls' | 'ssh' | 'jose' | 'cose' | 'webcrypto' | 'jca' | 'oid' | 'curve';

/** What part a component plays in a composite. */
export type UsageRole =
  | 'cipher' | 'mode' | 'mac' | 'hash' | 'prf' | 'kx' | 'auth' | 'signature' | 'encryption' | 'padding' | 'kdf' | 'group'
  | 'key' | 'protocol' | 'aead' | 'kem' | 'wrap';

/** Where a parameter that the name fixes implicitly comes from (e.g. diffie-hellman-group1 is the 1024-bit Oakley group 2). */
export interface UsageFact {
  readonly about: string;
  readonly source: string;
}

/**
 * One use of cryptography, as read from a name.
 *
 * A name that denotes one primitive gives `algorithm` (an id of data/algorithms.yaml) with the parameters the name carries.
 * A name that combines primitives (a TLS suite, `aes-128-gcm`, `SHA256withRSA`) gives `components`, each with its `role`;
 * it may also give `algorithm` when the whole has an id of its own (`chacha20-poly1305`).
 */
export interface Usage {
  /** The text as given (for a component: the part of the name it came from, or the name of the whole). */
  readonly input: string;
  /** The naming scheme that read it. */
  readonly scheme: NamingScheme;
  /** A short canonical label for display, e.g. `AES-128-GCM`, `TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`. */
  readonly label?: string;
  readonly algorithm?: string;
  readonly role?: UsageRole;
  /** Symmetric key length, RSA modulus or DH/DSA prime length, in bits. */
  readonly keyBits?: number;
  /** DSA/DH subgroup (q) length in bits, where known. */
  readonly subgroupBits?: number;
  /** Elliptic curve, an id of data/curves.yaml. */
  readonly curve?: string;
  /** Output length of an XOF, a truncated hash or MAC, in bits. */
  readonly outputBits?: number;
  /** IV or nonce length in bits. */
  readonly ivBits?: number;
  /** AEAD tag length in bits. */
  readonly tagBits?: number;
  /** Protocol version(s) the name belongs to, as algorithm ids (`tls1.2`, `tls1.3`). */
  readonly protocols?: readonly string[];
  readonly components?: readonly Usage[];
  /**
   * How components combine. `all` (the default): every component must hold, so the whole is as weak as its weakest part.
   * `any`: a hybrid (X25519MLKEM768), which holds while any component holds, so the whole is as strong as its strongest part.
   */
  readonly combination?: 'all' | 'any';
  readonly facts?: readonly UsageFact[];
}

/** A component as the name tables (data/names/*.yaml) write it: a registry id, its role, and the parameters the name fixes. */
export interface TableComponent {
  readonly algorithm: string;
  readonly role: UsageRole;
  readonly keyBits?: number;
  readonly outputBits?: number;
  readonly curve?: string;
  readonly facts?: readonly UsageFact[];
}
