import { describe, expect, it } from 'vitest';
import { lex, type Lang } from '../../../src/extract/heuristic/lexer.js';

/** The code with blanks collapsed, and the literal values. */
function read(text: string, lang: Lang) {
  const r = lex(text, lang);
  expect(r.code.length).toBe(text.length);
  expect([...r.code].filter((c) => c === '\n').length).toBe([...text].filter((c) => c === '\n').length);
  return { code: r.code.replace(/\s+/g, ' ').trim(), values: r.literals.map((l) => l.value), plain: r.literals.map((l) => l.plain), unterminated: r.unterminated };
}

describe('lex', () => {
  it('blanks Java comments, strings, text blocks and char literals', () => {
    const r = read('String s = "md5 \\" x"; /* MD5 */ char c = \'"\'; // md5\nvar t = """\n  "md5"\n  """;', 'java');
    expect(r.code).toBe('String s = " "; char c = \' \'; var t = """ """;');
    expect(r.values).toEqual(['md5 " x', '"', '\n  "md5"\n  ']);
  });

  it('reads Kotlin nested comments, templates and raw strings; code inside ${} stays code', () => {
    const r = read('/* a /* b */ c */ val s = "${f("MD5")} $x"; val r = """x""""', 'kotlin');
    expect(r.code).toBe('val s = " f(" ") "; val r = """ """');
    expect(r.values).toEqual(['${f("MD5")} $x', 'MD5', 'x"']);
    expect(r.plain).toEqual([false, true, true]);
  });

  it('reads Python prefixes, triple quotes, f-string fields and comments', () => {
    const r = read('x = hashlib.md5()  # "md5"\ny = f"{hashlib.sha1(b)} {{z}}" + rb\'a\\\'b\' """doc\nmd5"""', 'python');
    expect(r.code).toBe('x = hashlib.md5() y = f" hashlib.sha1(b) " + rb\' \' """ """');
    expect(r.values).toEqual(['{hashlib.sha1(b)} {{z}}', "a'b", 'doc\nmd5']);
    expect(r.plain).toEqual([false, true, true]);
  });

  it('reads Go raw strings and runes', () => {
    const r = read('import (\n\t"crypto/md5"\n\t_ `crypto/sha1`\n)\nvar q = \'"\' // "x"', 'go');
    expect(r.values).toEqual(['crypto/md5', 'crypto/sha1', '"']);
    expect(r.code).toBe('import ( " " _ ` ` ) var q = \' \'');
  });

  it('reads C# verbatim, interpolated and raw strings', () => {
    const r = read('var s = @"a ""MD5"" b"; var t = $"x {MD5.Create()} {{y}}"; var u = """\n a"b\n """;', 'csharp');
    expect(r.values).toEqual(['a "MD5" b', 'x {MD5.Create()} {{y}}', '\n a"b\n ']);
    expect(r.code).toContain('MD5.Create()');
    expect(r.code).not.toContain('b"');
  });

  it('reads PHP only inside <?php ?>, with heredocs, # comments and {$...} in strings', () => {
    const r = read('<p>md5(x)</p><?php $a = md5("x{$y[\'k\']}"); # sha1(\n?> <b>sha1(</b> <?= sha1(\'q\') ?>\n<?php $h = <<<EOT\nmd5( $x\n  EOT;\n#[Attr] hash(\'md5\', 1);', 'php');
    expect(r.code).toBe('<?php $a = md5(" $y[\' \'] "); ?> <?= sha1(\' \') ?> <?php $h = <<<EOT EOT; #[Attr] hash(\' \', 1);');
    expect(r.values).toContain('md5( $x\n');
  });

  it('reads Ruby interpolation, heredocs, % literals, regexes, =begin blocks and __END__', () => {
    const r = read('x = "#{Digest::MD5.hexdigest(h["k"])}" # c\ns = <<~SQL\n  md5(x)\nSQL\ny = %w[md5 sha1]; z = a / b; r = /md5"/\n=begin\nDigest::MD5\n=end\nq = $" \n__END__\nDigest::SHA1', 'ruby');
    expect(r.code).toBe('x = " Digest::MD5.hexdigest(h[" "]) " s = <<~SQL y = %w[ ]; z = a / b; r = / / q = $" __END__');
    expect(r.values).toEqual(['#{Digest::MD5.hexdigest(h["k"])}', 'k', '  md5(x)\n', 'md5 sha1', 'md5"']);
  });

  it('says where a comment or string is left open', () => {
    expect(read('a = 1\n/* open', 'java').unterminated).toEqual({ offset: 6, what: 'comment' });
    expect(read('x = """doc', 'python').unterminated).toEqual({ offset: 4, what: 'string' });
    expect(read('s = <<~EOS\nnever closed\n', 'ruby').unterminated?.what).toBe('string');
    // A one-line string left open ends with its line, as compilers report it, and is no reason to stop.
    expect(read('String s = "open\nint x;', 'java')).toMatchObject({ code: 'String s = " int x;', unterminated: undefined });
  });
});
