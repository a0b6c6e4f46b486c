// The web chat page in a real browser (Debian's chromium via playwright-core) against the real
// handoff-router: bot conversation, handoff to a desk (the offer checked through the desk's client library
// with `handoff-cli offers --json`, the chat carried on over /ws/desk), the agent's line on the page, reload with history, reconnect after a router restart, and the leave-a-message form when nobody
// is available, checking focus, live regions, contrast and axe-core on the way; a second test opens the page in French, Spanish,
// Brazilian Portuguese, Dutch, German and an unknown language, where the router's bot greets in the page's language; a third in
// the dark theme, forced colours, at 320 px and in the launcher on another site. Run: `npm install && node --test webchat.test.mjs`
// here, or `ctest -L browser`.
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
    constructor(dataDir, port, extraArgs = []) {
        this.dataDir = dataDir;
        this.port = port;
        this.extraArgs = extraArgs;
        this.output = '';
        this.child = null;
    }

    get baseUrl() {
        return `http://127.0.0.1:${this.port}`;
    }

    async start() {
        this.child = spawn(routerBinary, ['serve', '--listen', `127.0.0.1:${this.port}`, '--data-dir', this.dataDir, ...this.extraArgs],
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

// ---- measuring what a visitor sees (run inside the page) ----

// Every visible piece of text on the page with the contrast ratio (WCAG 2.x) of its colour against what is
// behind it: backgrounds composited from the root down, each colour of a gradient tried, opacity applied.
// Disabled controls and visually hidden text (1 px) are left out, as WCAG does.
function textContrastInPage() {
    const parse = (c) => {
        const m = /rgba?\(([^)]+)\)/.exec(c || '');
        if (!m) return null;
        const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
        return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
    };
    const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
        b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
    const channel = (v) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    const ratio = (x, y) => { const a = luminance(x); const b = luminance(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
    const chainOf = (el) => { const chain = []; for (let n = el; n && n.nodeType === 1; n = n.parentElement) chain.unshift(n); return chain; };
    const backgrounds = (el) => {
        let layers = [{ r: 255, g: 255, b: 255, a: 1 }];
        for (const n of chainOf(el)) {
            const style = getComputedStyle(n);
            const color = parse(style.backgroundColor);
            if (color && color.a > 0) layers = layers.map((l) => over(color, l));
            const stops = (style.backgroundImage.match(/rgba?\([^)]+\)/g) || []).map(parse);
            if (stops.length) layers = stops.flatMap((g) => layers.map((l) => over(g, l)));
        }
        return layers;
    };
    const opacity = (el) => chainOf(el).reduce((o, n) => o * Number(getComputedStyle(n).opacity), 1);
    window.handoffContrast = { parse, ratio, backgrounds, over };
    const rows = [];
    for (const el of document.querySelectorAll('body *')) {
        const ownText = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
        if (!ownText || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || el.closest(':disabled, [aria-disabled="true"]')) continue;
        const color = parse(getComputedStyle(el).color);
        const worst = Math.min(...backgrounds(el).map((bg) => ratio(over({ ...color, a: color.a * opacity(el) }, bg), bg)));
        rows.push({ text: ownText.slice(0, 50), ratio: Math.round(worst * 100) / 100 });
    }
    return rows;
}

// The focus indicator of the focused element: its own outline, or its parent's when the parent draws it
// (the composer around its text box); its contrast against what the ring lies on. Uses the colour helpers
// textContrastInPage leaves in the page.
function focusRingInPage() {
    const { parse, ratio, backgrounds } = window.handoffContrast;
    const focused = document.activeElement;
    if (!focused || focused === document.body) return null;
    const drawn = (n) => n && getComputedStyle(n).outlineStyle !== 'none' && parseFloat(getComputedStyle(n).outlineWidth) > 0;
    const indicator = drawn(focused) ? focused : drawn(focused.parentElement) ? focused.parentElement : null;
    const name = focused.id || focused.getAttribute('aria-label') || focused.textContent.trim().slice(0, 30) || focused.tagName;
    if (!indicator) return { name, visible: false };
    const style = getComputedStyle(indicator);
    const inside = parseFloat(style.outlineOffset) < 0;
    const ring = parse(style.outlineColor);
    const under = backgrounds(inside ? indicator : indicator.parentElement);
    return { name, visible: true, width: parseFloat(style.outlineWidth),
        ratio: Math.round(Math.min(...under.map((bg) => ratio(ring, bg))) * 100) / 100 };
}

// ---- a router with the demo data and a headless chromium for one test ----

// Starts both (the router with `extraArgs`) and has the test stop them and remove `workDir` when it ends.
async function demoRouterAndBrowser(t, workDir, { port, extraArgs = [], alsoAfter = () => {} } = {}) {
    const require = createRequire(path.join(here, 'package.json'));
    const { chromium } = require('playwright-core');
    const router = new RouterProcess(path.join(workDir, 'data'), port || await freePort(), extraArgs);
    fs.mkdirSync(router.dataDir);
    fs.mkdirSync(screenshotDir, { recursive: true });
    const running = { router, browser: null };
    t.after(async () => {
        if (running.browser) await running.browser.close().catch(() => {});
        await router.stop();
        alsoAfter();
        fs.rmSync(workDir, { recursive: true, force: true });
    });
    await runRouterCommand(['demo', '--data-dir', router.dataDir]);
    await router.start();
    running.browser = await chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    return running;
}

// Opens the page in a new browser context (`options` as for newContext); returns it once the bot has greeted.
async function openChat(browser, router, options, query = '') {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 640, height: 760 }, ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${router.baseUrl}/${query}`);
    await page.locator('.msg-bot .msg-bubble').first().waitFor();
    return page;
}

// axe-core's WCAG 2.1 A/AA violations in a page or frame as it is now ("rule: targets"); evaluated over
// the DevTools protocol, so the page's own CSP (no inline script) stays in force for everything else.
async function axeViolations(frame) {
    const require = createRequire(path.join(here, 'package.json'));
    if (!(await frame.evaluate(() => typeof window.axe === 'object'))) {
        await frame.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    }
    const result = await frame.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(', ')}`);
}

// ---- the test ----

test('web chat page against the real router', { skip: skipReason, timeout: 280000 }, async (t) => {
    const require = createRequire(path.join(here, 'package.json'));
    let chromium;
    let WebSocket;
    try {
        ({ chromium } = require('playwright-core'));
        WebSocket = require('ws');
        require.resolve('axe-core/axe.min.js');
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

    const checkAccessibility = async (what) => {
        assert.deepEqual(await axeViolations(page), [], `accessibility problems in ${what}`);
    };

    // Every piece of text at 4.5:1 or more against its background, in the page's current colours.
    const checkTextContrast = async (what) => {
        const rows = await page.evaluate(textContrastInPage);
        assert.ok(rows.length > 5, `text found to measure in ${what}`);
        const poor = rows.filter((row) => row.ratio < 4.5);
        assert.deepEqual(poor, [], `text under 4.5:1 in ${what}`);
        return rows;
    };

    await step('the page loads under its CSP and the bot greets', async () => {
        await page.goto(`${router.baseUrl}/?name=Ada`);
        await botLines().first().waitFor();
        await assert.doesNotReject(page.getByRole('button', { name: 'Talk to a person' }).waitFor());
        const token = await page.evaluate(() => window.localStorage.getItem('handoff.visitorToken'));
        assert.ok(token, 'the visitor token is kept in localStorage');
        await checkAccessibility('the page as it opens');
        await checkTextContrast('the page as it opens');
        // The waiting card and the typing line appear inside live regions that are already there (a region
        // that appears together with its text is often not read out).
        for (const id of ['waiting-card', 'typing-row']) {
            const region = await page.evaluate((cardId) => {
                const card = document.getElementById(cardId);
                const live = card.parentElement.closest('[aria-live], [role="status"], [role="log"], [role="alert"]');
                return { hidden: card.hidden, live: Boolean(live), rendered: Boolean(live) && live.getClientRects().length > 0 };
            }, id);
            assert.deepEqual(region, { hidden: true, live: true, rendered: true }, `${id} sits in a rendered live region`);
        }
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
        await checkAccessibility('the chat with the bot');
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
        // Watches the log from the first byte of the reloaded page: what screen readers see after each step.
        const watchBusy = await page.addInitScript(() => {
            window.handoffBusySeen = [];
            new MutationObserver(() => {
                const log = document.getElementById('message-log');
                const list = document.getElementById('message-list');
                if (log && list) window.handoffBusySeen.push({ busy: log.getAttribute('aria-busy'), lines: list.children.length });
            }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
        });
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
        // The history went in while the log was busy, and the log was still busy when the step that filled it
        // ended (one that sets and clears aria-busy together hides nothing); it is not busy any more.
        const seen = await page.evaluate(() => window.handoffBusySeen);
        assert.ok(seen.some((s) => s.busy === 'true' && s.lines > 3), `the log is busy while the history goes in: ${JSON.stringify(seen)}`);
        assert.notEqual(await log.getAttribute('aria-busy'), 'true', 'the log is not busy once the history is in');
        await watchBusy?.dispose?.();
    });

    await step('a message written while the router is down is delivered once after it is back', async () => {
        // Every change of text in the page's live regions (other than the message log) from here on.
        await page.evaluate(() => {
            window.handoffAnnounced = [];
            window.handoffCountdown = [];
            const regions = Array.from(document.querySelectorAll('[aria-live], [role="status"], [role="alert"]'))
                .filter((r) => r.getAttribute('aria-live') !== 'off');
            const seen = new Map(regions.map((r) => [r, r.textContent]));
            new MutationObserver(() => {
                for (const region of regions) {
                    const now = region.textContent.replace(/\s+/g, ' ').trim();
                    if (now !== seen.get(region)) {
                        seen.set(region, now);
                        if (now) window.handoffAnnounced.push(now);
                    }
                }
                const countdown = document.getElementById('connection-text').textContent;
                if (countdown !== window.handoffCountdown[window.handoffCountdown.length - 1]) window.handoffCountdown.push(countdown);
            }).observe(document.getElementById('chat'), { subtree: true, childList: true, characterData: true, attributes: true });
        });
        await router.stop();
        await page.locator('#connection-banner').waitFor({ state: 'visible' });
        await composer.fill('Are you still there?');
        await composer.press('Enter');
        await log.locator('.msg-visitor.is-pending', { hasText: 'Are you still there?' }).waitFor();
        await page.waitForTimeout(4500); // a few reconnect attempts and countdown ticks
        const countdown = await page.evaluate(() => window.handoffCountdown);
        const announced = await page.evaluate(() => window.handoffAnnounced);
        assert.ok(new Set(countdown).size >= 3, `the banner counts down on screen: ${JSON.stringify(countdown)}`);
        const outage = announced.filter((line) => /Connection lost|Reconnecting/.test(line));
        assert.equal(outage.length, 1, `the outage is announced once, not every second: ${JSON.stringify(announced)}`);
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-outage.png') });
        await checkAccessibility('the page while the router is away');
        // The line waiting to be sent keeps its contrast, in both themes.
        for (const colorScheme of ['light', 'dark']) {
            await page.emulateMedia({ colorScheme });
            const rows = await checkTextContrast(`the outage (${colorScheme})`);
            assert.ok(rows.some((row) => row.text === 'Are you still there?'), 'the pending line was measured');
            await checkAccessibility(`the page while the router is away (${colorScheme})`);
        }
        await page.emulateMedia({ colorScheme: 'light' });
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
        await composer.focus(); // the visitor is about to type
        await desk.request('conversation.close', { conversationId, disposition: 'resolved' });
        const restart = page.getByRole('button', { name: 'Start a new chat' });
        await restart.waitFor();
        assert.ok(await composer.isDisabled(), 'the composer is disabled once the chat has ended');
        // Not dropped to <body>: on the conversation with its closing line (not on the button their next
        // key would press); the next Tab reaches "Start a new chat".
        await waitFor('the focus on the conversation', () => page.evaluate(() => document.activeElement.id === 'chat-body'));
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'rating-1',
            'the next Tab reaches the survey\'s first rating');
        await checkAccessibility('the chat the agent closed');
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
        await waitFor('the focus in the form', () => page.evaluate(() => document.activeElement.id === 'leave-name'));
        // The notice does not ask the visitor to stay right above a form that asks for a message.
        assert.doesNotMatch(await page.locator('#leave-notice').textContent(), /^[^.]*\.\s*Please stay/);
        await checkTextContrast('the leave-a-message form');

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
        await waitFor('the focus back in the composer', () => page.evaluate(() => document.activeElement.id === 'composer-input'));

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
        await waitFor('the focus on "Start a new chat"', () => page.evaluate(() => document.activeElement.id === 'restart-button'));
        await checkAccessibility('the chat the visitor ended');
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
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-webchat-lang-'));
    const { router, browser } = await demoRouterAndBrowser(t, workDir);
    // Opens the page for a browser set to `locale`.
    const open = (locale, query = '') => openChat(browser, router, { locale }, query);
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
        assert.deepEqual(await axeViolations(page), [], 'accessibility of the French page');
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

// How the page looks and works beyond the defaults: the dark theme, forced colours (Windows High
// Contrast), a 320 px phone with a long company name, and the launcher (embed.js) on another site. Nobody
// is signed in at the desk, so asking for a person brings the leave-a-message form.
test('web chat page in dark, forced colours, at 320 px and in the launcher', { skip: skipReason, timeout: 200000 }, async (t) => {
    const http = await import('node:http');
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-webchat-look-'));

    // A shop's own page on another origin, with the launcher tag and a header of its own (a banner landmark).
    const hostPort = await freePort();
    const routerPort = await freePort();
    const hostPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Example Shop</title></head>
<body><header><p>Example Shop</p></header><main><h1>Winter coats</h1><p>Warm, light and made to last.</p></main>
<script src="http://127.0.0.1:${routerPort}/embed.js" data-company="Example Shop" defer></script></body></html>`;
    const host = http.createServer((request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(hostPage);
    });
    await new Promise((resolve) => host.listen(hostPort, '127.0.0.1', resolve));
    const configFile = path.join(workDir, 'router.json');
    fs.writeFileSync(configFile, JSON.stringify({ embedOrigins: [`http://127.0.0.1:${hostPort}`] }));
    const { router, browser } = await demoRouterAndBrowser(t, workDir,
        { port: routerPort, extraArgs: ['--config', configFile], alsoAfter: () => host.close() });
    const open = (options, query = '') => openChat(browser, router, options, query);
    const axe = async (page, what, frame = page) => {
        assert.deepEqual(await axeViolations(frame), [], `accessibility problems in ${what}`);
    };
    const poorText = async (page) => (await page.evaluate(textContrastInPage)).filter((row) => row.ratio < 4.5);
    // Tabs through the page from the top and reports the focus indicator at every stop.
    const focusRings = async (page) => {
        await page.locator('body').click({ position: { x: 1, y: 1 } });
        await page.evaluate(() => document.activeElement.blur());
        await page.evaluate(textContrastInPage);
        const rings = [];
        for (let i = 0; i < 14; i++) {
            await page.keyboard.press('Tab');
            const ring = await page.evaluate(focusRingInPage);
            if (!ring || rings.some((r) => r.name === ring.name)) break;
            rings.push(ring);
        }
        return rings;
    };
    const say = async (page, line) => {
        await page.getByRole('textbox', { name: 'Type your message' }).fill(line);
        await page.getByRole('textbox', { name: 'Type your message' }).press('Enter');
        await page.locator('.msg-visitor:not(.is-pending)', { hasText: line }).waitFor();
    };

    await t.test('light theme: every focus ring stands out at 3:1 or more', async () => {
        const page = await open({ colorScheme: 'light' });
        await say(page, 'where is my order?');
        await page.locator('.msg-bot .msg-bubble', { hasText: /order number/i }).waitFor();
        const rings = await focusRings(page);
        assert.ok(rings.length >= 4, `several tab stops: ${JSON.stringify(rings)}`);
        for (const ring of rings) {
            assert.ok(ring.visible && ring.width >= 2, `a visible focus ring on ${ring.name}`);
            assert.ok(ring.ratio >= 3, `the focus ring on ${ring.name} is ${ring.ratio}:1`);
        }
        await page.evaluate(() => document.activeElement.blur());
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-light.png') });
        await page.context().close();
    });

    await t.test('dark theme under prefers-color-scheme: dark', async () => {
        const page = await open({ colorScheme: 'dark' });
        assert.ok(await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches));
        const surface = await page.evaluate(() => getComputedStyle(document.getElementById('chat')).backgroundColor);
        const rgb = surface.match(/\d+/g).map(Number);
        assert.ok(rgb.slice(0, 3).every((c) => c < 60), `the chat is dark: ${surface}`);
        await say(page, 'where is my order?');
        await page.locator('.msg-bot .msg-bubble', { hasText: /order number/i }).waitFor();
        assert.deepEqual(await poorText(page), [], 'text under 4.5:1 in the dark chat');
        for (const ring of await focusRings(page)) {
            assert.ok(ring.visible && ring.ratio >= 3, `the focus ring on ${ring.name} in the dark: ${JSON.stringify(ring)}`);
        }
        await page.evaluate(() => document.activeElement.blur());
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-dark.png') });
        await axe(page, 'the dark chat');

        await page.getByRole('button', { name: 'Talk to a person' }).click();
        await page.getByRole('form', { name: 'Leave us a message' }).waitFor();
        await waitFor('the focus in the form', () => page.evaluate(() => document.activeElement.id === 'leave-name'));
        assert.deepEqual(await poorText(page), [], 'text under 4.5:1 in the dark form');
        await axe(page, 'the dark form');
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-dark-form.png') });
        await page.context().close();
    });

    await t.test('forced colours keep a focus indicator and the bubbles\' outlines', async () => {
        const page = await open({ forcedColors: 'active' });
        assert.ok(await page.evaluate(() => window.matchMedia('(forced-colors: active)').matches));
        await page.getByRole('button', { name: 'Talk to a person' }).click();
        await page.getByRole('form', { name: 'Leave us a message' }).waitFor();
        const rings = await focusRings(page);
        const names = rings.map((ring) => ring.name);
        for (const wanted of ['chat-body', 'leave-name', 'leave-email', 'leave-text', 'composer-input']) {
            assert.ok(names.includes(wanted), `${wanted} is a tab stop: ${names}`);
        }
        for (const ring of rings) assert.ok(ring.visible && ring.width >= 2, `a focus indicator on ${ring.name} in forced colours`);
        const bubbles = await page.evaluate(() => Array.from(document.querySelectorAll('.msg-bubble'),
            (b) => ({ style: getComputedStyle(b).borderTopStyle, width: parseFloat(getComputedStyle(b).borderTopWidth) })));
        assert.ok(bubbles.length > 0);
        for (const bubble of bubbles) assert.ok(bubble.style !== 'none' && bubble.width >= 1, `a bubble keeps its outline: ${JSON.stringify(bubble)}`);
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-forced-colors.png') });
        await page.context().close();
    });

    await t.test('a long company name is shown whole at 320 px', async () => {
        const company = 'Gebrüder Hoffmann & Söhne Feinkost und Weinhandel';
        const page = await open({ viewport: { width: 320, height: 640 } }, `?company=${encodeURIComponent(company)}`);
        const title = page.locator('#company-name');
        assert.equal(await title.textContent(), company);
        const fit = await title.evaluate((el) => ({ clipped: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight,
            right: el.getBoundingClientRect().right, pageWidth: document.documentElement.scrollWidth }));
        assert.equal(fit.clipped, false, 'the name is not cut');
        assert.ok(fit.right <= 320 && fit.pageWidth <= 320, `nothing runs off a 320 px screen: ${JSON.stringify(fit)}`);
        assert.ok(await page.getByRole('banner', { name: company }).isVisible(), 'the header is a banner named by the company');
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-320.png') });
        await axe(page, 'the page at 320 px');
        await page.context().close();
    });

    await t.test('the launcher: Escape closes the panel and the launcher gets the focus back', async () => {
        const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1024, height: 760 } });
        const page = await context.newPage();
        page.setDefaultTimeout(WAIT_MS);
        await page.goto(`http://127.0.0.1:${hostPort}/`);
        const launcher = page.getByRole('button', { name: 'Chat with us' });
        await launcher.click();
        assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
        const panel = page.frameLocator('iframe[title="Chat with us"]');
        await panel.locator('.msg-bot .msg-bubble').first().waitFor();
        const frame = page.frames().find((f) => f.url().startsWith(router.baseUrl));
        assert.ok(frame, 'the chat is in an iframe');

        // One unnamed banner (the shop's); the chat's is named by the company.
        assert.equal(await page.getByRole('banner').count(), 1);
        assert.ok(await panel.getByRole('banner', { name: 'Example Shop' }).isVisible());
        await axe(page, 'the shop page with the launcher open');
        await axe(page, 'the chat in the launcher\'s panel', frame);

        // Escape inside the chat.
        await panel.getByRole('textbox', { name: 'Type your message' }).click();
        await page.keyboard.press('Escape');
        await page.locator('iframe[title="Chat with us"]').waitFor({ state: 'hidden' });
        assert.equal(await launcher.getAttribute('aria-expanded'), 'false');
        assert.ok(await launcher.evaluate((el) => document.activeElement === el), 'the launcher has the focus again');

        // Escape on the shop's page, the panel opened from the keyboard.
        await page.keyboard.press('Enter');
        await page.locator('iframe[title="Chat with us"]').waitFor({ state: 'visible' });
        await page.keyboard.press('Escape');
        await page.locator('iframe[title="Chat with us"]').waitFor({ state: 'hidden' });
        assert.ok(await launcher.evaluate((el) => document.activeElement === el), 'the launcher keeps the focus');
        await context.close();
    });
});

// The demo's agent Alice on a desk, available; a page (context `options`) that asked for a person and is
// chatting with her.
async function chatWithAlice(t, WebSocket, router, browser, options) {
    const desk = new DeskConnection(WebSocket, `ws://127.0.0.1:${router.port}/ws/desk`);
    t.after(() => desk.close());
    await desk.open();
    await desk.signIn('alice', 'demo');
    await desk.request('presence.set', { presence: 'available' });
    const page = await openChat(browser, router, options);
    const composer = page.getByRole('textbox', { name: 'Type your message' });
    await page.getByRole('button', { name: 'Talk to a person' }).click();
    const offer = await desk.waitForEvent('the offer', (e) => e.type === 'offer');
    const conversationId = offer.data.conversation.id;
    await desk.request('offer.accept', { conversationId });
    await page.getByText('Chatting with Alice').waitFor();
    return { desk, page, composer, conversationId };
}

test('web chat page: the survey and the transcript at the end of a chat', { skip: skipReason, timeout: 200000 }, async (t) => {
    const require = createRequire(path.join(here, 'package.json'));
    const WebSocket = require('ws');
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-webchat-end-'));
    const { router, browser } = await demoRouterAndBrowser(t, workDir);
    const { desk, page, composer, conversationId } = await chatWithAlice(t, WebSocket, router, browser, { acceptDownloads: true });
    const risky = '<script>window.pwned = 1</script> & thanks';
    await composer.fill(risky);
    await composer.press('Enter');
    await page.locator('.msg-visitor:not(.is-pending)', { hasText: risky }).waitFor();
    await desk.request('message.send', { conversationId, clientId: 'a1', text: 'Glad I could help.' });
    await page.getByText('Glad I could help.').waitFor();

    await t.test('the agent ends the chat: the page asks for a rating', async () => {
        await desk.request('conversation.close', { conversationId, disposition: 'resolved' });
        const form = page.getByRole('form', { name: 'How was your chat?' });
        await form.waitFor();
        for (const name of ['1 – Very poor', '2 – Poor', '3 – OK', '4 – Good', '5 – Very good'])
            assert.ok(await page.getByRole('radio', { name }).isVisible() || await page.getByText(name).isVisible(), name);
        assert.deepEqual(await axeViolations(page), [], 'accessibility problems in the survey');
        await page.getByRole('radio', { name: '3 – OK' }).check();
        await page.getByRole('textbox', { name: 'Anything you want to tell us? (optional)' })
            .fill('Alice solved it in two minutes.');
        await page.locator('#survey-form').evaluate((f) => f.scrollIntoView({ block: 'start' }));
        await page.waitForTimeout(200);
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-survey.png') });
    });

    await t.test('a rating is needed; the keyboard chooses it; the visitor is thanked and the desk sees it', async () => {
        await page.getByRole('radio', { name: '3 – OK' }).evaluate((input) => { input.checked = false; });
        await page.getByRole('button', { name: 'Send rating' }).click();
        await page.getByText('Please choose a rating from 1 to 5.').waitFor();
        // Radio buttons move with the arrow keys: from 1 to 4.
        assert.equal(await page.evaluate(() => document.activeElement.id), 'rating-1');
        await page.keyboard.press('Space');
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
        assert.ok(await page.getByRole('radio', { name: '4 – Good' }).isChecked());
        await page.getByRole('button', { name: 'Send rating' }).click();
        await page.getByText('Thank you for your feedback!').waitFor();
        assert.ok(await page.locator('#survey-form').isHidden(), 'the form is gone once answered');
        assert.deepEqual(await axeViolations(page), [], 'accessibility problems after the thanks');
        const history = await desk.request('conversation.history', { conversationId });
        assert.equal(history.rating.rating, 4);
        assert.equal(history.rating.comment, 'Alice solved it in two minutes.');
    });

    await t.test('the transcript downloads as text and as an escaped printable page', async () => {
        const fetchDownload = async (name) => {
            const [download] = await Promise.all([
                page.waitForEvent('download'),
                page.getByRole('button', { name }).click(),
            ]);
            return { file: download.suggestedFilename(), body: fs.readFileSync(await download.path(), 'utf8') };
        };
        const text = await fetchDownload('Download as text');
        assert.equal(text.file, `chat-${conversationId}.txt`);
        assert.ok(text.body.includes(`You: ${risky}`), text.body);
        assert.ok(text.body.includes('Alice: Glad I could help.'), text.body);
        const html = await fetchDownload('Printable page');
        assert.equal(html.file, `chat-${conversationId}.html`);
        assert.ok(!html.body.includes('<script>'), 'visitor text is not markup in the printable page');
        assert.ok(html.body.includes('&lt;script&gt;window.pwned = 1&lt;/script&gt; &amp; thanks'), html.body);
        assert.ok(html.body.includes('@media print'));
    });

    await t.test('a reloaded page does not ask again', async () => {
        await page.reload();
        await page.getByRole('button', { name: 'Start a new chat' }).waitFor();
        assert.ok(await page.locator('#survey-form').isHidden());
        assert.ok(await page.locator('#transcript-mail-open').isHidden(), 'no e-mail offered: this router has no SMTP server');
    });
});

// A real SMTP server (Debian's python3-aiosmtpd, tests/integration/smtp_sink.py) keeping every message it
// receives as NNN.json in `directory`; resolves once it accepts connections.
async function startSmtpSink(t, port, directory) {
    const child = spawn('/usr/bin/python3', [path.join(repoRoot, 'tests', 'integration', 'smtp_sink.py'), String(port), directory],
        { stdio: ['ignore', 'pipe', 'inherit'] });
    t.after(() => child.kill('SIGTERM'));
    await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
            if (chunk.toString().includes('ready')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`smtp_sink.py exited with ${code}`)));
    });
    return () => fs.readdirSync(directory).filter((name) => name.endsWith('.json')).sort()
        .map((name) => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')));
}

test('web chat page e-mails the transcript', { skip: skipReason, timeout: 200000 }, async (t) => {
    const require = createRequire(path.join(here, 'package.json'));
    const WebSocket = require('ws');
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-webchat-mail-'));
    const smtpPort = await freePort();
    const received = await startSmtpSink(t, smtpPort, path.join(workDir, 'mail'));
    const config = path.join(workDir, 'router.json');
    fs.writeFileSync(config, JSON.stringify({
        smtp: { url: `smtp://127.0.0.1:${smtpPort}`, requireTls: false, from: 'chat@shop.example', fromName: 'Handoff Shop' },
    }));
    const { router, browser } = await demoRouterAndBrowser(t, workDir, { extraArgs: ['--config', config] });
    const { desk, page, composer, conversationId } = await chatWithAlice(t, WebSocket, router, browser, {});
    await composer.fill('Can you send me the tracking number?');
    await composer.press('Enter');
    await page.locator('.msg-visitor:not(.is-pending)', { hasText: 'tracking number' }).waitFor();
    await desk.request('message.send', { conversationId, clientId: 'a1', text: 'It is 1Z999 — arriving Friday.' });
    await page.getByText('arriving Friday').waitFor();
    const openButton = page.getByRole('button', { name: 'E-mail me the transcript' });
    assert.ok(await openButton.isHidden(), 'not offered while the chat is open');
    await desk.request('conversation.close', { conversationId, disposition: 'resolved' });
    await openButton.waitFor();
    const address = page.getByRole('textbox', { name: 'Your email address' });

    await t.test('the button opens a labelled form and the focus lands in it', async () => {
        assert.equal(await openButton.getAttribute('aria-expanded'), 'false');
        await openButton.click();
        await address.waitFor();
        assert.equal(await openButton.getAttribute('aria-expanded'), 'true');
        assert.equal(await address.getAttribute('autocomplete'), 'email');
        assert.equal(await address.getAttribute('type'), 'email');
        assert.ok(await address.evaluate((el) => document.activeElement === el), 'the address field has the focus');
        assert.deepEqual(await axeViolations(page), [], 'accessibility problems in the e-mail form');
    });

    await t.test('a wrong address is named next to the field, which keeps the focus', async () => {
        for (const wrong of ['ada@example', 'ada@example.org, eve@example.org']) {
            await address.fill(wrong);
            await page.getByRole('button', { name: 'Send the transcript' }).click();
            const error = page.getByText('Please enter one email address, like name@example.com.');
            await error.waitFor();
            assert.equal(await address.getAttribute('aria-invalid'), 'true');
            assert.equal(await address.getAttribute('aria-describedby'), await error.getAttribute('id'));
            assert.ok(await address.evaluate((el) => document.activeElement === el), 'the field keeps the focus');
        }
        await page.locator('#restart-card').evaluate((card) => card.scrollIntoView({ block: 'end' }));
        await page.waitForTimeout(200);
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-transcript-mail-error.png') });
        assert.deepEqual(await axeViolations(page), [], 'accessibility problems with the address refused');
        await address.fill('ada@example.org');
        assert.equal(await address.getAttribute('aria-invalid'), null, 'typing clears the error');
    });

    await t.test('sent: a confirmation is announced, the focus goes back to the button, the mail arrives', async () => {
        await page.getByRole('button', { name: 'Send the transcript' }).click();
        const done = page.getByText('We\'ll e-mail the transcript to ada@example.org. It should arrive in a few minutes.');
        await done.waitFor();
        assert.equal(await done.evaluate((p) => p.parentElement.getAttribute('role')), 'status');
        assert.ok(await address.isHidden(), 'the form closes');
        assert.ok(await openButton.evaluate((el) => document.activeElement === el), 'the focus is back on the button');
        assert.equal(await openButton.getAttribute('aria-expanded'), 'false');
        await page.locator('#restart-card').evaluate((card) => card.scrollIntoView({ block: 'end' }));
        await page.waitForTimeout(200);
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-transcript-mail.png') });
        assert.deepEqual(await axeViolations(page), [], 'accessibility problems in the confirmation');
        const mail = await waitFor('the mail at the SMTP server', () => received().find((m) => m.rcptTos.includes('ada@example.org')));
        assert.equal(mail.headers.From, 'Handoff Shop <chat@shop.example>');
        const plain = mail.parts.find((p) => p.type === 'text/plain').text;
        const html = mail.parts.find((p) => p.type === 'text/html').text;
        for (const body of [plain, html]) {
            assert.ok(body.includes('Can you send me the tracking number?'), body);
            assert.ok(body.includes('It is 1Z999 — arriving Friday.'), body);
        }
    });

    await t.test('the page in German offers it in German', async () => {
        const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 640, height: 760 } });
        const german = await context.newPage();
        german.setDefaultTimeout(WAIT_MS);
        // The same chat, in German: the visitor's token from the English page.
        // Set before the page's own script runs: a page loaded without it would start a chat of its own and
        // could store that chat's token after ours.
        const token = await page.evaluate(() => window.localStorage.getItem('handoff.visitorToken'));
        await context.addInitScript((value) => window.localStorage.setItem('handoff.visitorToken', value), token);
        await german.goto(`${router.baseUrl}/`);
        await german.getByRole('button', { name: 'Protokoll per E-Mail senden' }).click();
        await german.getByRole('textbox', { name: 'Ihre E-Mail-Adresse' }).waitFor();
        assert.deepEqual(await axeViolations(german), [], 'accessibility problems in the German form');
        await context.close();
    });
});

test('web chat page sends and shows files', { skip: skipReason, timeout: 200000 }, async (t) => {
    const require = createRequire(path.join(here, 'package.json'));
    const WebSocket = require('ws');
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-webchat-files-'));
    const { router, browser } = await demoRouterAndBrowser(t, workDir);
    const page = await openChat(browser, router, {});
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const log = page.getByRole('log');
    // A 48×32 PNG, and the same bytes the desk will fetch back.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAMUlEQVR42u3OQQ0AAAgEoEtiTiMayxbOBxsBSPW8EiEh'
        + 'ISEhISEhISEhISEhISGhSwuxOTR5u4pwKAAAAABJRU5ErkJggg==', 'base64');

    const desk = new DeskConnection(WebSocket, `ws://127.0.0.1:${router.port}/ws/desk`);
    t.after(() => desk.close());
    await desk.open();
    const signedIn = await desk.signIn('alice', 'demo');
    const deskToken = signedIn.token;
    await page.getByRole('button', { name: 'Talk to a person' }).click();
    const offer = await desk.waitForEvent('the offer', (e) => e.type === 'offer');
    const conversationId = offer.data.conversation.id;
    await desk.request('offer.accept', { conversationId });
    await page.getByText('Chatting with Alice').waitFor();

    // The visitor attaches a picture with the button's file chooser: the agent receives the line and the file.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Attach a file' }).click();
    await (await chooser).setFiles({ name: 'parcel.png', mimeType: 'image/png', buffer: png });
    const atDesk = await desk.waitForEvent('the picture at the desk',
        (e) => e.type === 'message' && e.data.message.attachment?.name === 'parcel.png');
    const attachment = atDesk.data.message.attachment;
    assert.equal(attachment.contentType, 'image/png');
    assert.equal(attachment.size, png.length);
    const fetched = await fetch(`${router.baseUrl}/api/v1/attachments/${attachment.id}`,
        { headers: { Authorization: `Bearer ${deskToken}` } });
    assert.equal(fetched.status, 200);
    assert.deepEqual(Buffer.from(await fetched.arrayBuffer()), png, 'the agent gets the very bytes');
    const ownThumbnail = log.locator('.msg-visitor .msg-file img');
    await ownThumbnail.waitFor();
    await waitFor('the visitor\'s own thumbnail to load', () => ownThumbnail.evaluate((img) => img.complete && img.naturalWidth === 48));

    // The agent sends a picture: the visitor sees it as a bounded thumbnail with its name.
    const upload = await fetch(`${router.baseUrl}/api/v1/attachments?conversationId=${conversationId}&name=label.png`,
        { method: 'POST', headers: { Authorization: `Bearer ${deskToken}` }, body: png });
    assert.equal(upload.status, 201);
    const uploaded = (await upload.json()).attachment;
    await desk.request('message.send', { conversationId, clientId: 'd-file-1', attachmentId: uploaded.id, text: 'Your return label' });
    const agentImage = log.locator('.msg-agent .msg-file img');
    await agentImage.waitFor();
    await waitFor('the agent\'s picture to load', () => agentImage.evaluate((img) => img.complete && img.naturalWidth === 48));
    const box = await agentImage.boundingBox();
    assert.ok(box.width <= 220 && box.height <= 180, `the thumbnail is bounded (${box.width}×${box.height})`);
    await log.getByText('Your return label').waitFor();
    await page.getByRole('link', { name: /label\.png/ }).waitFor();

    // A picture pasted into the text box and a file dropped on the chat are sent the same way.
    const dropAndPaste = async (kind, name, content, type) => page.evaluate(({ kind, name, content, type }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, { type }));
        const target = kind === 'paste' ? document.getElementById('composer-input') : document.getElementById('chat-body');
        const event = kind === 'paste'
            ? new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true })
            : new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
        target.dispatchEvent(event);
    }, { kind, name, content, type });
    await dropAndPaste('paste', 'notes.txt', 'Order A1001\n', 'text/plain');
    await desk.waitForEvent('the pasted file', (e) => e.type === 'message' && e.data.message.attachment?.name === 'notes.txt');
    await dropAndPaste('drop', 'dropped.txt', 'Dropped on the chat\n', 'text/plain');
    await desk.waitForEvent('the dropped file', (e) => e.type === 'message' && e.data.message.attachment?.name === 'dropped.txt');
    await page.getByRole('link', { name: /dropped\.txt/ }).waitFor();

    // A text file named .png is refused, and the page says why.
    const refusedChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Attach a file' }).click();
    await (await refusedChooser).setFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: Buffer.from('not a picture\n') });
    const status = page.locator('#attach-status');
    await status.getByText(/holiday\.png was not sent: .*named as a PNG file/).waitFor();
    assert.equal(await status.getAttribute('role'), 'status', 'the refusal is announced');

    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(screenshotDir, 'webchat-attachments.png') });
    assert.deepEqual(await axeViolations(page), [], 'accessibility problems with files in the chat');
    assert.deepEqual(problems, [], 'no script errors on the page');
});

// Signed-in customers: the shop's page carries the launcher with data-auth-function; its function returns a
// Promise of an ID token (RS256, signed here with a key made for the test). The chat page asks for it, the
// router verifies it, and the desk sees the customer's verified name. A token the router refuses is
// explained on the page in plain words, and the chat goes on anonymous.
test('web chat page signs the site\'s customer in with its ID token', { skip: skipReason, timeout: 200000 }, async (t) => {
    const http = await import('node:http');
    const crypto = await import('node:crypto');
    const require = createRequire(path.join(here, 'package.json'));
    const { WebSocket } = require('ws');
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-webchat-signed-in-'));
    const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    const b64 = (data) => Buffer.from(data).toString('base64url');
    const issue = (claims) => {
        const input = `${b64(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${b64(JSON.stringify(claims))}`;
        return `${input}.${crypto.sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
    };
    const now = Math.floor(Date.now() / 1000);
    const customer = { sub: 'cust-42', iss: 'https://shop.example', aud: 'handoff-chat', name: 'Ada Lovelace',
        email: 'ada@example.org', iat: now, exp: now + 600 };
    let nextToken = issue(customer);

    const hostPort = await freePort();
    const routerPort = await freePort();
    // The site's own token function, as a page with a sign-in would have it: it fetches the token from the site.
    const hostPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Example Shop</title>
<script>window.getHandoffToken = () => fetch('/handoff-token').then((r) => r.text());</script></head>
<body><main><h1>Your account</h1></main>
<script src="http://127.0.0.1:${routerPort}/embed.js" data-company="Example Shop" data-auth-function="getHandoffToken" defer></script></body></html>`;
    let tokensIssued = 0;
    const host = http.createServer((request, response) => {
        if (request.url === '/handoff-token') {
            tokensIssued += 1;
            response.writeHead(200, { 'Content-Type': 'text/plain' });
            response.end(nextToken);
            return;
        }
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(hostPage);
    });
    await new Promise((resolve) => host.listen(hostPort, '127.0.0.1', resolve));
    const keyFile = path.join(workDir, 'site.pem');
    fs.writeFileSync(keyFile, publicKey.export({ type: 'spki', format: 'pem' }));
    const configFile = path.join(workDir, 'router.json');
    fs.writeFileSync(configFile, JSON.stringify({
        embedOrigins: [`http://127.0.0.1:${hostPort}`],
        identity: { issuer: 'https://shop.example', audience: 'handoff-chat', keyFile },
    }));
    const { router, browser } = await demoRouterAndBrowser(t, workDir,
        { port: routerPort, extraArgs: ['--config', configFile], alsoAfter: () => host.close() });
    const desk = new DeskConnection(WebSocket, `ws://127.0.0.1:${router.port}/ws/desk`);
    await desk.open();
    t.after(() => desk.close());
    await desk.signIn('alice', 'demo');

    const openLauncher = async () => {
        const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1024, height: 760 } });
        const page = await context.newPage();
        page.setDefaultTimeout(WAIT_MS);
        await page.goto(`http://127.0.0.1:${hostPort}/`);
        await page.getByRole('button', { name: 'Chat with us' }).click();
        const panel = page.frameLocator('iframe[title="Chat with us"]');
        await panel.locator('.msg-bot .msg-bubble').first().waitFor();
        return { page, panel };
    };

    await t.test('a valid token: the page says who is signed in, the desk sees the verified name', async () => {
        const { page, panel } = await openLauncher();
        await panel.getByText('Signed in as Ada Lovelace').waitFor();
        assert.equal(tokensIssued, 1, 'the chat asked the site for its token once');
        await panel.getByRole('button', { name: 'Talk to a person' }).click();
        const offer = await desk.waitForEvent('the offer of the signed-in customer\'s chat', (e) => e.type === 'offer');
        const verified = offer.data.conversation.customer;
        assert.equal(verified?.verified, true);
        assert.equal(verified.name, 'Ada Lovelace');
        assert.equal(verified.subject, 'cust-42');
        assert.equal(verified.email, 'ada@example.org');
        await desk.request('offer.decline', { conversationId: offer.data.offer.conversationId });
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-signed-in.png') });
        await page.context().close();
    });

    await t.test('an expired token: the page says so plainly and the chat goes on anonymous', async () => {
        nextToken = issue({ ...customer, iat: now - 7200, exp: now - 3600 });
        const { page, panel } = await openLauncher();
        await panel.getByText('Your sign-in has expired. You are chatting without being signed in.').waitFor();
        await panel.getByRole('textbox', { name: 'Type your message' }).fill('hello');
        await panel.getByRole('button', { name: 'Send' }).click();
        await panel.locator('.msg-visitor .msg-bubble', { hasText: 'hello' }).waitFor();
        const frame = page.frames().find((f) => f.url().startsWith(router.baseUrl));
        assert.deepEqual(await axeViolations(frame), [], 'accessibility problems with the sign-in notice');
        await page.screenshot({ path: path.join(screenshotDir, 'webchat-sign-in-expired.png') });
        await page.context().close();
    });
});
