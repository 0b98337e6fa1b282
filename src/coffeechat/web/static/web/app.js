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

// The board: a card dragged onto another column logs the event that leads there. Which
// event that is, and which drops are refused, comes from the rules (rules/board.py) in
// the board's data-drops. A drop posts the card's own Move form (its CSRF token and date
// with it) with the column in "to": the server decides again, logs the event and comes
// back with the confirmation, or opens the log form when the event needs more than a date
// (the meeting's time, the connector, the debrief). A refused drop is said at the card
// and sends nothing. Mouse and pen drag at once; a finger holds the card a moment first,
// so a swipe still scrolls the page. The Move form stays the keyboard's way.
(function () {
  var board = document.querySelector(".board[data-drops]");
  if (!board) return;
  var drops = JSON.parse(board.getAttribute("data-drops"));
  var day = document.getElementById("drop-on");
  var shown = document.querySelector(".drop-day");
  if (shown) shown.hidden = false;
  board.classList.add("can-drag");
  var HOLD = 350, SLOP = 6, EDGE = 48;
  var drag = null, justDragged = false;

  function columnAt(x, y) {
    var under = document.elementFromPoint(x, y);
    return under ? under.closest(".column[data-stage]") : null;
  }

  function say(card, text) {
    var said = card.querySelector(".said");
    if (!said) {
      said = document.createElement("p");
      said.className = "error said";
      said.setAttribute("role", "alert");
      card.insertBefore(said, card.querySelector("details"));
    }
    var name = card.querySelector("a");
    said.textContent = (name ? name.textContent + ": " : "") + text;
  }

  function mark(column) {
    if (drag.over === column) return;
    if (drag.over) drag.over.classList.remove("drop-ok", "drop-no");
    drag.over = column;
    if (column && column !== drag.home) {
      var move = drops[drag.card.dataset.stage][column.dataset.stage];
      column.classList.add(move && move.event ? "drop-ok" : "drop-no");
    }
  }

  function follow() {
    if (!drag || !drag.active) return;
    var dx = drag.px - drag.x, dy = drag.py - drag.y + (window.scrollY - drag.scroll);
    drag.card.style.transform = "translate(" + dx + "px, " + dy + "px)";
    mark(columnAt(drag.px, drag.py));
  }

  function scroll() {
    if (!drag || !drag.active) return;
    var step = drag.py < EDGE ? -12 : drag.py > window.innerHeight - EDGE ? 12 : 0;
    if (step) {
      window.scrollBy(0, step);
      follow();
    }
    drag.frame = window.requestAnimationFrame(scroll);
  }

  function start() {
    drag.active = true;
    drag.card.classList.add("dragging");
    drag.frame = window.requestAnimationFrame(scroll);
    follow();
  }

  function stop() {
    if (!drag) return;
    window.clearTimeout(drag.timer);
    window.cancelAnimationFrame(drag.frame);
    drag.card.classList.remove("dragging");
    drag.card.style.transform = "";
    if (drag.over) drag.over.classList.remove("drop-ok", "drop-no");
    drag = null;
  }

  function drop(card, column) {
    var move = drops[card.dataset.stage][column.dataset.stage];
    if (!move || !move.event) {
      say(card, move ? move.refused : "this card cannot move there: nothing was logged");
      return;
    }
    var form = card.querySelector("form");
    form.elements.to.value = column.dataset.stage;
    form.elements.event.value = move.event;
    if (day && day.value) form.elements.on.value = day.value;
    card.classList.add("sending");
    form.submit();
  }

  board.addEventListener("pointerdown", function (event) {
    if (drag || !event.isPrimary || event.button !== 0) return;
    var card = event.target.closest(".card");
    if (!card || event.target.closest("button, input, select, textarea, summary, label, form")) return;
    drag = {card: card, home: card.closest(".column"), over: null, active: false,
            pointer: event.pointerId, touch: event.pointerType === "touch",
            x: event.clientX, y: event.clientY, px: event.clientX, py: event.clientY,
            scroll: window.scrollY, timer: 0, frame: 0};
    if (drag.touch) drag.timer = window.setTimeout(start, HOLD);
  });

  document.addEventListener("pointermove", function (event) {
    if (!drag || event.pointerId !== drag.pointer) return;
    drag.px = event.clientX;
    drag.py = event.clientY;
    if (!drag.active) {
      if (Math.abs(drag.px - drag.x) + Math.abs(drag.py - drag.y) < SLOP) return;
      if (drag.touch) { stop(); return; }  // a swipe before the hold: the page scrolls
      start();
    }
    follow();
  });

  document.addEventListener("pointerup", function (event) {
    if (!drag || event.pointerId !== drag.pointer) return;
    var was = drag;
    if (was.active) follow();
    var column = was.over;
    stop();
    if (!was.active) return;
    justDragged = true;
    window.setTimeout(function () { justDragged = false; }, 0);
    if (column && column !== was.home) drop(was.card, column);
  });

  document.addEventListener("pointercancel", stop);
  document.addEventListener("keydown", function (event) {  // Escape puts the card back
    if (event.key === "Escape" && drag && drag.active) stop();
  });
  // A dragged finger does not scroll the page; a dragged link is not the browser's drag.
  board.addEventListener("touchmove", function (event) {
    if (drag && drag.active) event.preventDefault();
  }, {passive: false});
  board.addEventListener("dragstart", function (event) { event.preventDefault(); });
  board.addEventListener("contextmenu", function (event) {
    if (drag && drag.active) event.preventDefault();
  });
  // The click that ends a drag (on the card's name) does not open the person.
  board.addEventListener("click", function (event) {
    if (justDragged) { event.preventDefault(); event.stopPropagation(); }
  }, true);
})();
