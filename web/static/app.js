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
