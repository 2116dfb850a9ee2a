/**
 * The judging options every entry point shares (scan, checkConfig, checkTlsOptions), checked once: a wrong type is a
 * TypeError, a wrong value a RangeError naming the option and the values it takes.
 * @module
 */
import { getList, type ListSelector } from '../catalog/versions.js';
import { PURPOSES, type Purpose } from '../judge/types.js';
import type { JudgeSettings } from './finding.js';
import type { Lang } from './options.js';

/** The options of judging, as callers give them. */
export interface JudgeOptions {
  /** The list to judge against (default `latest`). */
  readonly list?: ListSelector;
  /** The date to judge key strength at (default: today). */
  readonly at?: Date | string;
  readonly purpose?: Purpose;
  /** Also report what passed (rule `cryptrec/recommended`, level `none`). */
  readonly all?: boolean;
  /** The language of messages (default `en`; both languages are always in `Finding.messages`). */
  readonly lang?: Lang;
}

/**
 * Checked settings from caller options.
 * @example
 * judgeSettings({ list: '2022', at: '2026-11-21' }); // { list, at: Date, purpose: 'new', all: false, lang: 'en' }
 */
export function judgeSettings(options: JudgeOptions): JudgeSettings {
  return {
    list: getList(options.list ?? 'latest'), at: dateOf(options.at), purpose: purposeOf(options.purpose),
    all: options.all === true, lang: langOf(options.lang),
  };
}

function langOf(lang: string | undefined): Lang {
  if (lang === undefined) return 'en';
  if (lang !== 'en' && lang !== 'ja') throw new RangeError(`lang: "${lang}" is not one of en, ja`);
  return lang;
}

function dateOf(at: Date | string | undefined): Date {
  if (at === undefined) return new Date();
  const date = typeof at === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(at) ? new Date(`${at}T00:00:00Z`) : new Date(Number.NaN)) : at;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`at: ${JSON.stringify(at)} is not a date; give a Date or YYYY-MM-DD`);
  return date;
}

function purposeOf(purpose: string | undefined): Purpose {
  if (purpose === undefined) return 'new';
  if (!(PURPOSES as readonly string[]).includes(purpose)) throw new RangeError(`purpose: "${purpose}" is not one of ${PURPOSES.join(', ')}`);
  return purpose as Purpose;
}
