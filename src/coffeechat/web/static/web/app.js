// coffeechat's only script of its own (the Content-Security-Policy allows no inline
// script): copy buttons. htmx does the rest, from attributes.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (!button) return;
  var source = document.getElementById(button.getAttribute("data-copy"));
  if (!source) return;
  var text = source.value !== undefined ? source.value : source.textContent;
  var said = function () {
    button.textContent = "Copied";
    setTimeout(function () { button.textContent = "Copy"; }, 1500);
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(said, function () { source.select(); });
  } else if (source.select) {
    source.select();
    document.execCommand("copy");
    said();
  }
});
