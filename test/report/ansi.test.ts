import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, style, table, useColor } from '../../src/report/ansi.js';

describe('colour decision', () => {
  const tty = { noColor: false, env: {}, isTTY: true };
  it('colours a terminal, not a pipe', () => {
    expect(useColor(tty)).toBe(true);
    expect(useColor({ ...tty, isTTY: false })).toBe(false);
  });
  it('honours --no-color, NO_COLOR, FORCE_COLOR and TERM=dumb', () => {
    expect(useColor({ ...tty, noColor: true })).toBe(false);
    expect(useColor({ ...tty, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ ...tty, env: { NO_COLOR: '' } })).toBe(true);
    expect(useColor({ ...tty, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).toBe(false);
    expect(useColor({ ...tty, isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(useColor({ ...tty, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(useColor({ ...tty, env: { FORCE_COLOR: 'false' } })).toBe(false);
    expect(useColor({ ...tty, env: { TERM: 'dumb' } })).toBe(false);
  });
});

describe('style', () => {
  it('wraps text in SGR sequences only when enabled', () => {
    expect(style(true).status('unlisted', 'x')).toBe('\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
    expect(style(true).status('recommended', 'x')).toBe('\u001b[32mx\u001b[39m');
    expect(style(false).status('unlisted', 'x')).toBe('x');
    expect(style(false).bold('x')).toBe('x');
  });
});

describe('widths', () => {
  it('counts wide characters twice and escape sequences not at all', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('運用監視')).toBe(8);
    expect(displayWidth('リスト外')).toBe(8);
    expect(displayWidth(style(true).red('abc'))).toBe(3);
    expect(padEnd('推奨', 6)).toBe('推奨  ');
  });
  it('aligns tables by display width without trailing spaces', () => {
    expect(table([['運用監視', 'a'], ['x', 'b']])).toBe('運用監視  a\nx         b');
    expect(table([['a', ''], ['bb', 'c']], '  ')).toBe('  a\n  bb  c');
  });
});
