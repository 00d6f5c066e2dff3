/* collection.js: the collection pages' behaviour, inlined in index.html.
   Sorting and filtering the list of documents, and the full-text search over
   window.TEI_SEARCH (search-index.js, written by tei-encode build): turns
   are found through the index of their words, then checked for the whole
   phrase. Nothing is fetched: the pages work from file://. */
(function () {
  "use strict";
  var words = /[\p{L}\p{N}_]+/gu;

  function normalise(text) {
    return text.toLowerCase().replace(/\s+/g, " ").trim();
  }

  /* the list of documents: sortable columns, a filter */
  var table = document.getElementById("documents");
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var count = document.getElementById("filter-status");
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, column) {
      var button = cell.querySelector("button");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var ascending = cell.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) {
          if (other.querySelector("button")) { other.setAttribute("aria-sort", "none"); }
        });
        cell.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = cell.getAttribute("data-type") === "number";
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-sort");
          var y = b.cells[column].getAttribute("data-sort");
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
    var filter = document.getElementById("filter");
    filter.addEventListener("input", function () {
      var wanted = normalise(filter.value);
      var shown = 0;
      rows.forEach(function (row) {
        var match = normalise(row.textContent).indexOf(wanted) !== -1;
        row.hidden = !match;
        if (match) { shown += 1; }
      });
      count.textContent = shown + " of " + rows.length + " documents shown";
    });
  }

  /* the search */
  var form = document.getElementById("search");
  if (!form || !window.TEI_SEARCH) { return; }
  var index = window.TEI_SEARCH;
  index.turns.forEach(function (turn) { turn.x = normalise(turn.t); });
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("results");

  function candidates(query) {
    var tokens = query.match(words) || [];
    var found = null;
    for (var i = 0; i < tokens.length; i += 1) {
      var postings = index.words[tokens[i]];
      if (!postings) { return null; }  /* part of a longer word: scan them all */
      var next = {};
      postings.forEach(function (n) { if (found === null || found[n]) { next[n] = true; } });
      found = next;
    }
    return found === null ? null : Object.keys(found).map(Number).sort(function (a, b) { return a - b; });
  }

  function show(turn, query) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    var doc = index.documents[turn.d];
    link.href = doc.href + (turn.a ? "#" + turn.a : "");
    link.textContent = doc.title + (turn.s ? " \u2014 " + turn.s : "");
    item.appendChild(link);
    var at = turn.x.indexOf(query);
    var start = Math.max(0, at - 80);
    var snippet = document.createElement("p");
    snippet.appendChild(document.createTextNode((start > 0 ? "\u2026" : "") + turn.t.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = turn.t.slice(at, at + query.length);
    snippet.appendChild(mark);
    snippet.appendChild(document.createTextNode(turn.t.slice(at + query.length, at + query.length + 80) + "\u2026"));
    item.appendChild(snippet);
    list.appendChild(item);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = normalise(input.value);
    list.textContent = "";
    if (!query) { status.textContent = "Type a word or phrase to search for."; return; }
    var pool = candidates(query);
    var numbers = pool === null ? index.turns.map(function (_, n) { return n; }) : pool;
    var hits = numbers.filter(function (n) { return index.turns[n].x.indexOf(query) !== -1; });
    hits.slice(0, 100).forEach(function (n) { show(index.turns[n], query); });
    status.textContent = hits.length === 0 ? "No passage contains \u201c" + input.value + "\u201d." :
      hits.length + " passage" + (hits.length === 1 ? "" : "s") + " found" + (hits.length > 100 ? "; the first 100 are listed." : ".");
  });
}());
