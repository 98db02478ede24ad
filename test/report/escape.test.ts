import { describe, expect, test } from 'vitest';
import { codeBlock, escapeInline, inlineCode } from '../../src/report/escape.js';

describe('escaping untrusted text for GitHub Markdown', () => {
  test('neutralises HTML, mentions, issue references and table pipes inline', () => {
    const out = escapeInline('<img src=x onerror=alert(1)> @octocat see #12 and org/repo#3 | next');
    expect(out).not.toMatch(/<img/);
    expect(out).toContain('&lt;img');
    expect(out).not.toMatch(/@octocat/);
    expect(out).not.toMatch(/(^|[^\u200b])#12/);
    expect(out).not.toMatch(/repo#3/);
    expect(out).toContain('\\|');
  });

  test('breaks bare www. links and GH-123 references the way :// and #123 are broken', () => {
    const out = escapeInline('see www.evil.example/login, WWW.Evil.example, (www.x.io) and GH-123 or gh-7');
    expect(out).not.toMatch(/www\./i);
    expect(out).not.toMatch(/GH-\d/i);
    expect(out.replace(/\u200b/g, '')).toBe(
      'see www.evil.example/login, WWW.Evil.example, (www.x.io) and GH-123 or gh-7',
    );
    expect(escapeInline('GH-pages and www-data')).toBe('GH-pages and www-data');
  });

  test('keeps a table cell on one line', () => {
    expect(escapeInline('a\nb\r\nc')).toBe('a b c');
  });

  test('fences code with more backticks than the content has', () => {
    const block = codeBlock('before ```` inside ``` after');
    expect(block.startsWith('`````text\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });

  test('inline code survives backticks and pipes', () => {
    expect(inlineCode('a`b|c')).toBe('``a`b\\|c``');
  });
});
