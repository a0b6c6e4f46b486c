// Handoff chat launcher for other websites: one <script> tag adds a round chat button in the corner
// that opens the web chat page (served by the same router as this file) in an iframe. Settings come from
// the tag's data-* attributes and become the page's query parameters (docs/webchat.md). Styling is set
// through the CSSOM, which a host page's Content-Security-Policy does not block the way it blocks
// style attributes in markup.
'use strict';

(function () {
    const script = document.currentScript;
    if (!script || window.handoffChatLauncher) return;
    window.handoffChatLauncher = true;

    const chatUrl = new URL('./', script.src);
    for (const key of ['company', 'lang', 'name', 'email']) {
        const value = script.dataset[key];
        if (value) chatUrl.searchParams.set(key, value);
    }
    chatUrl.searchParams.set('page', window.location.href);
    // data-auth-function names this site's function that returns an ID token for its signed-in customer
    // (a string, or a Promise of one); the chat asks for a fresh one before every hello.
    const authFunction = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(script.dataset.authFunction || '')
        ? script.dataset.authFunction : '';
    if (authFunction) chatUrl.searchParams.set('auth', '1');
    const label = script.dataset.label || 'Chat with us';
    const accent = /^#[0-9a-fA-F]{3,8}$/.test(script.dataset.color || '') ? script.dataset.color : '#3454d1';

    function applyStyle(element, style) {
        for (const [property, value] of Object.entries(style)) element.style.setProperty(property, value);
    }

    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-label', label);
    button.setAttribute('aria-expanded', 'false');
    // Icons as SVG built here: no text glyphs, so a host page's character set cannot garble them.
    const chatIcon = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z';
    const closeIcon = 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z';
    const svgNs = 'http://www.w3.org/2000/svg';
    const icon = document.createElementNS(svgNs, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('width', '26');
    icon.setAttribute('height', '26');
    icon.setAttribute('aria-hidden', 'true');
    const iconPath = document.createElementNS(svgNs, 'path');
    iconPath.setAttribute('fill', 'currentColor');
    iconPath.setAttribute('d', chatIcon);
    icon.appendChild(iconPath);
    button.appendChild(icon);
    applyStyle(button, {
        position: 'fixed', right: '20px', bottom: '20px', width: '56px', height: '56px',
        'border-radius': '50%', border: '0', background: accent, color: '#fff', 'font-size': '24px',
        cursor: 'pointer', display: 'grid', 'place-items': 'center', padding: '0', 'box-shadow': '0 6px 20px rgba(20, 30, 60, 0.25)', 'z-index': '2147483000',
    });

    // data-mode="popup" opens the chat in its own small window instead: for a chat host that forbids
    // being framed (Content-Security-Policy frame-ancestors).
    const popup = script.dataset.mode === 'popup';
    let chatWindow = null;
    let frame = null;
    function setOpen(open) {
        frame.hidden = !open;
        button.setAttribute('aria-expanded', String(open));
        iconPath.setAttribute('d', open ? closeIcon : chatIcon);
    }

    function toggle() {
        if (popup) {
            if (chatWindow && !chatWindow.closed) chatWindow.focus();
            else chatWindow = window.open(chatUrl.href, 'handoff-chat', 'popup,width=400,height=640');
            return;
        }
        if (!frame) {
            frame = document.createElement('iframe');
            frame.id = 'handoff-chat-panel';
            frame.src = chatUrl.href;
            frame.title = label;
            frame.referrerPolicy = 'strict-origin-when-cross-origin';
            applyStyle(frame, {
                position: 'fixed', right: '20px', bottom: '88px', width: 'min(400px, calc(100vw - 40px))',
                height: 'min(640px, calc(100vh - 120px))', border: '0', 'border-radius': '16px',
                'box-shadow': '0 12px 40px rgba(20, 30, 60, 0.25)', 'z-index': '2147483000',
                background: 'transparent', 'color-scheme': 'normal',
            });
            document.body.appendChild(frame);
            button.setAttribute('aria-controls', frame.id);
            setOpen(true);
        } else {
            setOpen(frame.hidden);
        }
    }

    // Escape closes the panel and gives the focus back to the button: pressed on this page, or inside the
    // chat, which tells us with a message (its key presses stay in its own document).
    function close() {
        if (!frame || frame.hidden) return;
        setOpen(false);
        button.focus();
    }
    button.addEventListener('click', toggle);
    document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && frame && !frame.hidden) close();
    });
    // The site's token goes only to the chat's own origin, and only when the chat (our iframe or popup) asks.
    function answerTokenRequest(source, request) {
        const reply = (token) => source.postMessage({ type: 'handoff.auth.token', request: request,
            token: typeof token === 'string' ? token : '' }, chatUrl.origin);
        let tokenFunction = window;
        for (const part of authFunction.split('.')) tokenFunction = tokenFunction ? tokenFunction[part] : undefined;
        if (typeof tokenFunction !== 'function') {
            reply('');
            return;
        }
        try {
            Promise.resolve(tokenFunction()).then(reply, () => reply(''));
        } catch (e) {
            reply('');
        }
    }
    window.addEventListener('message', (event) => {
        const fromChat = event.origin === chatUrl.origin && event.data
            && ((frame && event.source === frame.contentWindow) || (chatWindow && event.source === chatWindow));
        if (!fromChat) return;
        if (event.data.type === 'handoff.chat.close') close();
        if (event.data.type === 'handoff.auth.request' && authFunction && typeof event.data.request === 'string')
            answerTokenRequest(event.source, event.data.request.slice(0, 100));
    });

    if (document.body) document.body.appendChild(button);
    else document.addEventListener('DOMContentLoaded', () => document.body.appendChild(button));
}());
