/**
 * The tool's name, version and home, as reports and `--version` give them. The version is read from package.json at build
 * time (tsup inlines it), so the bin, the library and the reports never disagree.
 * @module
 */
import { name, version } from '../../package.json';
import type { ToolInfo } from '../report/types.js';

/** cryptrec as reports name it. */
export const TOOL: ToolInfo = Object.freeze({ name, version, informationUri: `https://www.npmjs.com/package/${name}` });
