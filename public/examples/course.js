// An example host page for Error Bowl's embed messages (README, "Embedding").
// Each frame posts error-bowl:state and error-bowl:resize to this page; this page sends
// error-bowl:command to the middle frame. Messages are matched to frames by event.source.
(function () {
  'use strict';
  var frames = {};
  ['small', 'right', 'large'].forEach(function (id) {
    frames[id] = document.getElementById(id);
  });
  function frameOf(source) {
    for (var id in frames) if (frames[id].contentWindow === source) return id;
    return null;
  }
  window.addEventListener('message', function (event) {
    var id = frameOf(event.source);
    var data = event.data;
    if (!id || !data || typeof data.type !== 'string') return;
    if (data.type === 'error-bowl:state') {
      var out = document.querySelector('output[data-for="' + id + '"]');
      // textContent, never innerHTML: a frame's message is data, not markup.
      out.textContent = 'step ' + data.step + ', E = ' + Number(data.E).toPrecision(4) + ', w = ' +
        data.w.map(function (v) { return Number(v).toPrecision(4); }).join(', ') + ' (' + data.status + ')';
      out.dataset.step = String(data.step);
      out.dataset.status = String(data.status);
    } else if (data.type === 'error-bowl:resize' && typeof data.height === 'number') {
      frames[id].style.height = Math.max(240, Math.min(1600, data.height)) + 'px';
    }
  });
  function send(command, params) {
    // The frame is on this page's own server; give its origin rather than '*' when you know it.
    var target = new URL(frames.right.src, location.href).origin;
    frames.right.contentWindow.postMessage({ type: 'error-bowl:command', command: command, params: params }, target);
  }
  document.querySelectorAll('button[data-command]').forEach(function (b) {
    b.addEventListener('click', function () { send(b.dataset.command); });
  });
  document.querySelectorAll('button[data-set-eta]').forEach(function (b) {
    b.addEventListener('click', function () { send('set', { eta: Number(b.dataset.setEta) }); });
  });
})();
