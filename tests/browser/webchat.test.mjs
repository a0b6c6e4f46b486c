// The web chat page in a real browser (Debian's chromium via playwright-core) against the real
// handoff-router: bot conversation, handoff to a desk (the offer checked through the desk's client library
// with `handoff-cli offers --json`, the chat carried on over /ws/desk), the agent's line on the page, reload with history, reconnect after a router restart, and the leave-a-message form when nobody
// is available; a second test opens the page in French, Spanish, Brazilian Portuguese, Dutch, German and an unknown
// language, where the router's bot greets in the page's language. Run: `npm install && node --test webchat.test.mjs` here, or `ctest -L browser`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const underCi = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const routerBinary = path.resolve(here, process.env.HANDOFF_ROUTER_BINARY || '../../build/src/router/handoff-router');
const cliBinary = path.resolve(here, process.env.HANDOFF_CLI_BINARY || '../../build/src/client/handoff-cli');
const chromiumPath = process.env.HANDOFF_CHROMIUM || '/usr/bin/chromium';
// Screenshots go to test-results/ (ignored by git); HANDOFF_UPDATE_SCREENSHOTS=1 refreshes the docs' copies.
const screenshotDir = process.env.HANDOFF_UPDATE_SCREENSHOTS === '1'
    ? path.join(repoRoot, 'docs', 'screenshots')
    : path.join(here, 'test-results');
const WAIT_MS = 30000; // generous: the machine running this may be busy building

const haveModules = ['playwright-core', 'ws', 'axe-core']
    .every((name) => fs.existsSync(path.join(here, 'node_modules', name)));
const skipReason = !haveModules && !underCi
    ? 'node_modules missing: run "npm install" in tests/browser to enable the browser test'
    : false;

// ---- router process ----

function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

function runRouterCommand(args) {
    return new Promise((resolve, reject) => {
        execFile(routerBinary, args, { timeout: 120000 }, (error, stdout, stderr) => {
            if (error) reject(new Error(`handoff-router ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
            else resolve(stdout);
        });
    });
}

// handoff-cli (src/client, the desk's own code) signed in as `user`: waits for offers and prints each as
// one line of JSON without accepting it, so the offer stays open for the other desk.
function offersSeenByDesk(port, user, password, cacheDir) {
    const args = ['--server', `127.0.0.1:${port}`, '--user', user, '--cache-dir', cacheDir,
        '--timeout', String(WAIT_MS / 1000), 'offers', '--json'];
    return new Promise((resolve, reject) => {
        execFile(cliBinary, args, { timeout: WAIT_MS + 30000, env: { ...process.env, HANDOFF_PASSWORD: password } },
            (error, stdout, stderr) => {
                if (error) {
                    reject(new Error(`handoff-cli ${args.join(' ')} failed (${error.code}): ${stderr.trim()}`));
                    return;
                }
                try {
                    resolve(stdout.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line)));
                } catch (e) {
                    reject(new Error(`handoff-cli printed something that is not JSON lines: ${e.message}\n${stdout}`));
                }
            });
    });
}

async function waitFor(description, check, timeoutMs = WAIT_MS) {
    const due = Date.now() + timeoutMs;
    let lastError;
    while (Date.now() < due) {
        try {
            const value = await check();
            if (value) return value;
        } catch (e) {
            lastError = e;
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${description}${lastError ? ': ' + lastError.message : ''}`);
}

class RouterProcess {
    constructor(dataDir, port) {
        this.dataDir = dataDir;
        this.port = port;
        this.output = '';
        this.child = null;
    }

    get baseUrl() {
        return `http://127.0.0.1:${this.port}`;
    }

    async start() {
        this.child = spawn(routerBinary, ['serve', '--listen', `127.0.0.1:${this.port}`, '--data-dir', this.dataDir],
            { stdio: ['ignore', 'pipe', 'pipe'] });
        const keep = (chunk) => {
            this.output = (this.output + chunk.toString()).slice(-20000);
        };
        this.child.stdout.on('data', keep);
        this.child.stderr.on('data', keep);
        const child = this.child;
        await waitFor('the router to answer /healthz', async () => {
            if (child.exitCode !== null) throw new Error(`router exited with ${child.exitCode}: ${this.output}`);
            const response = await fetch(`${this.baseUrl}/healthz`);
            return response.ok;
        });
    }

    async stop() {
        const child = this.child;
        this.child = null;
        if (!child || child.exitCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
        await exited;
        clearTimeout(timer);
    }
}

// ---- a desk over /ws/desk, speaking docs/protocol.md like handoff-desk does ----

class DeskConnection {
    constructor(WebSocketClass, url) {
        this.WebSocketClass = WebSocketClass;
        this.url = url;
        this.events = [];
        this.pending = new Map();
        this.nextId = 1;
        this.socket = null;
    }

    async open() {
        this.socket = new this.WebSocketClass(this.url);
        this.socket.on('message', (raw) => {
            const frame = JSON.parse(raw.toString());
            if ((frame.type === 'ok' || frame.type === 'error') && this.pending.has(frame.re)) {
                const { resolve, reject } = this.pending.get(frame.re);
                this.pending.delete(frame.re);
                if (frame.type === 'ok') resolve(frame.data || {});
                else reject(Object.assign(new Error(`${frame.data?.code}: ${frame.data?.message}`), { code: frame.data?.code }));
                return;
            }
            this.events.push(frame);
        });
        await new Promise((resolve, reject) => {
            this.socket.once('open', resolve);
            this.socket.once('error', reject);
        });
    }

    request(type, data = {}) {
        const id = `d${this.nextId++}`;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.socket.send(JSON.stringify({ type, id, data }));
        });
    }

    async signIn(user, password) {
        const hello = await this.request('hello', { version: '1.0', client: 'handoff-browser-test/1' });
        assert.equal(hello.version?.split('.')[0], '1', 'the router speaks protocol version 1');
        return this.request('auth', { user, password });
    }

    waitForEvent(description, predicate) {
        return waitFor(description, () => this.events.find(predicate));
    }

    close() {
        if (this.socket) this.socket.close();
    }
}

function fieldValue(handoff, name) {
    const field = (handoff?.fields || []).find((f) => f.name === name);
    return field ? field.value : undefined;
}

// ---- the test ----

test('web chat page against the real router', { skip: skipReason, timeout: 280000 }, async (t) => {
    const require = createRequire(path.join(here, 'package.json'));
    let chromium;
    let WebSocket;
    let axeSource;
    try {
        ({ chromium } = require('playwright-core'));
        WebSocket = require('ws');
        axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    } catch (e) {
        assert.fail(`npm packages missing (run "npm install" in tests/browser): ${e.message}`);
    }
    assert.ok(fs.existsSync(routerBinary), `handoff-router not found at ${routerBinary} (set HANDOFF_ROUTER_BINARY)`);
    assert.ok(fs.existsSync(cliBinary), `handoff-cli not found at ${cliBinary} (set HANDOFF_CLI_BINARY)`);
    assert.ok(fs.existsSync(chromiumPath), `chromium not found at ${chromiumPath}`);

    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-webchat-'));
    const dataDir = path.join(workDir, 'data');
    fs.mkdirSync(dataDir);
    fs.mkdirSync(screenshotDir, { recursive: true });
    const router = new RouterProcess(dataDir, await freePort());
    const desks = [];
    let context;
    let finished = false;
    let broken = false;
    // Steps build on each other: after a failure the rest are skipped instead of failing in its wake.
    const step = (name, body) => t.test(name, { skip: broken ? 'an earlier step failed' : false }, async () => {
        try {
            await body();
        } catch (e) {
            broken = true;
            throw e;
        }
    });

    const openDesk = async () => {
        const desk = new DeskConnection(WebSocket, `ws://127.0.0.1:${router.port}/ws/desk`);
        desks.push(desk);
        await desk.open();
        return desk;
    };

    t.after(async () => {
        for (const desk of desks) desk.close();
        if (context) await context.close().catch(() => {});
        await router.stop();
        if (!finished) {
            console.log(`router output (last lines):\n${router.output.split('\n').slice(-40).join('\n')}`);
        }
        fs.rmSync(workDir, { recursive: true, force: true });
    });

    await runRouterCommand(['demo', '--data-dir', dataDir]);
    await router.start();

    context = await chromium.launchPersistentContext(path.join(workDir, 'chromium-profile'), {
        executablePath: chromiumPath,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        viewport: { width: 640, height: 760 },
        locale: 'en-US',
    });
    const page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    const pageProblems = [];
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error') pageProblems.push(`console error: ${message.text()}`);
    });

    const composer = page.getByRole('textbox', { name: 'Type your message' });
    const log = page.getByRole('log');
    const say = async (line) => {
        await composer.fill(line);
        await composer.press('Enter');
        await log.locator('.msg-visitor:not(.is-pending)', { hasText: line }).last().waitFor();
    };
    const botLines = () => log.locator('.msg-bot .msg-bubble');

    let desk;
    let conversationId;

    // axe-core's WCAG 2.1 A/AA rules on the page as it is now; evaluated over the DevTools protocol, so
    // the page's own CSP (no inline script) stays in force for everything else.
    const checkAccessibility = async (what) => {
        if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
        const result = await page.evaluate(() => window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }));
        const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(', ')}`);
        assert.deepEqual(problems, [], `accessibility problems in ${what}`);
    };

    await step('the page loads under its CSP and the bot greets', async () => {
        await page.goto(`${router.baseUrl}/?name=Ada`);
        await botLines().first().waitFor();
        await assert.doesNotReject(page.getByRole('button', { name: 'Talk to a person' }).waitFor());
        const token = await page.evaluate(() => window.localStorage.getItem('handoff.visitorToken'));
        assert.ok(token, 'the visitor token is kept in localStorage');
    });

    await step('the bot answers an order status question', async () => {
        const before = await botLines().count();
        await say('where is my order?');
        await waitFor('the bot to ask for the order number', async () => {
            const lines = await botLines().allTextContents();
            return lines.length > before && /order number/i.test(lines[lines.length - 1]);
        });
        await say('A1001');
        await waitFor('the bot to answer about A1001', async () => {
            const lines = await botLines().allTextContents();
            return /A1001/.test(lines[lines.length - 1]);
        });
    });

    await step('asking for a person shows the waiting state and offers the chat to the desk', async () => {
        desk = await openDesk();
        const signedIn = await desk.signIn('alice', 'demo');
        assert.equal(signedIn.user.id, 'alice');
        await desk.request('presence.set', { presence: 'available' });

        await say('I want to talk to a real person');
        await page.locator('#waiting-card').waitFor({ state: 'visible' });
        await page.getByText('Waiting for a person').waitFor();

        // The offer as the desk's client library sees it: a second desk of alice's that only looks.
        const offers = await offersSeenByDesk(router.port, 'alice', 'demo', path.join(workDir, 'cli-cache'));
        assert.equal(offers.length, 1, 'handoff-cli printed the one offer');
        const offer = offers[0];
        conversationId = offer.conversation.id;
        assert.equal(offer.offer.conversationId, conversationId);
        const botTurns = offer.messages.filter((m) => m.author === 'bot').map((m) => m.text);
        assert.ok(botTurns.some((line) => /order number/i.test(line)), `the offer carries the bot's turns: ${botTurns}`);
        assert.ok(botTurns.some((line) => /A1001/.test(line)), `the bot's answer about the order is in the offer: ${botTurns}`);
        const visitorTurns = offer.messages.filter((m) => m.author === 'visitor').map((m) => m.text);
        assert.ok(visitorTurns.includes('where is my order?'), `the offer carries the visitor's question: ${visitorTurns}`);
        assert.ok(visitorTurns.includes('A1001'), 'the offer carries the visitor\'s turns');
        assert.equal(fieldValue(offer.conversation.handoff, 'order.number'), 'A1001',
            'the handoff context carries the order number');
        assert.equal(offer.conversation.handoff.language, 'en-US', 'the page sent the browser\'s language');
        assert.ok(offer.conversation.handoff.page.startsWith(router.baseUrl), 'the page sent its address');
        // The raw desk that accepts next was offered the same chat; looking from the other desk left it open.
        await desk.waitForEvent('the offer on the accepting desk',
            (e) => e.type === 'offer' && e.data.conversation.id === conversationId);
        assert.ok(!desk.events.some((e) => e.type === 'offer.withdrawn'), 'looking at the offer did not withdraw it');

        await page.waitForTimeout(300); // let the spinner settle for the picture
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-waiting.png') });
        await checkAccessibility('the waiting state');
    });

    await step('the agent joins, types and writes; the page shows it as plain text', async () => {
        const accepted = await desk.request('offer.accept', { conversationId });
        assert.equal(accepted.conversation.id, conversationId);
        await page.getByText('Alice joined').waitFor();
        await page.getByText('Chatting with Alice').waitFor();

        await desk.request('typing', { conversationId, typing: true });
        await page.getByText('Alice is typing…').waitFor();

        const agentLine = 'Hi Ada, I\'m Alice. Order A1001 left our warehouse today; anything else I can do?';
        await desk.request('message.send', { conversationId, clientId: 'd_test_1', text: agentLine });
        await log.locator('.msg-agent .msg-bubble', { hasText: agentLine }).waitFor();
        assert.ok(await page.locator('#typing-row').isHidden(), 'the typing line goes when the agent\'s line arrives');

        // The visitor types back: the desk hears typing, then the message.
        await composer.pressSequentially('Great, thank', { delay: 20 });
        await desk.waitForEvent('visitor typing on the desk',
            (e) => e.type === 'typing' && e.data.conversationId === conversationId && e.data.typing === true);
        await composer.pressSequentially(' you!');
        await composer.press('Enter');
        await desk.waitForEvent('the visitor\'s line on the desk',
            (e) => e.type === 'message' && e.data.message.text === 'Great, thank you!');
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-agent-joined.png') });
        await checkAccessibility('the chat with an agent');

        const markup = 'Markup stays text: <b>bold</b> & <img src=x> <script>document.title="owned"</script>';
        await desk.request('message.send', { conversationId, clientId: 'd_test_2', text: markup });
        const bubble = log.locator('.msg-agent .msg-bubble', { hasText: 'Markup stays text' });
        await bubble.waitFor();
        assert.equal(await bubble.textContent(), markup, 'agent text is shown literally');
        assert.equal(await log.locator('img, b, script').count(), 0, 'no markup from chat text reaches the page');
        assert.notEqual(await page.title(), 'owned');
    });

    await step('a reload resumes the conversation with its history and sends what was left unsent', async () => {
        // As if the page had been closed while a line was still waiting for the router's answer.
        await page.evaluate(() => window.localStorage.setItem('handoff.outbox', JSON.stringify(
            [{ clientId: 'v_left_unsent_1', text: 'Written just before the reload', at: new Date().toISOString() }])));
        await page.reload();
        await desk.waitForEvent('the line left unsent on the desk',
            (e) => e.type === 'message' && e.data.message.clientId === 'v_left_unsent_1');
        await log.locator('.msg-visitor:not(.is-pending)', { hasText: 'Written just before the reload' }).waitFor();
        assert.equal(await page.evaluate(() => window.localStorage.getItem('handoff.outbox')), null,
            'nothing is left in the outbox once the router has it');
        await log.locator('.msg-agent', { hasText: 'I\'m Alice.' }).waitFor();
        await log.locator('.msg-visitor', { hasText: 'A1001' }).first().waitFor();
        await log.locator('.msg-visitor', { hasText: 'Great, thank you!' }).waitFor();
        await page.getByText('Chatting with Alice').waitFor();
        assert.equal(await log.locator('.msg-visitor', { hasText: 'Great, thank you!' }).count(), 1,
            'no line is doubled by the reload');
        await page.waitForTimeout(2000); // the page's own "joined" line would come after 1.5 s
        assert.equal(await log.locator('.msg-system', { hasText: 'Alice joined' }).count(), 1,
            'the agent joined once, also after the reload');
    });

    await step('a message written while the router is down is delivered once after it is back', async () => {
        await router.stop();
        await page.locator('#connection-banner').waitFor({ state: 'visible' });
        await composer.fill('Are you still there?');
        await composer.press('Enter');
        await log.locator('.msg-visitor.is-pending', { hasText: 'Are you still there?' }).waitFor();
        await router.start();
        await log.locator('.msg-visitor:not(.is-pending)', { hasText: 'Are you still there?' })
            .waitFor({ timeout: 60000 }); // the back-off may be several seconds by now
        await page.locator('#connection-banner').waitFor({ state: 'hidden' });

        desk.close();
        desk = await openDesk();
        await desk.signIn('alice', 'demo');
        const history = await desk.request('conversation.history', { conversationId });
        const copies = history.messages.filter((m) => m.text === 'Are you still there?');
        assert.equal(copies.length, 1, 'the resent line is stored exactly once');
    });

    await step('the agent ends the chat; the page offers a new one', async () => {
        await desk.request('conversation.close', { conversationId, disposition: 'resolved' });
        const restart = page.getByRole('button', { name: 'Start a new chat' });
        await restart.waitFor();
        assert.ok(await composer.isDisabled(), 'the composer is disabled once the chat has ended');
    });

    await step('with nobody available the leave-a-message form appears, validates and submits', async () => {
        await desk.request('presence.set', { presence: 'offline' });
        desk.close();

        await page.getByRole('button', { name: 'Start a new chat' }).click();
        await waitFor('the new conversation', async () => (await log.locator('.msg-agent').count()) === 0
            && (await botLines().count()) > 0);
        await page.getByRole('button', { name: 'Talk to a person' }).click();
        const form = page.getByRole('form', { name: 'Leave us a message' });
        await form.waitFor();

        await page.getByLabel('Your name').fill('');
        await form.getByRole('button', { name: 'Send message' }).click();
        await page.getByText('Please tell us your name.').waitFor();
        assert.equal(await page.getByLabel('Your name').getAttribute('aria-invalid'), 'true');
        assert.ok(await form.isVisible(), 'nothing is sent while the form is invalid');

        await page.getByLabel('Your name').fill('Ada Lovelace');
        await page.getByLabel('Email', { exact: true }).fill('ada@example');
        await page.getByLabel('Message', { exact: true }).fill('Please email me about order A1001.');
        await form.getByRole('button', { name: 'Send message' }).click();
        await page.getByText('Please enter a valid email address').waitFor();
        await checkAccessibility('the leave-a-message form showing an error');
        await page.getByLabel('Email', { exact: true }).fill('ada@example.com');
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-offline.png') });
        await form.getByRole('button', { name: 'Send message' }).click();
        await page.getByText('Thank you, Ada Lovelace!').waitFor();
        assert.ok(await form.isHidden(), 'the form goes once the message is sent');

        const reader = await openDesk();
        await reader.signIn('alice', 'demo');
        await reader.request('presence.set', { presence: 'offline' });
        const offline = await reader.request('offline.list', {});
        assert.ok(offline.messages.some((m) => m.email === 'ada@example.com' && /A1001/.test(m.text)),
            'the left message reaches the desk\'s offline list');
    });

    await step('the visitor ends the chat from the header', async () => {
        await page.getByRole('button', { name: 'End chat' }).click();
        await page.getByRole('button', { name: 'Start a new chat' }).waitFor();
        await page.getByText('Chat ended').waitFor();
        await log.getByText('You ended the chat.').waitFor();
        assert.ok(await composer.isDisabled(), 'the composer is disabled once the visitor ended the chat');
    });

    await step('the page raised no script errors or CSP violations', () => {
        // Socket errors while the router was stopped on purpose are expected noise.
        const real = pageProblems.filter((p) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(p));
        assert.deepEqual(real, []);
    });
    finished = !broken;
});

// The page in the visitor's language: the browser's list (navigator.languages, set by the browser's
// locale here), a regional variant finding its language, ?lang= going first, and the translated texts
// passing the same accessibility rules. docs/translations.md, "The web chat page".
test('web chat page speaks the browser\'s language', { skip: skipReason, timeout: 200000 }, async (t) => {
    const require = createRequire(path.join(here, 'package.json'));
    const { chromium } = require('playwright-core');
    const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-webchat-lang-'));
    const router = new RouterProcess(path.join(workDir, 'data'), await freePort());
    fs.mkdirSync(router.dataDir);
    fs.mkdirSync(screenshotDir, { recursive: true });
    let browser;
    t.after(async () => {
        if (browser) await browser.close().catch(() => {});
        await router.stop();
        fs.rmSync(workDir, { recursive: true, force: true });
    });
    await runRouterCommand(['demo', '--data-dir', router.dataDir]);
    await router.start();
    browser = await chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });

    // Opens the page for a browser set to `locale`; returns the page once the bot has greeted.
    const open = async (locale, query = '') => {
        const context = await browser.newContext({ locale, viewport: { width: 640, height: 760 } });
        const page = await context.newPage();
        page.setDefaultTimeout(WAIT_MS);
        await page.goto(`${router.baseUrl}/${query}`);
        await page.locator('.msg-bot .msg-bubble').first().waitFor();
        return page;
    };
    const seen = async (page) => ({
        lang: await page.evaluate(() => document.documentElement.lang),
        human: (await page.locator('#human-button').textContent()).trim(),
        placeholder: await page.locator('#composer-input').getAttribute('placeholder'),
        // The router's bot greets in the language the page sent (docs/translations.md, "What visitors read").
        greeting: (await page.locator('.msg-bot .msg-bubble').first().textContent()).trim(),
    });

    await t.test('a French-Canadian browser gets the French page', async () => {
        const page = await open('fr-CA');
        assert.deepEqual(await seen(page), { lang: 'fr', human: 'Parler à un agent', placeholder: 'Écrivez votre message…',
            greeting: 'Bonjour ! Je suis Handoff Assistant, l\'assistant virtuel.' });
        await page.getByRole('textbox', { name: 'Écrivez votre message' }).waitFor();
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-fr.png') });
        await page.evaluate(axeSource);
        const result = await page.evaluate(() => window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }));
        assert.deepEqual(result.violations.map((v) => v.id), [], 'accessibility of the French page');
        await page.context().close();
    });

    // A regional browser language finds the page's dictionary for its language (a Portuguese one from
    // Portugal the Brazilian Portuguese one).
    const regional = [
        { title: 'a Mexican Spanish browser gets the Spanish page', locale: 'es-MX', shot: 'webchat-es.png',
            expected: { lang: 'es', human: 'Hablar con un agente', placeholder: 'Escriba su mensaje…',
                greeting: '¡Hola! Soy Handoff Assistant, el asistente virtual.' } },
        { title: 'a Portuguese browser from Portugal gets the Brazilian Portuguese page', locale: 'pt-PT',
            shot: 'webchat-pt_BR.png',
            expected: { lang: 'pt-BR', human: 'Falar com uma pessoa', placeholder: 'Digite sua mensagem…',
                greeting: 'Olá! Eu sou Handoff Assistant, o assistente virtual.' } },
        { title: 'a Belgian Dutch browser gets the Dutch page', locale: 'nl-BE', shot: 'webchat-nl.png',
            expected: { lang: 'nl', human: 'Met een medewerker praten', placeholder: 'Typ uw bericht…',
                greeting: 'Hallo! Ik ben Handoff Assistant, de virtuele assistent.' } },
    ];
    for (const { title, locale, shot, expected } of regional) {
        await t.test(title, async () => {
            const page = await open(locale);
            assert.deepEqual(await seen(page), expected);
            await page.screenshot({ path: path.join(screenshotDir, shot) });
            await page.context().close();
        });
    }

    await t.test('?lang= goes before the browser\'s language', async () => {
        const page = await open('fr-FR', '?lang=es');
        const spanish = await seen(page);
        assert.equal(spanish.human, 'Hablar con un agente');
        assert.equal(spanish.greeting, '¡Hola! Soy Handoff Assistant, el asistente virtual.');
        await page.context().close();
    });

    // ?lang=de on an English browser: the page and the router's bot both German, the bot understands a
    // German question and a German request for a person, and the router's "nobody is free" notice is German.
    await t.test('?lang=de gets the German page and a German bot', async () => {
        const page = await open('en-US', '?lang=de');
        const german = await seen(page);
        assert.equal(german.lang, 'de');
        assert.equal(german.greeting, 'Hallo! Ich bin Handoff Assistant, der virtuelle Assistent.');
        const bot = page.locator('.msg-bot .msg-bubble');
        await bot.filter({ hasText: 'Darf ich Ihren Namen erfahren?' }).waitFor();
        const input = page.locator('#composer-input');
        await input.fill('Wie lange dauert der Versand?');
        await input.press('Enter');
        await bot.filter({ hasText: 'Die Standardlieferung dauert 2 bis 4 Werktage' }).waitFor();
        await input.fill('ich möchte einen Menschen sprechen');
        await input.press('Enter');
        await bot.filter({ hasText: 'Ich verbinde Sie mit jemandem, der Ihnen helfen kann.' }).waitFor();
        // Nobody is signed in: the router's notice on the message form is German too.
        await page.locator('#leave-notice', { hasText: 'Gerade ist niemand frei.' }).waitFor();
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-de.png') });
        await page.context().close();
    });

    await t.test('a language the page does not have falls back to English', async () => {
        const page = await open('sw-KE');
        assert.deepEqual(await seen(page), { lang: 'en', human: 'Talk to a person', placeholder: 'Type your message…',
            greeting: 'Hello! I\'m Handoff Assistant, the virtual assistant.' });
        await page.context().close();
    });
});
