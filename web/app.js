// Sitrep's map: events as markers (colour = event type, size = toll), governorates shaded by controller, a time
// slider that moves both, and the dispatch text behind each event with its evidence highlighted per field.
// Every string from the server is put in the page with textContent, never as HTML: dispatch text is untrusted.
(function () {
  "use strict";
  const { t, lang } = window.SITREP_I18N;
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach(el => { el.textContent = t(el.dataset.i18n); });

  const TYPE_COLOURS = {
    "Battles": "#d7301f", "Explosions/Remote violence": "#fd8d3c", "Violence against civilians": "#7a0177",
    "Strategic developments": "#2171b5", "Protests": "#31a354", "Riots": "#e6ab02",
  };
  const PALETTE = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#a65628", "#f781bf", "#999999", "#66c2a5", "#8da0cb"];
  const DAY = 86400000;

  const el = id => document.getElementById(id);
  const state = { days: [], seq: 0, markers: 0, shading: {}, playing: null, meta: null };
  window.sitrep = state; // read by the browser tests

  const map = L.map("map", { preferCanvas: false, zoomSnap: 0.25 }).setView([35, 38.5], 6.5);
  const adminLayer = L.geoJSON(null, { style: () => ({ color: "#555", weight: 1, fillColor: "#ffffff", fillOpacity: 0.6 }) }).addTo(map);
  const controlPoints = L.layerGroup().addTo(map);
  const eventLayer = L.layerGroup().addTo(map);
  let tiles = null;

  function colourOf(key) {
    let h = 0;
    for (const c of String(key)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    return PALETTE[h % PALETTE.length];
  }
  const iso = ms => new Date(ms).toISOString().slice(0, 10);
  const parse = s => Date.parse(s + "T00:00:00Z");

  async function getJson(url) {
    const r = await fetch(url);
    const body = await r.json();
    if (!r.ok) throw new Error(body.message || r.statusText);
    return body;
  }

  function setTiles(url) {
    if (tiles) { map.removeLayer(tiles); tiles = null; }
    if (url) tiles = L.tileLayer(url, { maxZoom: 18 }).addTo(map).bringToBack();
  }

  function fill(select, values) {
    for (const v of values) { const o = document.createElement("option"); o.value = v; o.textContent = v; select.appendChild(o); }
  }
  function fillList(list, values) {
    for (const v of values) { const o = document.createElement("option"); o.value = v; list.appendChild(o); }
  }

  function legend(types) {
    const box = el("legend");
    box.textContent = "";
    for (const type of types) {
      const s = document.createElement("span");
      const i = document.createElement("i");
      i.style.background = TYPE_COLOURS[type] || "#555";
      s.append(i, type);
      box.appendChild(s);
    }
  }

  async function init() {
    const meta = await getJson("api/meta");
    state.meta = meta;
    fill(el("f-type"), meta.event_types);
    fillList(el("actors"), meta.actors);
    fillList(el("places"), meta.places);
    legend(meta.event_types);
    const saved = localStorage.getItem("sitrep.tiles") || "";
    el("f-tiles").value = saved || meta.tile_url || "";
    setTiles(el("f-tiles").value);
    const admin = await getJson("api/admin");
    adminLayer.addData(admin);
    if (admin.features.length) map.fitBounds(adminLayer.getBounds(), { animate: false }); // settled at once: no click lands mid-zoom
    if (meta.first_day) {
      const first = parse(meta.first_day), last = parse(meta.last_day);
      for (let d = first; d <= last; d += DAY) state.days.push(iso(d));
    }
    const slider = el("slider");
    slider.max = Math.max(0, state.days.length - 1);
    slider.value = slider.max;
    await update();
  }

  function query(day) {
    const p = new URLSearchParams({ format: "geojson", limit: "5000" });
    if (day) {
      p.set("to", day);
      const w = Number(el("f-window").value);
      if (w > 0) p.set("from", iso(parse(day) - w * DAY));
    }
    if (el("f-type").value) p.set("type", el("f-type").value);
    if (el("f-actor").value.trim()) p.set("actor", el("f-actor").value.trim());
    if (el("f-place").value.trim()) p.set("place", el("f-place").value.trim());
    return p;
  }

  async function update() {
    const seq = ++state.seq;
    state.day = undefined; // set again once this update is drawn
    const day = state.days[Number(el("slider").value)] || null;
    el("day").textContent = day || "";
    const [events, control] = await Promise.all([
      getJson("api/events?" + query(day)),
      getJson("api/control" + (day ? "?as_of=" + day : "")),
    ]);
    if (seq !== state.seq) return; // a later move of the slider wins
    drawEvents(events);
    drawControl(control);
    state.day = day;
  }

  function drawEvents(fc) {
    eventLayer.clearLayers();
    let n = 0;
    for (const f of fc.features) {
      if (!f.geometry) continue;
      const p = f.properties;
      const toll = p.fatalities ? p.fatalities.best : 0;
      const [lon, lat] = f.geometry.coordinates;
      // Area grows with the toll, capped; a campaign total (aggregate) is drawn dashed and pale, never as one day's toll.
      const m = L.circleMarker([lat, lon], {
        radius: Math.min(28, 5 + 2.5 * Math.sqrt(toll)), color: "#222", weight: 1, fillColor: TYPE_COLOURS[p.event_type] || "#555",
        fillOpacity: p.aggregate ? 0.3 : 0.85, dashArray: p.aggregate ? "4 3" : null, className: "sitrep-event",
      });
      m.bindTooltip(`${p.event_type} · ${p.date_to || "?"} · ${p.location ? p.location.name : ""} · ${t("fatalities")}: ${p.fatalities ? p.fatalities.best : t("unknown")}`);
      m.on("click", () => showEvent(p.id));
      m.addTo(eventLayer);
      m.getElement().setAttribute("data-event-id", p.id);
      n++;
    }
    state.markers = n;
    el("count").textContent = `${n} ${t("events")}`;
  }

  function drawControl(fc) {
    // A governorate-level statement decides its shade; otherwise the latest statement about a place inside it.
    const byPcode = {};
    controlPoints.clearLayers();
    for (const f of fc.features) {
      const p = f.properties;
      if (!p.admin1_pcode) continue;
      const cur = byPcode[p.admin1_pcode];
      const rank = (p.level === "admin1" ? "1" : "0") + p.from;
      if (!cur || rank > cur.rank) byPcode[p.admin1_pcode] = { rank, p };
      if (f.geometry && f.geometry.type === "Point") {
        const [lon, lat] = f.geometry.coordinates;
        L.circleMarker([lat, lon], { radius: 4, color: colourOf(p.controller.id), weight: 3, fill: false, dashArray: p.disputed ? "2 3" : null, className: "sitrep-control" })
          .bindTooltip(`${p.area}: ${t("controller")} ${p.controller.name} (${t("share")} ${p.share}, ${t("since")} ${p.from})${p.disputed ? " — " + t("disputed") : ""}`)
          .addTo(controlPoints);
      }
    }
    state.shading = {};
    const holders = new Map();
    adminLayer.eachLayer(layer => {
      const code = layer.feature.properties.pcode;
      const hit = byPcode[code];
      if (hit) {
        const c = colourOf(hit.p.controller.id);
        state.shading[code] = hit.p.controller.name;
        holders.set(hit.p.controller.name, c);
        layer.setStyle({ fillColor: c, fillOpacity: hit.p.level === "admin1" ? 0.45 : 0.3 });
        layer.bindTooltip(`${layer.feature.properties.name}: ${t("controller")} ${hit.p.controller.name} (${hit.p.share}, ${t("since")} ${hit.p.from})`);
        layer.getElement() && layer.getElement().setAttribute("data-controller", hit.p.controller.id);
      } else {
        layer.setStyle({ fillColor: "#ffffff", fillOpacity: 0.6 });
        layer.unbindTooltip();
        layer.getElement() && layer.getElement().removeAttribute("data-controller");
      }
    });
    const box = el("control-legend");
    box.textContent = holders.size ? t("control") + ": " : "";
    for (const [name, colour] of holders) {
      const s = document.createElement("span");
      const b = document.createElement("b");
      b.style.background = colour;
      s.append(b, name);
      box.appendChild(s);
    }
  }

  function h(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }

  // The text with each evidence range wrapped in <mark data-field>; overlapping ranges are split at every boundary.
  function highlighted(text, evidence) {
    const cuts = new Set([0, text.length]);
    for (const v of evidence) { cuts.add(v.start); cuts.add(v.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const box = h("div", null, { class: "text" });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const covering = evidence.filter(v => v.start <= a && v.end >= b && v.end > v.start);
      const part = text.slice(a, b);
      if (covering.length === 0) { box.appendChild(document.createTextNode(part)); continue; }
      box.appendChild(h("mark", part, { "data-field": covering[0].field, title: covering.map(v => `${v.field}: ${v.rule}`).join("\n") }));
    }
    return box;
  }

  function fieldLegend(evidence) {
    const div = h("div", null, { class: "fields" });
    for (const f of [...new Set(evidence.map(v => v.field))]) div.appendChild(h("mark", f, { "data-field": f }));
    return div;
  }

  const figure = q => q ? (q.low === q.high ? String(q.best) : `${q.best} (${q.low}–${q.high})`) : t("unknown");

  async function showEvent(id) {
    const panel = el("panel");
    panel.textContent = t("loading");
    let e;
    try { e = await getJson("api/events/" + encodeURIComponent(id)); }
    catch (err) { panel.textContent = `${t("error")}: ${err.message}`; return; }
    panel.textContent = "";
    panel.appendChild(h("h2", `${e.event_type} — ${e.sub_event_type}`));
    const dl = h("dl");
    const row = (k, v) => { dl.appendChild(h("dt", k)); dl.appendChild(h("dd", v)); };
    row(t("date"), e.date_from === e.date_to ? (e.date_to || t("unknown")) : `${e.date_from} … ${e.date_to}`);
    row(t("location"), e.location ? `${e.location.name}${e.location.admin1 ? " (" + e.location.admin1 + ")" : ""}` : t("unknown"));
    row(t("actors"), [e.actor1, e.actor2].filter(Boolean).map(a => a.name).join(" / ") || t("unknown"));
    row(t("fatalities"), figure(e.fatalities) + (e.aggregate ? " (aggregate)" : ""));
    panel.appendChild(dl);

    panel.appendChild(h("h3", t("evidence")));
    panel.appendChild(fieldLegend(e.evidence));
    panel.appendChild(h("h4", `${t("dispatch")}: ${e.dispatch.title || e.dispatch.external_id} (${e.dispatch.source || ""} ${e.dispatch.date || ""})`));
    const textBox = highlighted(e.dispatch.text, e.evidence);
    textBox.id = "dispatch-text";
    panel.appendChild(textBox);

    panel.appendChild(h("h3", t("claims")));
    const claims = h("div", null, { class: "claims" });
    for (const r of e.reports) {
      const col = h("div");
      col.appendChild(h("h4", `${r.dispatch.source || r.dispatch.external_id} · ${r.dispatch.date || ""}`));
      col.appendChild(h("p", `${t("fatalities")}: ${figure(r.fatalities)}`));
      if (r.claims.length === 0) col.appendChild(h("p", t("noClaims"), { class: "hint" }));
      for (const c of r.claims) col.appendChild(h("p", `${c.source}: « ${c.text} »${c.figure ? " → " + figure(c.figure) : ""}`));
      claims.appendChild(col);
    }
    panel.appendChild(claims);

    panel.appendChild(h("h3", t("reports")));
    const list = h("ul", null, { class: "reports" });
    for (const r of e.reports) {
      const li = h("li");
      const a = h("a", `${r.dispatch.external_id} — ${r.dispatch.title || ""} (${r.dispatch.source || ""}, ${r.dispatch.date || ""})`, { href: "#", "data-dispatch": r.dispatch.id });
      a.addEventListener("click", async ev => {
        ev.preventDefault();
        const d = await getJson("api/dispatches/" + encodeURIComponent(r.dispatch.id));
        const box = highlighted(d.text, r.evidence);
        box.id = "dispatch-text";
        el("dispatch-text").replaceWith(box);
      });
      li.appendChild(a);
      list.appendChild(li);
    }
    panel.appendChild(list);
  }

  function play() {
    const slider = el("slider");
    if (state.playing) { clearInterval(state.playing); state.playing = null; el("play").textContent = t("play"); return; }
    if (Number(slider.value) >= Number(slider.max)) slider.value = 0;
    el("play").textContent = t("pause");
    const step = Math.max(1, Math.ceil(state.days.length / 60));
    state.playing = setInterval(() => {
      slider.value = Math.min(Number(slider.max), Number(slider.value) + step);
      update();
      if (Number(slider.value) >= Number(slider.max)) play();
    }, 400);
  }

  el("slider").addEventListener("input", () => update());
  for (const id of ["f-type", "f-window"]) el(id).addEventListener("change", () => update());
  for (const id of ["f-actor", "f-place"]) el(id).addEventListener("change", () => update());
  el("f-tiles").addEventListener("change", () => { localStorage.setItem("sitrep.tiles", el("f-tiles").value.trim()); setTiles(el("f-tiles").value.trim()); });
  el("play").addEventListener("click", play);
  init().catch(err => { el("panel").textContent = `${t("error")}: ${err.message}`; });
})();
