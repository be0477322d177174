// Mock of Meta Business Suite (business.facebook.com), where Pages and their Instagram accounts are
// posted from. Its post composer (/latest/composer, or "Create post" on /latest/home) as
// docs/platform-facts.md records it: the text box is Meta's own Draft.js build, not Lexical, a
// `div.notranslate[contenteditable][role=combobox]` labelled "Write into the dialogue box to include
// text with your post."; the placements (Facebook, Instagram) are switches, each beside the Page or
// account it posts to (a link to its profile); "Publish" sends; photos come from a file input and
// show as blob: previews. Ctrl/Cmd+Enter publishes too. Labels in English, Welsh or Polish (the
// page's `lang`). "Post to" lists the business's assets, each with its switch: the Page {{HANDLE}} /
// {{NAME}} and its Instagram account staying_well_team, both on (Business Suite's default: the same
// post to both, side by side), and a second Instagram account, nhp_stayandplay, off.
import React, { useEffect, useState } from "react";
import ReactDOM from "react-dom";
import "draft-js/dist/Draft.css";
import "./styles.css";
import { mediaFromFiles, record, useDraftBox } from "../shared/draft-box.jsx";

const meta = (name, fallback) => {
  const value = document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") || "";
  return value && !value.startsWith("{{") ? value : fallback;
};
const PAGE = { handle: meta("mock-handle", "NorthHalifaxPartnership"), name: meta("mock-name", "North Halifax Partnership") };
const IG = "staying_well_team";
const IG_OTHER = "nhp_stayandplay";
const LANG = document.documentElement.lang.startsWith("{{") ? "en" : document.documentElement.lang;
const WORDS = {
  en: { create: "Create post", postTo: "Post to", text: "Text", label: "Write into the dialogue box to include text with your post.",
    media: "Media", addPhoto: "Add photo/video", publish: "Publish", cancel: "Cancel", home: "Home", remove: "Remove" },
  cy: { create: "Creu neges", postTo: "Postio i", text: "Testun", label: "Ysgrifennwch yn y blwch deialog i gynnwys testun gyda'ch neges.",
    media: "Cyfryngau", addPhoto: "Ychwanegu llun/fideo", publish: "Cyhoeddi", cancel: "Canslo", home: "Hafan", remove: "Tynnu" },
  pl: { create: "Utwórz post", postTo: "Opublikuj w", text: "Tekst", label: "Napisz w oknie dialogowym, aby dodać tekst do posta.",
    media: "Multimedia", addPhoto: "Dodaj zdjęcie/film", publish: "Opublikuj", cancel: "Anuluj", home: "Strona główna", remove: "Usuń" },
}[LANG] ?? {};

const navigate = (to) => {
  history.pushState({}, "", to);
  window.dispatchEvent(new PopStateEvent("popstate"));
};

function Switch({ on, onChange, name, account, href }) {
  return (
    <div role="listitem" className="placement">
      <div className="placement-avatar" aria-hidden="true" />
      <a href={href} className="placement-account" target="_blank" rel="noreferrer">{account}</a>
      <span className="placement-network">{name}</span>
      <div role="switch" aria-checked={on} aria-label={name} tabIndex={0} className={on ? "switch on" : "switch"}
        onClick={() => onChange(!on)} onKeyDown={(e) => { if (e.key === " ") { e.preventDefault(); onChange(!on); } }} />
    </div>
  );
}

function Composer() {
  const [facebook, setFacebook] = useState(true);
  const [instagram, setInstagram] = useState(true);
  const [other, setOther] = useState(false);
  const [media, setMedia] = useState([]);
  const [done, setDone] = useState("");
  const box = useDraftBox({
    id: "composer",
    onSend: (text) => {
      record({ where: "composer", text, media: media.map((m) => m.name), facebook, instagram, other });
      setMedia([]);
      setDone(text);
    },
  });
  const canPublish = box.canSend && (facebook || instagram || other);
  return (
    <div className="composer" data-pagelet="BizKitPostComposer">
      <h1>{WORDS.create}</h1>
      <section className="card">
        <h2>{WORDS.postTo}</h2>
        <div role="list">
          <Switch on={facebook} onChange={setFacebook} name="Facebook" account={PAGE.name} href={`https://www.facebook.com/${PAGE.handle}`} />
          <Switch on={instagram} onChange={setInstagram} name="Instagram" account={IG} href={`https://www.instagram.com/${IG}/`} />
          <Switch on={other} onChange={setOther} name="Instagram" account={IG_OTHER} href={`https://www.instagram.com/${IG_OTHER}/`} />
        </div>
      </section>
      <section className="card">
        <h2>{WORDS.media}</h2>
        <label className="add-media">
          <span>{WORDS.addPhoto}</span>
          <input type="file" accept="image/*,video/*" multiple
            onChange={(e) => { const files = mediaFromFiles(e.target.files); setMedia((cur) => [...cur, ...files]); e.target.value = ""; }} />
        </label>
        <div className="previews">
          {media.map((m) => (
            <div key={m.url} className="preview">
              <img src={m.url} alt="" />
              <div role="button" tabIndex={0} aria-label={WORDS.remove} onClick={() => setMedia((cur) => cur.filter((x) => x !== m))}>✕</div>
            </div>
          ))}
        </div>
      </section>
      <section className="card">
        <h2>{WORDS.text}</h2>
        {box.render({ role: "combobox", ariaLabel: WORDS.label, placeholder: WORDS.label, ariaAutoComplete: "list", ariaExpanded: false })}
      </section>
      <footer className="footer">
        <div role="button" tabIndex={0} className="button">{WORDS.cancel}</div>
        <div role="button" tabIndex={0} aria-disabled={!canPublish} className="button primary"
          onClick={() => canPublish && box.send()}>{WORDS.publish}</div>
      </footer>
      {done && <div role="status" className="published">✓ {done}</div>}
    </div>
  );
}

function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, []);
  return (
    <div className="app">
      <nav role="navigation" className="side">
        <div className="page-name">{PAGE.name}</div>
        <a href="/latest/home" onClick={(e) => { e.preventDefault(); navigate("/latest/home"); }}>{WORDS.home}</a>
      </nav>
      <main role="main" className="main">
        {path.startsWith("/latest/composer") ? <Composer /> : (
          <div role="button" tabIndex={0} className="button primary" onClick={() => navigate("/latest/composer")}>{WORDS.create}</div>
        )}
      </main>
    </div>
  );
}

ReactDOM.render(<App />, document.getElementById("react-root"));
