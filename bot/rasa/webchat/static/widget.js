/* Harbor web chat widget. No dependencies, no inline script or style, no cookies and no
 * localStorage: one random id in sessionStorage for this browser tab's session.
 *
 *   <script src="https://bot.example.org/webhooks/webchat/widget.js"
 *           data-title="Harbor" data-exit-url="https://weather.com" defer></script>
 *
 * It speaks English or Spanish: data-lang="es" (or "en") on the tag, else the browser's
 * language, to start; then the conversation's language as Harbor reports it after each turn.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || document.getElementById("harbor-chat")) { return; }
  // Written in by the server when it serves this file (bot/rasa/webchat/channel.py): the
  // vetted 24/7 contacts in each language, which of their numbers take calls or texts, the
  // channel markers.
  var CONFIG = /*HARBOR_CONFIG*/null;
  if (!CONFIG) {
    console.error("Harbor web chat: widget.js was not served by Harbor, so it has no contacts.");
    CONFIG = {};
  }
  var CONTACTS = CONFIG.contacts || {};
  var NUMBERS = CONFIG.numbers || {};
  var MARKERS = CONFIG.markers || {};
  var TIMEOUT_MS = CONFIG.timeoutMs || 10000;
  // The lines shown when Harbor cannot answer, by their keys in resources/contacts.py. The
  // Spanish lines are longer, so Spanish shows two, and a note stays under 60 words.
  var HELP_KEYS = { en: ["trafficking", "suicide", "text_line"], es: ["trafficking", "text_line"] };

  // What the widget says on its own. The contacts are not here: they come from the server.
  var WORDS = {
    en: {
      open: "Chat with ", exit: "Quick exit",
      exitLabel: "Quick exit: leave this page now. You can also press Escape twice.",
      exitTitle: "Leave this page now (Esc twice)", close: "Close", closeLabel: "Close the chat",
      messages: "Messages", choices: "Choices", input: "Type a message", send: "Send",
      sending: " (sending…)", help: "24/7 help:", danger: "In danger now? ",
      offline: "Harbor can't connect right now. Please try again soon.",
      noAnswer: "Sorry, something went wrong on Harbor's side and there is no answer to " +
        "that. Please try again soon.",
      tooSlow: "Your message did not get through. Harbor took too long to answer. " +
        "Please send it again.",
      stillWaiting: "Wait a moment: Harbor is still answering your last message."
    },
    es: {
      open: "Chatear con ", exit: "Salida rápida",
      exitLabel: "Salida rápida: sal de esta página ya. También puedes presionar Escape dos veces.",
      exitTitle: "Sal de esta página ya (Esc dos veces)", close: "Cerrar",
      closeLabel: "Cerrar el chat", messages: "Mensajes", choices: "Opciones",
      input: "Escribe un mensaje", send: "Enviar", sending: " (enviando…)",
      help: "Ayuda 24/7:", danger: "¿Estás en peligro ahora? ",
      offline: "Harbor no se puede conectar ahora. Intenta otra vez en un rato.",
      noAnswer: "Perdón, algo falló en Harbor y no hay respuesta. Intenta otra vez en un rato.",
      tooSlow: "Tu mensaje no llegó: Harbor tardó demasiado en contestar. Mándalo otra vez.",
      stillWaiting: "Espera un momento: Harbor todavía está contestando tu último mensaje."
    }
  };

  var base = script.src.replace(/widget\.js(\?.*)?$/, "");
  var title = script.getAttribute("data-title") || "Harbor";
  var exitUrl = script.getAttribute("data-exit-url") || "https://weather.com";
  var endpoint = base + "webhook";
  var KEY = "harbor-chat-sender";

  // ---- the language: the tag's data-lang, else the browser's; then Harbor's word -------

  function known(code) {
    code = String(code || "").slice(0, 2).toLowerCase();
    return Object.prototype.hasOwnProperty.call(WORDS, code) ? code : null;
  }
  var lang = known(script.getAttribute("data-lang")) ||
    (known(window.navigator.language) === "es" ? "es" : "en");

  function words(key) {
    return WORDS[lang][key];
  }

  function contact(key) {
    var list = CONTACTS[lang] || [];
    for (var i = 0; i < list.length; i++) {
      if (list[i].key === key) { return list[i]; }
    }
    return null;
  }

  function helpNow() {
    var lines = [words("help")];
    HELP_KEYS[lang].forEach(function (key) {
      var line = contact(key);
      if (line) { lines.push("- " + line.name + ": " + line.how); }
    });
    var emergency = contact("emergency");
    if (emergency) {
      lines.push(words("danger") + emergency.how.charAt(0).toUpperCase() +
        emergency.how.slice(1) + ".");
    }
    return lines.length > 1 ? "\n" + lines.join("\n") : "";
  }

  // A note when Harbor cannot answer ("offline", "noAnswer", "tooSlow"), with help now.
  // Every turn says something: an empty answer means a part of the server failed.
  function note(key) {
    return words(key) + helpNow();
  }

  // ---- the session: one random id, made when the first message goes ------------------

  var senderId = null;
  function storedSender() {
    if (senderId) { return senderId; }
    try { senderId = window.sessionStorage.getItem(KEY); } catch (e) { senderId = null; }
    return senderId;
  }
  function sender() {
    if (storedSender()) { return senderId; }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    senderId = "web-" + Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
    try { window.sessionStorage.setItem(KEY, senderId); } catch (e) { /* private mode: keep it in memory */ }
    return senderId;
  }
  function forgetHere() {
    senderId = null;
    try { window.sessionStorage.removeItem(KEY); } catch (e) { /* nothing stored */ }
  }

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

  var exit = el("button", "harbor-exit");
  exit.type = "button";

  var open = el("button", "harbor-open");
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
  var close = el("button", "harbor-close");
  close.type = "button";
  head.appendChild(heading);
  head.appendChild(close);

  var log = el("div", "harbor-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.tabIndex = 0;

  // Says so when something is pressed while an answer is on its way.
  var status = el("p", "harbor-status");
  status.setAttribute("role", "status");

  var form = el("form");
  var inputLabel = el("label");
  inputLabel.htmlFor = "harbor-input";
  var input = el("input");
  input.id = "harbor-input";
  input.type = "text";
  input.autocomplete = "off";
  input.maxLength = 5000;
  var send = el("button");
  send.type = "submit";
  form.appendChild(inputLabel);
  form.appendChild(input);
  form.appendChild(send);

  panel.appendChild(head);
  panel.appendChild(log);
  panel.appendChild(status);
  panel.appendChild(form);
  root.appendChild(exit);  // first in the page's order, so one Tab reaches it
  root.appendChild(open);
  root.appendChild(panel);

  function each(selector, act) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), act);
  }

  function showLanguage() {
    // Everything the widget says on its own, in the current language.
    root.lang = lang;
    exit.textContent = words("exit");
    exit.setAttribute("aria-label", words("exitLabel"));
    exit.title = words("exitTitle");
    open.textContent = words("open") + title;
    close.textContent = words("close");
    close.setAttribute("aria-label", words("closeLabel"));
    log.setAttribute("aria-label", words("messages"));
    inputLabel.textContent = words("input");
    input.placeholder = words("input");
    send.textContent = words("send");
    each(".harbor-buttons", function (group) {
      group.setAttribute("aria-label", words("choices"));
    });
    each(".harbor-sending", function (busyLabel) { busyLabel.textContent = words("sending"); });
  }

  function setLanguage(code) {
    // Harbor's word on the conversation's language; an unknown one changes nothing.
    code = known(code);
    if (code && code !== lang) {
      lang = code;
      showLanguage();
    }
  }

  showLanguage();
  document.body.insertBefore(root, document.body.firstChild);

  // ---- links in messages: web addresses, and the numbers to call or text -------------

  var URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;
  var TEN_DIGITS = "(?:\\+?1[-. ]?)?\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}";
  var NUMBER_PATTERN = new RegExp("(^|[^\\w-])(" + Object.keys(NUMBERS)
    .sort(function (a, b) { return b.length - a.length; })
    .map(function (n) { return n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); })
    .concat([TEN_DIGITS]).join("|") + ")(?![\\w-])", "g");

  function numberHref(number, before) {
    // A number that only takes texts is an sms: link; otherwise the words before it
    // decide: "text" alone makes a text link, "call or text" a call link.
    var known = NUMBERS[number] || { call: true, text: true };
    var clause = before.split(/[.!?\n]/).pop();
    var saysCall = /\b(call|llama)\b/i.test(clause);
    var saysText = /\b(text|texto|envía)\b/i.test(clause);
    var sms = known.text && (!known.call || (saysText && !saysCall));
    return (sms ? "sms:" : "tel:") + number.replace(/[^\d+]/g, "");
  }

  function addNumbers(node, text) {
    var last = 0;
    var match;
    NUMBER_PATTERN.lastIndex = 0;
    while ((match = NUMBER_PATTERN.exec(text)) !== null) {
      var start = match.index + match[1].length;
      var before = text.slice(last, start);
      if (before) { node.appendChild(document.createTextNode(before)); }
      var link = el("a", "harbor-number", match[2]);
      link.href = numberHref(match[2], before);
      node.appendChild(link);
      last = start + match[2].length;
    }
    if (last < text.length) { node.appendChild(document.createTextNode(text.slice(last))); }
  }

  function addText(node, text, withNumbers) {
    // Text only, never HTML: links are made with the DOM, everything else stays literal.
    var parts = String(text).split(URL_PATTERN);
    for (var i = 0; i < parts.length; i++) {
      if (i % 2 === 1) {
        var link = el("a", null, parts[i]);
        link.href = parts[i];
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        node.appendChild(link);
      } else if (parts[i] && withNumbers) {
        addNumbers(node, parts[i]);
      } else if (parts[i]) {
        node.appendChild(document.createTextNode(parts[i]));
      }
    }
  }

  // ---- showing messages --------------------------------------------------------------

  function show(text, who) {
    var bubble = el("p", "harbor-msg harbor-" + who);
    addText(bubble, text, who !== "user");  // a person's own words never become links to dial
    log.appendChild(bubble);
    return bubble;
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function scrollToShow(node) {
    // The top of a new answer in view, not its end: the first program is read first.
    var offset = node.getBoundingClientRect().top - log.getBoundingClientRect().top;
    log.scrollTop += offset - 8;
  }

  function isMarker(reply, name) {
    var marker = MARKERS[name];
    return !!marker && !!reply && !!reply.custom && reply.custom[MARKERS.KEY] === marker;
  }

  // ---- choices: only the latest turn's buttons work -----------------------------------

  var latest = null;  // the group of buttons of the latest bot turn

  function setEnabled(group, enabled) {
    Array.prototype.forEach.call(group.querySelectorAll("button"), function (button) {
      button.disabled = !enabled;
      if (enabled) {
        button.removeAttribute("aria-disabled");
      } else {
        button.setAttribute("aria-disabled", "true");
      }
    });
  }

  function supersede() {
    // A new bot turn: the choices of earlier turns are over.
    Array.prototype.forEach.call(log.querySelectorAll(".harbor-buttons"), function (group) {
      setEnabled(group, false);
    });
    latest = null;
  }

  function sending(button, on) {
    if (on) {
      button.classList.add("harbor-chosen");
      button.setAttribute("aria-busy", "true");
      button.appendChild(el("span", "harbor-sending", words("sending")));
      return;
    }
    button.removeAttribute("aria-busy");
    var label = button.querySelector(".harbor-sending");
    if (label) { label.remove(); }
  }

  function choose(group, button, choice) {
    if (group !== latest || button.disabled) { return; }  // a past turn's choice sends nothing
    if (busy) { status.textContent = words("stillWaiting"); return; }
    sending(button, true);
    talk(choice.payload, choice.title || choice.payload, { button: button });
    input.focus();
  }

  function showButtons(buttons) {
    var group = el("div", "harbor-buttons");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", words("choices"));
    buttons.forEach(function (choice) {
      if (!choice || !choice.payload) { return; }
      var button = el("button", null, choice.title || choice.payload);
      button.type = "button";
      button.addEventListener("click", function () { choose(group, button, choice); });
      group.appendChild(button);
    });
    log.appendChild(group);
    latest = group;
    return group;
  }

  function render(replies) {
    // True when the message went through; false when Harbor asks for it again.
    var again = replies.some(function (r) {
      return isMarker(r, "TIMED_OUT") || isMarker(r, "NOT_READ");
    });
    if (replies.some(function (r) { return isMarker(r, "CLEARED"); })) {
      log.textContent = "";  // stop: nothing said before stays on the screen
      forgetHere();
    }
    if (!again) { supersede(); }
    var first = null;
    replies.forEach(function (reply) {
      // The conversation's language after this turn: for the widget's own words, not shown.
      if (isMarker(reply, "LANGUAGE")) { setLanguage(reply.custom.lang); return; }
      var node = reply.text ? show(reply.text, again ? "note" : "bot") : null;
      var group = reply.buttons && reply.buttons.length ? showButtons(reply.buttons) : null;
      first = first || node || group;
    });
    if (first) { scrollToShow(first); }
    return !again;
  }

  // ---- talking to Harbor --------------------------------------------------------------

  function post(message, options) {
    // text/plain keeps this a simple request: no CORS preflight, and it survives unload.
    return window.fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "text/plain;charset=UTF-8" },
      // The widget's language: Harbor goes by it only until the person's words say.
      body: JSON.stringify({
        sender: options.sender || sender(),
        message: message,
        metadata: { language: lang }
      }),
      keepalive: !!options.keepalive,
      signal: options.signal,
      credentials: "omit",
    });
  }

  function failure(kind, body) {
    var error = new Error(kind);
    error.kind = kind;
    error.body = body;
    return error;
  }

  function readAnswer(response) {
    if (response.status === 403) {
      return response.json().catch(function () { return {}; })
        .then(function (body) { throw failure("refused", body); });
    }
    if (!response.ok) { throw failure("status " + response.status); }
    return response.json();
  }

  function refused(body) {
    scrollToShow(show(note("offline"), "note"));
    if (!body || !body.setting) { return; }
    var origin = window.location.origin;
    show("For staff: add " + origin + " to " + body.setting + " in Harbor's " +
      (body.file || "credentials.yml") + ".", "staff");
    console.error("Harbor web chat: Harbor refused messages from " + origin + ". Add it to " +
      body.setting + " under " + (body.channel || "the web chat channel") + " in " +
      (body.file || "credentials.yml") + " on the Harbor server.");
  }

  function failed(error) {
    if (error && error.kind === "refused") {
      refused(error.body);
    } else {
      scrollToShow(show(note(error && error.kind === "timeout" ? "tooSlow" : "offline"), "note"));
    }
  }

  var busy = false;
  function setBusy(on) {
    busy = on;
    if (on) {
      send.setAttribute("aria-disabled", "true");
      if (latest) { setEnabled(latest, false); }
    } else {
      send.removeAttribute("aria-disabled");
      status.textContent = "";
    }
  }

  function settle(went, message, options) {
    // A message that did not get through: its words back in the box, its choices open again.
    if (options.button) { sending(options.button, false); }
    if (went) { return; }
    if (options.typed && !input.value) { input.value = message; }
    if (options.button) { options.button.classList.remove("harbor-chosen"); }
    if (latest) { setEnabled(latest, true); }
  }

  function talk(message, shown, options) {
    options = options || {};
    if (busy) { status.textContent = words("stillWaiting"); return false; }
    setBusy(true);
    if (shown) { show(shown, "user"); }
    var waiting = show("…", "bot");
    waiting.setAttribute("aria-hidden", "true");
    scrollToEnd();
    var controller = window.AbortController ? new window.AbortController() : null;
    var timer = null;
    var timeout = new Promise(function (_, reject) {
      timer = window.setTimeout(function () {
        if (controller) { controller.abort(); }  // the answer, if it comes, is not wanted
        reject(failure("timeout"));
      }, TIMEOUT_MS);
    });
    Promise.race([post(message, { signal: controller && controller.signal }).then(readAnswer), timeout])
      .then(function (answer) {
        waiting.remove();
        if (Array.isArray(answer) && answer.length) { return render(answer); }
        scrollToShow(show(note("noAnswer"), "note"));
        return false;
      }, function (error) {
        waiting.remove();
        failed(error);
        return false;
      })
      .then(function (went) {
        window.clearTimeout(timer);
        setBusy(false);
        settle(went, message, options);
      });
    return true;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    // While an answer is on its way the words stay in the box, to send next.
    if (busy) { status.textContent = words("stillWaiting"); return; }
    input.value = "";
    talk(text, text, { typed: true });
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

  function quickExit() {
    var id = storedSender();
    if (id) {
      try { post("/stop", { sender: id, keepalive: true }).catch(function () {}); } catch (e) { /* leave anyway */ }
    }
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
