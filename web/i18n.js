// Interface strings, French and English. The language follows the browser (navigator.languages).
window.SITREP_I18N = (function () {
  const strings = {
    en: {
      title: "Sitrep", type: "Event type", all: "All", actor: "Actor", place: "Place", window: "Window",
      days30: "30 days", days90: "90 days", days365: "1 year", allBefore: "Everything before",
      settings: "Settings", tiles: "Tile URL", play: "Play", pause: "Pause",
      hint: "Click an event to see the dispatch and the words behind each field.",
      events: "events", fatalities: "Fatalities", unknown: "unknown", date: "Date", location: "Location",
      actors: "Actors", dispatch: "Dispatch", evidence: "Evidence (highlighted in the text)", claims: "What each source says",
      reports: "Reports merged into this event", noClaims: "no attributed claim", control: "Control",
      controller: "held by", share: "share", since: "since", disputed: "disputed", loading: "Loading…", error: "Error",
    },
    fr: {
      title: "Sitrep", type: "Type d'événement", all: "Tous", actor: "Acteur", place: "Lieu", window: "Fenêtre",
      days30: "30 jours", days90: "90 jours", days365: "1 an", allBefore: "Tout avant",
      settings: "Réglages", tiles: "URL des tuiles", play: "Lecture", pause: "Pause",
      hint: "Cliquez sur un événement pour voir la dépêche et les mots qui justifient chaque champ.",
      events: "événements", fatalities: "Morts", unknown: "inconnu", date: "Date", location: "Lieu",
      actors: "Acteurs", dispatch: "Dépêche", evidence: "Justifications (surlignées dans le texte)", claims: "Ce que dit chaque source",
      reports: "Dépêches fusionnées dans cet événement", noClaims: "aucune affirmation attribuée", control: "Contrôle",
      controller: "tenu par", share: "part", since: "depuis", disputed: "contesté", loading: "Chargement…", error: "Erreur",
    },
  };
  const langs = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"]);
  const lang = langs.map(l => String(l).slice(0, 2).toLowerCase()).find(l => strings[l]) || "en";
  return { lang: lang, t: key => strings[lang][key] || strings.en[key] || key };
})();
