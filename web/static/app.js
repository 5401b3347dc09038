// Keeps the search box in step with the URL after back/forward, since htmx restores the page from a snapshot
// that holds the value the input was rendered with, not the value typed since.
document.addEventListener("htmx:historyRestore", function () {
  var input = document.getElementById("q");
  if (input) {
    input.value = new URLSearchParams(window.location.search).get("q") || "";
  }
});
