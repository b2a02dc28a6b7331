// Search box in Material's header, answered by Pagefind: a query loads only
// pagefind.js, its wasm, the metadata and the index chunks it needs, never the
// whole index. Results are built with DOM calls; excerpts come from Pagefind,
// which escapes page text and marks matches with <mark> only.
(function () {
  "use strict";
  var box = document.querySelector("[data-briefings-search=query]");
  var output = document.querySelector("[data-briefings-search=result]");
  if (!box || !output) return;
  var meta = output.querySelector(".md-search-result__meta");
  var list = output.querySelector(".md-search-result__list");
  var toggle = document.getElementById("__search");
  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(config.base.replace(/\/?$/, "/"), location.href);
  var pagefind = null;
  var options = {};  // of every query
  var latest = 0;

  function load() {
    if (!pagefind) {
      var bundle = new URL("pagefind/", root);
      // a large site's index is in parts (generator/search_index.py): parts.json names the parts
      // after the first, each merged into it before the first query runs, and the filter that
      // hides the page of every word each part holds
      var listed = fetch(new URL("parts.json", bundle).href)
        .then(function (response) { return response.ok ? response.json() : {}; })
        .catch(function () { return {}; });
      pagefind = import(new URL("pagefind.js", bundle).href).then(function (module) {
        return module.options({ baseUrl: root.pathname })
          .then(function () { return listed; })
          .then(function (parts) {
            var folders = parts.parts || [];
            if (folders.length && parts.exclude) options.filters = { not: parts.exclude };
            return Promise.all(folders.map(function (folder) {
              return module.mergeIndex(new URL(folder, bundle).pathname, { baseUrl: root.pathname });
            }));
          })
          .then(function () { return module; });
      });
    }
    return pagefind;
  }

  function safeExcerpt(html) {
    // keep <mark> only: anything else in an excerpt is shown as text
    var span = document.createElement("span");
    html.split(/(<mark>|<\/mark>)/).reduce(function (marked, part) {
      if (part === "<mark>") return true;
      if (part === "</mark>") return false;
      var text = document.createElement("textarea");
      text.innerHTML = part; // decode entities without running anything
      var node = document.createTextNode(text.value);
      if (marked) { var m = document.createElement("mark"); m.appendChild(node); span.appendChild(m); }
      else span.appendChild(node);
      return marked;
    }, false);
    return span;
  }

  function render(results, query) {
    list.textContent = "";
    meta.textContent = results.length ? results.length + " matching documents" : "No matching documents";
    results.forEach(function (data) {
      var item = document.createElement("li");
      item.className = "md-search-result__item";
      var link = document.createElement("a");
      link.className = "md-search-result__link";
      link.href = data.url;
      var article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      var title = document.createElement("h1");
      title.textContent = (data.meta && data.meta.title) || data.url;
      var excerpt = document.createElement("p");
      excerpt.appendChild(safeExcerpt(data.excerpt || ""));
      article.appendChild(title);
      article.appendChild(excerpt);
      link.appendChild(article);
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  function search() {
    var query = box.value.trim();
    var ticket = ++latest;
    if (!query) { list.textContent = ""; meta.textContent = ""; return; }
    if (location.protocol === "file:") {
      meta.textContent = "Search needs the site served over HTTP, e.g. python3 -m http.server -d site";
      return;
    }
    load().then(function (module) { return module.debouncedSearch(query, options, 150); })
      .then(function (found) {
        if (!found || ticket !== latest) return null;
        return Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); }));
      })
      .then(function (results) { if (results && ticket === latest) render(results, query); })
      .catch(function () { meta.textContent = "Search is not available"; });
  }

  box.addEventListener("focus", function () { if (toggle) toggle.checked = true; load(); });
  box.addEventListener("input", search);
  output.closest(".md-search").querySelector("button[type=reset]").addEventListener("click", function () {
    box.value = ""; search();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle && toggle.checked) { toggle.checked = false; box.blur(); }
  });
})();
