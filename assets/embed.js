// Embed the SPBE/Pemdi calculator in any page.
//
//   <div data-spbe-embed data-model="spbe-2020" data-lang="id"></div>
//   <script src="https://…/embed.js" defer></script>
//
// or, with the same options as attributes:
//
//   <spbe-kalkulator model="pemdi-2026" lang="en" show="summary"></spbe-kalkulator>
//
// Every placeholder becomes an iframe of the calculator (from the origin this script came
// from) that sizes itself to its content. Options are the calculator's link keys: model,
// lang, levels, base, preset, show (summary | entry | planner), readonly, allow, and any
// variant of the framework (data-band-edge / band-edge → bandEdge). data-title (title) names
// the frame for screen readers.
//
// Messages: the calculator posts { source: "spbe-kalkulator", type: "ready" | "resize" |
// "change", … } to this page's origin only; this script accepts them only from the frames it
// created and from the calculator's origin, sets the frame's height on "resize", and
// re-dispatches each as a bubbling CustomEvent on the placeholder: spbe-ready, spbe-resize,
// spbe-change (detail: the message). element.spbe.setLevels(levels) and
// element.spbe.setLang(lang) send { source: "spbe-kalkulator-host", type: "setLevels" |
// "setLang", … } to the calculator's origin only.
(() => {
  'use strict';
  if (window.spbeEmbed) return;
  const script = document.currentScript;
  const base = new URL('./', script && script.src ? script.src : location.href);
  const ORIGIN = base.origin;
  const FROM_APP = 'spbe-kalkulator';
  const FROM_HOST = 'spbe-kalkulator-host';
  // Attributes that belong to the frame or the element, not to the calculator's link.
  const NOT_OPTIONS = new Set(['spbeEmbed', 'title', 'class', 'id', 'style', 'hidden', 'slot']);
  const frames = new Map(); // contentWindow → { frame, host }

  const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

  function linkOf(options) {
    const parts = ['embed=1'];
    for (const [key, value] of Object.entries(options)) {
      if (NOT_OPTIONS.has(key) || key === 'embed') continue;
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
    }
    return `${base.href}#${parts.join('&')}`;
  }

  function frameFor(host, options, title) {
    const frame = document.createElement('iframe');
    frame.src = linkOf(options);
    frame.title = title || 'Kalkulator Indeks SPBE / Pemdi';
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = 'display:block;width:100%;min-width:0;height:480px;border:0;';
    host.appendChild(frame);
    const api = {
      frame,
      setLevels(levels) {
        post(frame, { type: 'setLevels', levels });
      },
      setLang(lang) {
        post(frame, { type: 'setLang', lang });
      },
    };
    frame.addEventListener('load', () => {
      if (frame.contentWindow) frames.set(frame.contentWindow, { frame, host });
    });
    // Registered at once too: the first messages can come before `load`.
    if (frame.contentWindow) frames.set(frame.contentWindow, { frame, host });
    return api;
  }

  function post(frame, message) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ source: FROM_HOST, ...message }, ORIGIN);
  }

  window.addEventListener('message', (e) => {
    if (e.origin !== ORIGIN) return;
    const entry = frames.get(e.source);
    if (!entry) return;
    const data = e.data;
    if (!data || typeof data !== 'object' || data.source !== FROM_APP) return;
    if (!['ready', 'resize', 'change'].includes(data.type)) return;
    if (data.type === 'resize' && Number.isFinite(data.height) && data.height > 0) {
      entry.frame.style.height = `${Math.ceil(data.height)}px`;
    }
    entry.host.dispatchEvent(new CustomEvent(`spbe-${data.type}`, { detail: data, bubbles: true }));
  });

  /** Turn every `[data-spbe-embed]` not yet done into a calculator. */
  function scan(root = document) {
    for (const host of root.querySelectorAll('[data-spbe-embed]')) {
      if (host.spbe) continue;
      const options = { ...host.dataset };
      host.spbe = frameFor(host, options, host.dataset.title);
    }
  }

  class SpbeKalkulator extends HTMLElement {
    connectedCallback() {
      if (this.spbe) return;
      const options = {};
      for (const { name, value } of this.attributes) options[camel(name)] = value;
      this.style.display ||= 'block';
      this.spbe = frameFor(this, options, this.getAttribute('title'));
    }
    static get observedAttributes() {
      return ['levels', 'lang'];
    }
    attributeChangedCallback(name, old, value) {
      if (!this.spbe || old === value || value === null) return;
      if (name === 'levels') this.spbe.setLevels(value);
      if (name === 'lang') this.spbe.setLang(value);
    }
    setLevels(levels) {
      this.spbe?.setLevels(levels);
    }
    setLang(lang) {
      this.spbe?.setLang(lang);
    }
  }
  if (!customElements.get('spbe-kalkulator')) customElements.define('spbe-kalkulator', SpbeKalkulator);

  window.spbeEmbed = Object.freeze({ scan, origin: ORIGIN });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => scan());
  else scan();
})();
