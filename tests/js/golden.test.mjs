// The pipeline golden files (tests/golden/pipeline, shared with the C++ suite) on the WASM build via the JS API:
// the same input gives the same JSON, deep-equal, as the native core wrote.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {loadApi, root} from './helpers.mjs';

const {createAnalyser} = await loadApi();
const analyser = await createAnalyser();
const dir = path.join(root, 'tests/golden/pipeline');
const inputs = fs.readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort();

test('there are golden cases', () => {
  assert.ok(inputs.length >= 3, `found ${inputs.length} in ${dir}`);
});

for (const name of inputs) {
  test(`golden: ${name}`, () => {
    const bytes = fs.readFileSync(path.join(dir, name));
    const expected = JSON.parse(fs.readFileSync(path.join(dir, name.replace(/\.(txt|html)$/, '.expected.json')), 'utf8'));
    let text, valid = true;
    try {
      text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
    } catch {
      // A JS string cannot hold ill-formed UTF-8: TextDecoder's U+FFFD are what the core makes of it, but the
      // core's invalid-utf8 warnings (about bytes) cannot arise from a string.
      valid = false;
      text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes);
    }
    const got = analyser.analyse(text, {input: name.endsWith('.html') ? 'html' : 'text'});
    if (!valid) {
      expected.warnings = expected.warnings.filter((w) => w.code !== 'invalid-utf8');
      got.warnings = got.warnings.filter((w) => w.code !== 'invalid-utf8');
    }
    assert.deepEqual(got, expected);
  });
}
