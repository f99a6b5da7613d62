// Runs in <head>, before the prerendered first screen is drawn (inlined into index.html by the
// build, allowed by its hash in the page's Content-Security-Policy). The prerendered screen is
// the first visit's: the first-visit framework at its floor, in Bahasa Indonesia, on the entry
// screen. Any other visit must never show its numbers as if they were its own, so this says
// which case it is, on <html data-prerender>, and the style sheet hides accordingly until the
// app has computed and drawn the visit's own screen:
//   fresh  - nothing to hide (no link, nothing saved, nothing remembered that differs);
//   stale  - the same framework, screen and language, but other values (a link with levels,
//            saved work): the numbers are hidden;
//   other  - another framework, screen, language or way of showing: all of it is hidden.
(function () {
  var start = __START__;
  var mode = 'fresh';
  try {
    var hash = location.hash.replace(/^#/, '');
    var keys = {};
    hash.split('&').forEach(function (part) {
      var at = part.indexOf('=');
      if (at > 0) keys[part.slice(0, at)] = decodeURIComponent(part.slice(at + 1));
    });
    var saved = function (k) {
      try {
        return window.localStorage.getItem(k);
      } catch (e) {
        return null;
      }
    };
    // The app's rule: the link's framework (SPBE 2020 for a link without one), else the one
    // used last (or the one of work saved before there were several), else the first-visit one.
    var legacy = saved('spbe.work');
    var model = hash ? keys.model || 'spbe-2020' : saved('spbe.model') || (legacy ? '?' : start);
    var lang = keys.lang || saved('spbe.lang') || 'id';
    var view = keys.view || 'isi';
    var shown = keys.embed || keys.present || keys.exercise || keys.preset;
    if (model !== start || lang !== 'id' || view !== 'isi' || shown || saved('spbe.entry') === 'cards') {
      mode = 'other';
    } else if (hash || saved('spbe.work.' + start) !== null) {
      mode = 'stale';
    }
  } catch (e) {
    mode = 'other';
  }
  document.documentElement.setAttribute('data-prerender', mode);
})();
