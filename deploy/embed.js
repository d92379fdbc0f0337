/*
 * 企业上云自评: the host-page script. Paste where the widget should appear:
 *
 *   <div data-selfcheck></div>
 *   <script src="https://WIDGET-SITE/PATH/embed.js" async></script>
 *
 * Options on the div: data-lang="en" for English. The script puts the widget
 * in an iframe and sizes it to the widget's height, so the page shows it with
 * no inner scrollbar. It reads only { type: "selfcheck:height" } messages,
 * and only from the widget's own origin. No cookies, no other requests.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var widgetUrl = new URL('./', script.src);

  function embed(container) {
    if (container.querySelector('iframe')) return;
    var url = new URL('./', widgetUrl);
    if (container.getAttribute('data-lang') === 'en') url.searchParams.set('lang', 'en');
    var frame = document.createElement('iframe');
    frame.src = url.href;
    // The widget's title, written in by the build from the rubric.
    frame.title = container.getAttribute('data-lang') === 'en' ? '{title-en}' : '{title-zh}';
    frame.setAttribute('width', '100%');
    frame.setAttribute('height', '600');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.width = '100%';
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (event.origin !== widgetUrl.origin || event.source !== frame.contentWindow) return;
      if (!data || data.type !== 'selfcheck:height') return;
      var height = Number(data.height);
      if (Number.isInteger(height) && height > 0 && height < 100000) frame.style.height = height + 'px';
    });
    container.appendChild(frame);
  }

  function embedAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-selfcheck]'), embed);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
  else embedAll();
})();
