// The page's "export JSON" is the native CLI's JSON for the same text: the same document, keys in the same order.
// The text is what the page's input holds after the paste (a textarea turns CRLF into LF), written to a file for
// build/native/article-analyser --format json (built by make test before the browser suites run).
// Numbers are compared as JSON values, not as characters: C++ writes a score of 1 as "1.0", JavaScript as "1";
// the export is compared, byte for byte, with the CLI's document as JSON.stringify(…, null, 2) writes it.
import test, {before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {waitForResult, pasteText, root, openBlankPage, closeAll} from './helpers.mjs';
import {sampleText} from './fixtures.mjs';
import {article} from '../../bench/corpus.mjs';

const cli = path.join(root, 'build/native/article-analyser');
let server, url, browser, page, log, seq = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-export-cli-'));

before(async () => {
  assert.ok(fs.existsSync(cli), `${cli} is missing: build the native preset first`);
  ({server, url, browser, page, log} = await openBlankPage());
});

after(async () => {
  await closeAll({browser, server});
  fs.rmSync(tmp, {recursive: true, force: true});
});

const generated = article(4242, 12);
const cases = {
  'the sample article': sampleText,
  'a generated article with emoji, CJK, RTL, combining marks and CRLF':
      generated.split('\n\n').map((p, i) => (i % 2 ? `${p} 😀 北京 שלום e\u0301` : p)).join('\r\n\r\n'),
  'an HTML page (auto reads it as HTML)':
      `<!doctype html><html><head><title>Harbour reopens</title></head><body><nav>Home</nav><article>` +
      `<h1>Harbour reopens after storm</h1><p>By Amira Haddad</p>` +
      generated.split('\n\n').slice(4).map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`).join('') +
      '</article><footer>© Example News</footer></body></html>',
};

for (const [name, text] of Object.entries(cases)) {
  test(`export JSON equals the CLI's JSON: ${name}`, async () => {
    await pasteText(page, text);
    seq = await waitForResult(page, seq);
    const inPage = await page.inputValue('[data-testid=input]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = fs.readFileSync(await download.path(), 'utf8');

    const file = path.join(tmp, 'input.txt');
    fs.writeFileSync(file, inPage);
    const native = execFileSync(cli, ['--format', 'json', '--input', 'auto', file]).toString('utf8');
    const doc = JSON.parse(native);
    assert.equal(doc.text.length > 0, true);
    assert.equal(exported, JSON.stringify(doc, null, 2) + '\n');
    assert.deepEqual(log.errors, []);
  });
}
