(function () {
  'use strict';
  // Findings and investigated resources are JSON in inert script elements, one per rule: a group
  // is parsed and drawn only when opened or filtered, a page at a time, so a report of 100,000
  // resources opens as fast as a small one.
  var PAGE = 100;
  var parsed = {};
  function rows(id) {
    if (!Object.prototype.hasOwnProperty.call(parsed, id)) {
      var block = document.getElementById(id);
      parsed[id] = block ? JSON.parse(block.textContent) : [];
    }
    return parsed[id];
  }
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  var boxes = all('#filters input[type=checkbox]');
  var search = document.getElementById('search');
  var groups = all('details.rule');
  var areas = all('details.area');

  function filter() {
    var on = {};
    boxes.forEach(function (box) { on[box.value] = box.checked; });
    var text = search.value.trim().toLowerCase();
    return function (f) {
      if (!on['status:' + f[0]] || !on['severity:' + f[2]]) { return false; }
      return !text || (f[3] + '\n' + f[4] + '\n' + f[5]).toLowerCase().indexOf(text) >= 0;
    };
  }
  function absolute(id, base) {
    if (id === null) { return base; }
    return id.charAt(0) === '/' ? id : base + '/' + id;
  }
  // A finding: [status, evaluated status or null, severity, name, id, message,
  //             evidence [[resource id (relative), pointer, observed, expected]], fix steps [[sentence, request or ""]], waiver or null]
  function finding(f) {
    var d = el('details', 'finding');
    d.dataset.status = f[0];
    d.dataset.severity = f[2];
    var s = el('summary');
    s.appendChild(el('span', 'badge ' + f[0], f[0]));
    s.appendChild(document.createTextNode(' '));
    s.appendChild(el('b', null, f[3]));
    s.appendChild(document.createTextNode(' · ' + f[5]));
    d.appendChild(s);
    var where = el('p', 'muted');
    where.appendChild(el('code', null, f[4]));
    if (f[1] !== null) { where.appendChild(document.createTextNode(' · evaluated ' + f[1])); }
    d.appendChild(where);
    if (f[8] !== null) { d.appendChild(el('p', null, 'Waived by ' + f[8][0] + ' until ' + f[8][1] + ': ' + f[8][2])); }
    if (f[6].length) {
      var t = el('table', 'evidence');
      var head = el('tr');
      ['Resource', 'Pointer', 'Observed', 'Expected'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      t.appendChild(head);
      f[6].forEach(function (e) {
        var tr = el('tr');
        [absolute(e[0], f[4]), e[1], e[2]].forEach(function (v) {
          var td = el('td'); td.appendChild(el('code', null, v)); tr.appendChild(td);
        });
        tr.appendChild(el('td', null, e[3]));
        t.appendChild(tr);
      });
      d.appendChild(t);
    }
    if (f[7].length) {
      d.appendChild(el('p', null, 'Fix for this resource (readiness fix renders it as Bicep and az):'));
      var ol = el('ol');
      f[7].forEach(function (step) {
        var li = el('li', null, step[0]);
        if (step[1]) { li.appendChild(el('br')); li.appendChild(el('code', null, step[1])); }
        ol.appendChild(li);
      });
      d.appendChild(ol);
    }
    return d;
  }
  function draw(group) {
    var list = group.querySelector('.list');
    var keep = filter();
    list.textContent = '';
    group.matching = rows('data-' + group.dataset.rule).filter(keep);
    group.drawn = 0;
    more(group);
  }
  function more(group) {
    var list = group.querySelector('.list');
    var end = Math.min(group.drawn + PAGE, group.matching.length);
    for (var i = group.drawn; i < end; i++) { list.appendChild(finding(group.matching[i])); }
    group.drawn = end;
    var button = group.querySelector('button.more');
    var left = group.matching.length - end;
    button.hidden = left === 0;
    button.textContent = 'Show ' + Math.min(PAGE, left) + ' more of ' + left;
  }
  function count() {
    var keep = filter();
    var total = 0;
    var byArea = {};
    groups.forEach(function (group) {
      var n = rows('data-' + group.dataset.rule).filter(keep).length;
      group.querySelector('.shown').textContent = n + ' shown';
      byArea[group.dataset.area] = (byArea[group.dataset.area] || 0) + n;
      total += n;
      if (group.open) { draw(group); }
    });
    areas.forEach(function (area) {
      area.querySelector('.shown').textContent = (byArea[area.dataset.area] || 0) + ' shown';
    });
    document.getElementById('shown').textContent =
      total + ' of ' + document.getElementById('shown').dataset.total + ' findings shown';
  }
  groups.forEach(function (group) {
    group.addEventListener('toggle', function () {
      if (group.open && group.drawn === undefined) { draw(group); }
    });
    group.querySelector('button.more').addEventListener('click', function () { more(group); });
  });
  boxes.forEach(function (box) { box.addEventListener('change', count); });
  var typing;
  search.addEventListener('input', function () { clearTimeout(typing); typing = setTimeout(count, 250); });

  // The investigation view: [name, type, id, [[question, answered, missing link, rule ids]]].
  var investigation = document.getElementById('investigation-list');
  var resources = investigation ? rows('data-investigation') : [];
  var shownResources = 0;
  function moreResources() {
    var end = Math.min(shownResources + PAGE, resources.length);
    for (var i = shownResources; i < end; i++) {
      var r = resources[i];
      var answered = r[3].filter(function (q) { return q[1]; }).length;
      var d = el('details', 'resource');
      d.open = i < 20;
      var s = el('summary');
      s.appendChild(el('b', null, r[0]));
      s.appendChild(el('span', 'muted', ' ' + r[1] + ' · ' + answered + ' of ' + r[3].length + ' answerable'));
      d.appendChild(s);
      var t = el('table');
      var head = el('tr');
      ['', 'Question', 'Missing link', 'Rules'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      t.appendChild(head);
      r[3].forEach(function (q) {
        var tr = el('tr', q[1] ? 'answered' : 'unanswered');
        [q[1] ? '✔' : '✘', q[0], q[2], q[3].join(', ')].forEach(function (v) { tr.appendChild(el('td', null, v)); });
        t.appendChild(tr);
      });
      d.appendChild(t);
      investigation.appendChild(d);
    }
    shownResources = end;
    var button = document.getElementById('investigation-more');
    button.hidden = end === resources.length;
    button.textContent = 'Show ' + Math.min(PAGE, resources.length - end) + ' more of ' + (resources.length - end);
  }
  if (investigation) {
    document.getElementById('investigation-more').addEventListener('click', moreResources);
    moreResources();
  }

  // A view can be linked: #status=FAIL,UNKNOWN&severity=HIGH&q=text&open=FR-LOG-01,FR-LOG-04
  var wanted = {};
  location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at > 0) { wanted[pair.substring(0, at)] = decodeURIComponent(pair.substring(at + 1)); }
  });
  if (wanted.status || wanted.severity || wanted.q) {
    boxes.forEach(function (box) {
      var kind = box.value.split(':');
      if (wanted[kind[0]]) { box.checked = wanted[kind[0]].split(',').indexOf(kind[1]) >= 0; }
    });
    search.value = wanted.q || '';
    count();
  }
  if (wanted.open) {
    wanted.open.split(',').forEach(function (id) {
      groups.forEach(function (group) {
        if (group.dataset.rule === id) {
          group.open = true;
          group.parentElement.closest('details.area').open = true;
          draw(group);
        }
      });
    });
  }
  document.body.dataset.readyMs = String(Math.round(performance.now()));
})();
