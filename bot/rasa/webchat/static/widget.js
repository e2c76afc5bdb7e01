/* Harbor web chat widget. No dependencies, no inline script or style, no cookies and no
 * localStorage: one random id in sessionStorage for this browser tab's session.
 *
 *   <script src="https://bot.example.org/webhooks/webchat/widget.js"
 *           data-title="Harbor" data-exit-url="https://weather.com" defer></script>
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || document.getElementById("harbor-chat")) { return; }
  var base = script.src.replace(/widget\.js(\?.*)?$/, "");
  var title = script.getAttribute("data-title") || "Harbor";
  var exitUrl = script.getAttribute("data-exit-url") || "https://weather.com";
  var endpoint = base + "webhook";
  var KEY = "harbor-chat-sender";
  var TIMEOUT_MS = 10000;
  // Shipped with the widget, so a dead server still leaves a way to get help.
  var CONTACTS = "24/7 help:\n" +
    "- National Human Trafficking Hotline: call 1-888-373-7888 or text 233733\n" +
    "- 988 Suicide & Crisis Lifeline: call or text 988\n" +
    "- Crisis Text Line: text HOME to 741741\n" +
    "In danger now? Call 911.";
  var OFFLINE = "Harbor can't connect right now. Please try again soon.\n" + CONTACTS;
  // Every turn says something: an empty answer means a part of the server failed.
  var NO_ANSWER = "Sorry, something went wrong on Harbor's side and there is no answer " +
    "to that. Please try again soon.\n" + CONTACTS;

  function sender() {
    var id = null;
    try { id = window.sessionStorage.getItem(KEY); } catch (e) { id = null; }
    if (!id) {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      id = "web-" + Array.prototype.map.call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      }).join("");
      try { window.sessionStorage.setItem(KEY, id); } catch (e) { /* private mode: keep it in memory */ }
    }
    return id;
  }
  var senderId = sender();

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // ---- the widget ------------------------------------------------------------------

  var stylesheet = document.createElement("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = base + "widget.css";
  document.head.appendChild(stylesheet);

  var root = el("div");
  root.id = "harbor-chat";

  var exit = el("button", "harbor-exit", "Quick exit");
  exit.type = "button";
  exit.setAttribute("aria-label", "Quick exit: leave this page now. You can also press Escape twice.");
  exit.title = "Leave this page now (Esc twice)";

  var open = el("button", "harbor-open", "Chat with " + title);
  open.type = "button";
  open.setAttribute("aria-expanded", "false");
  open.setAttribute("aria-controls", "harbor-panel");

  var panel = el("section", "harbor-panel");
  panel.id = "harbor-panel";
  panel.hidden = true;
  panel.setAttribute("aria-labelledby", "harbor-title");

  var head = el("div", "harbor-head");
  var heading = el("h2", null, title);
  heading.id = "harbor-title";
  var close = el("button", "harbor-close", "Close");
  close.type = "button";
  close.setAttribute("aria-label", "Close the chat");
  head.appendChild(heading);
  head.appendChild(close);

  var log = el("div", "harbor-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Messages");
  log.tabIndex = 0;

  var form = el("form");
  var label = el("label", null, "Type a message");
  label.htmlFor = "harbor-input";
  var input = el("input");
  input.id = "harbor-input";
  input.type = "text";
  input.autocomplete = "off";
  input.maxLength = 5000;
  var send = el("button", null, "Send");
  send.type = "submit";
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);

  panel.appendChild(head);
  panel.appendChild(log);
  panel.appendChild(form);
  root.appendChild(exit);  // first in the page's order, so one Tab reaches it
  root.appendChild(open);
  root.appendChild(panel);
  document.body.insertBefore(root, document.body.firstChild);

  // ---- showing messages --------------------------------------------------------------

  var URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;

  function addText(node, text) {
    // Text only, never HTML: web addresses become links, everything else stays literal.
    var parts = String(text).split(URL_PATTERN);
    for (var i = 0; i < parts.length; i++) {
      if (i % 2 === 1) {
        var link = el("a", null, parts[i]);
        link.href = parts[i];
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        node.appendChild(link);
      } else if (parts[i]) {
        node.appendChild(document.createTextNode(parts[i]));
      }
    }
  }

  function show(text, who) {
    var bubble = el("p", "harbor-msg harbor-" + who);
    addText(bubble, text);
    log.appendChild(bubble);
    log.scrollTop = log.scrollHeight;
    return bubble;
  }

  function showButtons(buttons) {
    var group = el("div", "harbor-buttons");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Choices");
    buttons.forEach(function (b) {
      if (!b || !b.payload) { return; }
      var button = el("button", null, b.title || b.payload);
      button.type = "button";
      button.addEventListener("click", function () {
        talk(b.payload, b.title || b.payload);
        input.focus();
      });
      group.appendChild(button);
    });
    log.appendChild(group);
    log.scrollTop = log.scrollHeight;
  }

  function render(replies) {
    var cleared = false;
    replies.forEach(function (reply) {
      if (reply.custom && reply.custom.harbor === "cleared") { cleared = true; }
      if (reply.text) { show(reply.text, "bot"); }
      if (reply.buttons && reply.buttons.length) { showButtons(reply.buttons); }
    });
    if (cleared) { forgetHere(); }
  }

  // ---- talking to Harbor --------------------------------------------------------------

  function post(message, keepalive) {
    // text/plain keeps this a simple request: no CORS preflight, and it survives unload.
    return window.fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "text/plain;charset=UTF-8" },
      body: JSON.stringify({ sender: senderId, message: message }),
      keepalive: !!keepalive,
      credentials: "omit",
    });
  }

  var busy = false;
  function talk(message, shown) {
    if (busy) { return false; }
    busy = true;
    if (shown) { show(shown, "user"); }
    var waiting = show("…", "bot");
    waiting.setAttribute("aria-hidden", "true");
    var timer = null;
    var timeout = new Promise(function (_, reject) {
      timer = window.setTimeout(function () { reject(new Error("timeout")); }, TIMEOUT_MS);
    });
    Promise.race([post(message, false), timeout])
      .then(function (response) {
        if (!response.ok) { throw new Error("status " + response.status); }
        return response.json();
      })
      .then(function (replies) {
        waiting.remove();
        if (Array.isArray(replies) && replies.length) {
          render(replies);
        } else {
          show(NO_ANSWER, "note");
        }
      })
      .catch(function () {
        waiting.remove();
        show(OFFLINE, "note");
      })
      .then(function () {
        window.clearTimeout(timer);
        busy = false;
      });
    return true;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    // While an answer is on its way the words stay in the box, to send next.
    if (!text || busy) { return; }
    input.value = "";
    talk(text, text);
    input.focus();
  });

  var greeted = false;
  function openPanel() {
    panel.hidden = false;
    open.hidden = true;
    open.setAttribute("aria-expanded", "true");
    input.focus();
    if (!greeted) {
      greeted = true;
      talk("/greet", null);
    }
  }
  function closePanel() {
    panel.hidden = true;
    open.hidden = false;
    open.setAttribute("aria-expanded", "false");
    open.focus();
  }
  open.addEventListener("click", openPanel);
  close.addEventListener("click", closePanel);

  // ---- quick exit ---------------------------------------------------------------------

  function forgetHere() {
    try { window.sessionStorage.removeItem(KEY); } catch (e) { /* nothing stored */ }
  }

  function quickExit() {
    try { post("/stop", true).catch(function () {}); } catch (e) { /* leave anyway */ }
    forgetHere();
    log.textContent = "";
    // replace(), so Back does not return to this page.
    window.location.replace(exitUrl);
  }
  exit.addEventListener("click", quickExit);

  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEscape < 1500) {
      quickExit();
    } else {
      lastEscape = now;
    }
  });
})();
