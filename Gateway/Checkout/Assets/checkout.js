// PayGov checkout: the only script of the citizen pages; everything works without it.
(function () {
  // Copy buttons of the VietQR details, shown only when the clipboard can be used.
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.getAttribute("data-done");
      });
    });
  });

  // A waiting page asks PayGov what it has recorded and reloads only when that changed.
  var watch = document.getElementById("watch");
  if (!watch) { return; }
  var every = Number(watch.getAttribute("data-every")) * 1000;
  function ask() {
    fetch(watch.getAttribute("data-url"), { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (state) {
        if (state && state !== watch.getAttribute("data-state")) { location.reload(); } else { setTimeout(ask, every); }
      }, function () { setTimeout(ask, every); });
  }
  setTimeout(ask, every);
})();
