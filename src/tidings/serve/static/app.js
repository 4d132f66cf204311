// tidings dashboard: small conveniences; every page works without them.
(function () {
  // a changed drop-down applies the filters at once
  var form = document.getElementById("filters");
  if (form) {
    form.querySelectorAll("select").forEach(function (s) {
      s.addEventListener("change", function () { form.requestSubmit(); });
    });
    // empty fields stay out of the address, so links and bookmarks stay short
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (el) { if (!el.value) el.disabled = true; });
    });
    // coming back to the page (history) finds the fields usable again
    window.addEventListener("pageshow", function () {
      form.querySelectorAll("[disabled]").forEach(function (el) { el.disabled = false; });
    });
  }
  // pointing at a highlighted span lights up every span of the same record (actor, quote or event)
  var text = document.getElementById("article-text");
  if (text) {
    text.addEventListener("mouseover", function (ev) {
      var refs = (ev.target.dataset && ev.target.dataset.refs || "").trim().split(/\s+/).filter(Boolean);
      text.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
      if (!refs.length) return;
      text.querySelectorAll("[data-refs]").forEach(function (el) {
        var mine = el.dataset.refs.trim().split(/\s+/);
        if (refs.some(function (r) { return mine.indexOf(r) >= 0; })) el.classList.add("lit");
      });
    });
  }
})();
