// Small progressive enhancements; every page works without them. No inline scripts: the CSP forbids them.

// Keeps the search box in step with the URL after back/forward, since htmx restores the page from a snapshot
// that holds the value the input was rendered with, not the value typed since.
document.addEventListener("htmx:historyRestore", function () {
  var input = document.getElementById("q");
  if (input) {
    input.value = new URLSearchParams(window.location.search).get("q") || "";
  }
});

// Long facet lists: typing into the filter box hides the values that do not contain the text, and opens the
// "more" part so matches there show too. The box has no name, so it never becomes part of the search.
document.addEventListener("input", function (event) {
  var box = event.target;
  if (!box.classList || !box.classList.contains("facet-filter")) {
    return;
  }
  var needle = box.value.trim().toLocaleLowerCase("de");
  var fieldset = box.closest("fieldset");
  fieldset.querySelectorAll("li").forEach(function (li) {
    li.hidden = needle !== "" && li.textContent.toLocaleLowerCase("de").indexOf(needle) < 0;
  });
  var more = fieldset.querySelector("details");
  if (more && needle !== "") {
    more.open = true;
  }
});
document.addEventListener("change", function (event) {
  if (event.target.classList && event.target.classList.contains("facet-filter")) {
    event.stopPropagation(); // filtering the list is not a new search
  }
}, true);

// Copy buttons: copy the text of the element named in data-copy-from.
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button[data-copy-from]");
  if (!button) {
    return;
  }
  var source = document.getElementById(button.getAttribute("data-copy-from"));
  var text = source.value !== undefined ? source.value : source.textContent;
  var done = function () {
    button.textContent = button.getAttribute("data-copied");
  };
  var fallback = function () {
    source.select();
    document.execCommand("copy");
    done();
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, fallback); // refused without the clipboard permission
  } else {
    fallback();
  }
});

// The facets sit in a "Filter" drawer, rendered open so that it works without JavaScript. On wide screens it stays
// an open column; on phones it starts closed (results first) and stays as the reader left it, also across the swaps
// that replace it with the new counts.
var WIDE = window.matchMedia("(min-width: 801px)");
var drawerOpen = false;
function syncDrawer() {
  var drawer = document.getElementById("filters");
  if (drawer) {
    drawer.open = WIDE.matches || drawerOpen;
  }
}
document.addEventListener("toggle", function (event) {
  if (event.target.id === "filters" && !WIDE.matches) {
    drawerOpen = event.target.open;
  }
}, true);
WIDE.addEventListener("change", syncDrawer);
syncDrawer(); // this deferred script runs once the document is parsed, before the first paint of the results
document.addEventListener("DOMContentLoaded", syncDrawer);
document.addEventListener("htmx:afterSwap", syncDrawer);

// Typing: the first swap of a burst of typing pushes one history entry, the following ones replace it, so Back
// leads to the search before the typing, not through every prefix of the word. Anything but typing ends the burst.
var typingPushed = false;
document.addEventListener("htmx:beforeHistoryUpdate", function (event) {
  var typing = event.detail.elt && event.detail.elt.id === "q";
  if (typing && typingPushed) {
    event.detail.history.type = "replace";
  }
  typingPushed = typing;
});
["submit", "focusout"].forEach(function (type) {
  document.addEventListener(type, function (event) {
    if (type === "submit" || (event.target && event.target.id === "q")) {
      typingPushed = false;
    }
  });
});

// The count is announced once the query settles, not for every prefix on the way: a polite live region outside the
// swapped results, written a moment after the last swap caused by typing, at once after any other swap.
var SETTLE_MS = 1000;
var announceTimer = null;
document.addEventListener("htmx:afterSettle", function (event) {
  var status = document.getElementById("search-status");
  if (!status || event.detail.target.id !== "results") {
    return;
  }
  var typing = event.detail.elt && event.detail.elt.id === "q";
  clearTimeout(announceTimer);
  announceTimer = setTimeout(function () {
    var count = document.getElementById("result-count");
    if (count && status.textContent !== count.textContent) {
      status.textContent = count.textContent;
    }
  }, typing ? SETTLE_MS : 0);
});

// Long facet lists: besides hiding what is on the page, the filter box asks the server for every value of the facet
// that contains the text (the page lists only the values with the most hits) and swaps them in as checkboxes.
var valuesTimer = null;
document.addEventListener("input", function (event) {
  var box = event.target;
  if (!box.classList || !box.classList.contains("facet-filter") || !box.dataset.valuesUrl || !window.htmx) {
    return;
  }
  clearTimeout(valuesTimer);
  valuesTimer = setTimeout(function () {
    var url = box.dataset.valuesUrl + (box.dataset.valuesUrl.indexOf("?") < 0 ? "?" : "&") +
      "contains=" + encodeURIComponent(box.value.trim());
    htmx.ajax("GET", url, { target: "#" + box.getAttribute("aria-controls"), swap: "innerHTML" }).then(function () {
      var more = document.querySelector("#" + box.getAttribute("aria-controls") + " details");
      if (more && box.value.trim() !== "") {
        more.open = true;
      }
    });
  }, 250);
});

// The search page's timeline: a click on a bar swaps in that week's results instead of loading the page again (the
// bars are SVG links, which htmx does not boost), and dragging across bars selects their weeks as the date range.
// Without JavaScript the bars stay plain links; the keyboard has the date presets and the from/until fields.
function timelineOf(target) {
  var figure = target.closest && target.closest(".timeline[data-range-url]");
  return figure && figure.closest("#results") ? figure : null;
}
function swapResults(url) {
  htmx.ajax("GET", url, { target: "#results", swap: "innerHTML" });
}
var drag = null;
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest(".timeline a");
  if (!link || !timelineOf(link) || !window.htmx) {
    return;
  }
  event.preventDefault();
  if (drag && drag.moved) {
    drag = null;
    return; // the end of a drag, not a click
  }
  swapResults(link.getAttribute("href"));
});
function mondayAt(event) {
  var rect = document.elementFromPoint(event.clientX, event.clientY);
  return rect && rect.getAttribute && rect.getAttribute("data-monday");
}
function markRange(figure, a, b) {
  var from = a < b ? a : b, until = a < b ? b : a;
  figure.querySelectorAll("rect[data-monday]").forEach(function (rect) {
    var monday = rect.getAttribute("data-monday");
    rect.classList.toggle("in-range", monday >= from && monday <= until);
  });
}
document.addEventListener("pointerdown", function (event) {
  var figure = timelineOf(event.target);
  var monday = figure && mondayAt(event);
  drag = monday ? { figure: figure, start: monday, end: monday, moved: false } : null;
});
document.addEventListener("pointermove", function (event) {
  if (!drag) {
    return;
  }
  var monday = mondayAt(event);
  if (monday && monday !== drag.end && drag.figure.contains(document.elementFromPoint(event.clientX, event.clientY))) {
    drag.end = monday;
    drag.moved = drag.end !== drag.start;
    markRange(drag.figure, drag.start, drag.end);
  }
});
document.addEventListener("pointerup", function () {
  if (!drag || !drag.moved || !window.htmx) {
    if (drag && !drag.moved) {
      drag = null;
    }
    return;
  }
  var from = drag.start < drag.end ? drag.start : drag.end;
  var last = new Date((drag.start < drag.end ? drag.end : drag.start) + "T00:00:00Z");
  last.setUTCDate(last.getUTCDate() + 6);
  var url = new URL(drag.figure.getAttribute("data-range-url"), window.location.href);
  url.searchParams.set("from", from);
  url.searchParams.set("until", last.toISOString().slice(0, 10));
  swapResults(url.pathname + url.search);
  setTimeout(function () { drag = null; }, 0); // after the click that ends the drag
});
