// The web chat page's own texts (resources/web/chat.js, STRINGS): every language the project ships
// (HANDOFF_LANGUAGES in translations/CMakeLists.txt) has a dictionary, every dictionary has exactly the
// English keys with a text for each and the same {placeholders}, and the page picks its language from the
// browser's list the way docs/translations.md says. Reads the real chat.js; needs only node.
// Run: `node --test tests/i18n/web-dictionaries.test.mjs` or `ctest -R web_dictionaries`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const chatJs = fs.readFileSync(path.join(repoRoot, 'resources', 'web', 'chat.js'), 'utf8');
const translationsCmake = fs.readFileSync(path.join(repoRoot, 'translations', 'CMakeLists.txt'), 'utf8');

// The source text of the balanced {...} that starts at or after `from`, skipping strings and comments.
function balancedBlock(source, from) {
    const start = source.indexOf('{', from);
    assert.notEqual(start, -1, 'no block after ' + from);
    let depth = 0;
    for (let i = start; i < source.length; ++i) {
        const c = source[i];
        if (c === '\'' || c === '"' || c === '`') {
            for (++i; i < source.length && source[i] !== c; ++i)
                if (source[i] === '\\') ++i;
        } else if (c === '/' && source[i + 1] === '/') {
            i = source.indexOf('\n', i);
        } else if (c === '{') {
            ++depth;
        } else if (c === '}' && --depth === 0) {
            return source.slice(start, i + 1);
        }
    }
    assert.fail('unbalanced block');
}

function sliceAfter(marker) {
    const at = chatJs.indexOf(marker);
    assert.notEqual(at, -1, `chat.js no longer has "${marker}"`);
    return at + marker.length;
}

const STRINGS = vm.runInNewContext('(' + balancedBlock(chatJs, sliceAfter('const STRINGS =')) + ')');

// chat.js's own pickUiLanguage, run against a given set of dictionaries.
function pickerFor(dictionaries) {
    const body = balancedBlock(chatJs, sliceAfter('function pickUiLanguage(tags)'));
    return vm.runInNewContext(`(function (tags) ${body})`, { STRINGS: dictionaries });
}

function placeholders(text) {
    return (text.match(/\{\w+\}/g) || []).sort();
}

test('every language the programs ship has a web dictionary', () => {
    const match = translationsCmake.match(/set\(HANDOFF_LANGUAGES ([^)]*)\)/);
    assert.ok(match, 'HANDOFF_LANGUAGES not found in translations/CMakeLists.txt');
    const shipped = match[1].trim().split(/\s+/);
    assert.ok(shipped.length >= 1, 'HANDOFF_LANGUAGES is empty');
    for (const language of shipped)
        assert.ok(Object.hasOwn(STRINGS, language), `chat.js has no dictionary for ${language}`);
});

test('every dictionary has exactly the English keys, each with a text and the same placeholders', () => {
    const english = STRINGS.en;
    const keys = Object.keys(english).sort();
    assert.ok(keys.length > 40, 'the English dictionary looks truncated');
    const problems = [];
    for (const [language, dictionary] of Object.entries(STRINGS)) {
        if (language === 'en') continue;
        for (const key of keys) {
            const value = dictionary[key];
            if (typeof value !== 'string' || value.trim() === '')
                problems.push(`${language}.${key}: missing`);
            else if (placeholders(value).join() !== placeholders(english[key]).join())
                problems.push(`${language}.${key}: placeholders ${placeholders(value)} instead of ${placeholders(english[key])}`);
        }
        for (const key of Object.keys(dictionary))
            if (!Object.hasOwn(english, key)) problems.push(`${language}.${key}: not an English key`);
    }
    assert.deepEqual(problems, []);
});

test('the page follows the browser\'s languages, region first, then the language, then the next choice', () => {
    const pick = pickerFor(STRINGS);
    assert.equal(pick(['', 'fr-FR', 'en']), 'fr');
    assert.equal(pick(['', 'fr-CA']), 'fr');
    assert.equal(pick(['', 'es-MX', 'en-US']), 'es');
    assert.equal(pick(['', 'es-419']), 'es');
    assert.equal(pick(['', 'DE-at']), 'de');
    // A language the page does not have gives way to the visitor's next one, not straight to English.
    assert.equal(pick(['', 'sw', 'ja-JP', 'es']), 'es');
    assert.equal(pick(['', 'sw']), 'en');
    assert.equal(pick(['', 'en-GB', 'fr']), 'en');
    assert.equal(pick([]), 'en');
});

test('?lang= goes before the browser\'s languages, written with - or _', () => {
    const pick = pickerFor(STRINGS);
    assert.equal(pick(['de', 'fr-FR', 'es']), 'de');
    assert.equal(pick(['es_ES', 'fr-FR']), 'es');
    assert.equal(pick(['xx', 'fr-FR']), 'fr');
});

test('Brazilian Portuguese serves pt-BR, pt and other Portuguese regions', () => {
    const pick = pickerFor(STRINGS);
    assert.equal(pick(['', 'pt-BR']), 'pt_BR');
    assert.equal(pick(['pt_BR']), 'pt_BR');
    assert.equal(pick(['', 'pt']), 'pt_BR');
    assert.equal(pick(['', 'pt-PT', 'en']), 'pt_BR');
    assert.equal(pick(['', 'pt-PT', 'es']), 'pt_BR');
    assert.equal(pick(['', 'nl-BE']), 'nl');
    assert.equal(pick(['', 'nl-NL', 'de']), 'nl');
});
