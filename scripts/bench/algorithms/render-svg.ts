/**
 * SVG bar chart of the algorithm benchmark (`bench-results/algorithms.svg`): one horizontal bar per measured row, coloured by
 * implementation, on a logarithmic axis (the rows span several orders of magnitude); one panel per message size for bulk
 * primitives (MiB/s) and one for signatures and key agreement (op/s). A dot before each label gives the row's tier. Plain
 * SVG 1.1 with text escaped for XML, so it opens in a browser and parses as XML.
 * @module
 */
import { sig3, sizeLabel, throughputLabel } from './format.js';
import type { BenchReport } from './report.js';
import { IMPLEMENTATIONS, type BenchRow, type ImplementationName } from './types.js';

const COLOURS: Record<ImplementationName, string> = {
  'node:crypto': '#1f77b4',
  WebCrypto: '#ff7f0e',
  '@noble/hashes': '#2ca02c',
  '@noble/ciphers': '#d62728',
  '@noble/curves': '#9467bd',
};
const TIER_COLOURS: Record<string, string> = {
  recommended: '#2e7d32', candidate: '#1565c0', monitored: '#ef6c00', unlisted: '#c62828', unknown: '#757575',
};

const WIDTH = 1000;
const LABEL_WIDTH = 330;
const PLOT_WIDTH = 520;
const ROW = 15;
const BAR = 11;

/**
 * Escapes text for XML content and attribute values.
 * @example
 * xmlEscape('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
 */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

interface Panel {
  readonly title: string;
  readonly rows: readonly BenchRow[];
  readonly value: (r: BenchRow) => number;
}

function panels(report: BenchReport): Panel[] {
  const measured = report.rows.filter((r) => r.measurement);
  const sizes = [...new Set(measured.filter((r) => r.size !== null).map((r) => r.size!))].sort((a, b) => a - b);
  const bulk = sizes.map((size): Panel => ({
    title: `Bulk primitives at ${sizeLabel(size)}: MiB/s, log scale`,
    rows: measured.filter((r) => r.size === size),
    value: (r) => (r.measurement!.bytesPerSecond ?? 0) / 2 ** 20,
  }));
  const ops = measured.filter((r) => r.size === null);
  return [...bulk, ...(ops.length ? [{ title: 'Signatures and key agreement: operations per second, log scale', rows: ops, value: (r: BenchRow) => r.measurement!.opsPerSecond }] : [])];
}

function drawPanel(panel: Panel, top: number): { svg: string[]; height: number } {
  const values = panel.rows.map(panel.value).filter((v) => v > 0);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values, 1)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values, 10)));
  const x = (v: number) => (v <= lo ? 0 : (Math.log10(v / lo) / Math.log10(hi / lo)) * PLOT_WIDTH);
  const out: string[] = [`<g class="panel" transform="translate(0,${top})">`, `<text class="title" x="10" y="16">${xmlEscape(panel.title)}</text>`];
  const bodyTop = 28;
  const height = bodyTop + panel.rows.length * ROW + 22;
  for (let d = lo; d <= hi * 1.0001; d *= 10) {
    const gx = LABEL_WIDTH + x(d);
    out.push(`<line class="grid" x1="${gx.toFixed(1)}" y1="${bodyTop - 4}" x2="${gx.toFixed(1)}" y2="${height - 18}"/>`);
    out.push(`<text class="axis" x="${gx.toFixed(1)}" y="${height - 6}" text-anchor="middle">${xmlEscape(sig3(d))}</text>`);
  }
  panel.rows.forEach((r, i) => {
    const y = bodyTop + i * ROW;
    const v = panel.value(r);
    const w = Math.max(1, x(v));
    const label = `${r.algorithm}${r.size === null ? ` ${r.operation}` : ''} · ${r.implementation}`;
    const detail = `${label}: ${throughputLabel(r)}, median ${sig3(r.measurement!.medianMs * 1000)} µs, ±${sig3(r.measurement!.spreadPct)} %, ${r.measurement!.samples} samples, tier ${r.tier}`;
    out.push(`<circle class="tier" cx="14" cy="${y + BAR / 2}" r="4" fill="${TIER_COLOURS[r.tier] ?? TIER_COLOURS.unknown}"><title>${xmlEscape(r.tier)}</title></circle>`);
    out.push(`<text class="label" x="24" y="${y + BAR - 1}">${xmlEscape(label)}</text>`);
    out.push(`<rect class="bar" x="${LABEL_WIDTH}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${COLOURS[r.implementation]}"><title>${xmlEscape(detail)}</title></rect>`);
    out.push(`<text class="value" x="${(LABEL_WIDTH + w + 4).toFixed(1)}" y="${y + BAR - 1}">${xmlEscape(throughputLabel(r))}</text>`);
  });
  out.push('</g>');
  return { svg: out, height };
}

/**
 * Renders the report's measured rows as an SVG bar chart.
 * @example
 * writeFileSync('bench-results/algorithms.svg', renderSvg(report));
 */
export function renderSvg(report: BenchReport): string {
  const body: string[] = [];
  let top = 72;
  for (const panel of panels(report)) {
    const { svg, height } = drawPanel(panel, top);
    body.push(...svg);
    top += height + 10;
  }
  const legend = IMPLEMENTATIONS.map((name, i) => {
    const lx = 10 + i * 150;
    return `<rect class="legend" x="${lx}" y="34" width="12" height="10" fill="${COLOURS[name]}"/><text class="axis" x="${lx + 16}" y="43">${xmlEscape(name)}</text>`;
  });
  const tierLegend = Object.entries(TIER_COLOURS).map(([tier, colour], i) => {
    const lx = 16 + i * 110;
    return `<circle class="legend" cx="${lx}" cy="57" r="4" fill="${colour}"/><text class="axis" x="${lx + 8}" y="61">${xmlEscape(tier)}</text>`;
  });
  const m = report.machine;
  const title = `Throughput by implementation (${report.mode} mode): ${m.cpu}, ${m.cores} cores, Node ${m.node}, OpenSSL ${m.openssl}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${top}" viewBox="0 0 ${WIDTH} ${top}" font-family="sans-serif" font-size="11">`,
    '<style>.title{font-weight:bold;font-size:12px}.axis{fill:#555;font-size:10px}.grid{stroke:#ddd;stroke-width:1}.value{fill:#333;font-size:10px}</style>',
    `<rect x="0" y="0" width="${WIDTH}" height="${top}" fill="#fff"/>`,
    `<text class="title" x="10" y="20">${xmlEscape(title)}</text>`,
    ...legend,
    ...tierLegend,
    `<text class="axis" x="${WIDTH - 10}" y="61" text-anchor="end">dot before a label: the row's tier on the list</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
