// Mock of X Pro (pro.x.com), the column deck, on the real Draft.js editor. Public evidence of its
// markup is thin (docs/platform-facts.md): what it shares with x.com is what the mock keeps, X's
// composer (`tweetTextarea_0` in a cell with `toolBar`, `attachments` and `tweetButton`, the posting
// account's avatar `UserAvatar-Container-HANDLE` beside it), X's posts (`article[data-testid=tweet]`
// with `tweetText`, reply and quote actions); the deck is columns (`data-testid="column"`, each a
// region), one of which plays a video from a `blob:` URL. There is no profile link in the
// navigation: who is posting is the account the composer shows (switchable, as X Pro allows).
// Compose, reply and quote open a dialog: a reply shows the post above the editor, a quote below.
// Labels in English, Welsh or Polish (the page's `lang`): nothing the extension needs is a word.
import React, { useState } from "react";
import ReactDOM from "react-dom";
import "draft-js/dist/Draft.css";
import "./styles.css";
import { mediaFromFiles, record, useDraftBox } from "../shared/draft-box.jsx";

const meta = (name, fallback) => {
  const value = document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") || "";
  return value && !value.startsWith("{{") ? value : fallback;
};
const ME = meta("mock-handle", "mockuser");
const OTHER_ACCOUNT = "jo_bloggs"; // a second account the person can switch to in the composer
const LANG = document.documentElement.lang.startsWith("{{") ? "en" : document.documentElement.lang;
const WORDS = {
  en: { post: "Post", reply: "Reply", quote: "Quote", home: "Home", mentions: "Mentions", placeholder: "What's happening?",
    replyPlaceholder: "Post your reply", close: "Close", media: "Add photos or video", remove: "Remove media", account: "Choose account" },
  cy: { post: "Postio", reply: "Ateb", quote: "Dyfynnu", home: "Hafan", mentions: "Crybwylliadau", placeholder: "Beth sy'n digwydd?",
    replyPlaceholder: "Postiwch eich ateb", close: "Cau", media: "Ychwanegu lluniau neu fideo", remove: "Tynnu cyfryngau", account: "Dewis cyfrif" },
  pl: { post: "Opublikuj", reply: "Odpowiedz", quote: "Cytuj", home: "Główna", mentions: "Wzmianki", placeholder: "Co się dzieje?",
    replyPlaceholder: "Opublikuj swoją odpowiedź", close: "Zamknij", media: "Dodaj zdjęcia lub wideo", remove: "Usuń multimedia", account: "Wybierz konto" },
}[LANG] ?? {};

const Avatar = ({ handle }) => (
  <div className="avatar" data-testid={`UserAvatar-Container-${handle}`}><span aria-hidden="true">{handle[0].toUpperCase()}</span></div>
);

const SEED = [
  { id: "1", handle: "weather_today", text: "Sunny spells this afternoon, showers later." },
  { id: "2", handle: "jane_doe", text: "Dreadful service at the centre today, nobody answered the phone." },
];

function Tweet({ tweet, onReply, onQuote, video }) {
  return (
    <article data-testid="tweet" role="article" className="tweet">
      <Avatar handle={tweet.handle} />
      <div className="tweet-body">
        <div data-testid="User-Name"><b>{tweet.handle}</b> <span>@{tweet.handle}</span></div>
        <div data-testid="tweetText" className="tweet-text"><span>{tweet.text}</span></div>
        {video && <div data-testid="videoPlayer"><video src={video} muted autoPlay loop /></div>}
        {tweet.quoted && <div data-testid="quoteTweet" className="quote">{tweet.quoted}</div>}
        {onReply && (
          <div role="group" className="actions">
            <button type="button" data-testid="reply" aria-label={WORDS.reply} onClick={() => onReply(tweet)}>↩</button>
            <button type="button" data-testid="retweet" aria-label={WORDS.quote} onClick={() => onQuote(tweet)}>⟳</button>
          </div>
        )}
      </div>
    </article>
  );
}

function Composer({ mode, target, onDone }) {
  const [account, setAccount] = useState(ME);
  const [media, setMedia] = useState([]);
  const box = useDraftBox({
    id: "composer",
    onSend: (text) => {
      record({ where: mode, text, account, media: media.map((m) => m.name), to: target?.id });
      onDone({ text, handle: account, quoted: mode === "quote" ? target.text : null });
    },
  });
  return (
    <div role="dialog" aria-modal="true" className="dialog">
      <div className="dialog-bar">
        <button type="button" data-testid="app-bar-close" aria-label={WORDS.close} onClick={() => onDone(null)}>✕</button>
      </div>
      {mode === "reply" && <Tweet tweet={target} />}
      <div className="compose-row">
        <button type="button" aria-label={WORDS.account} data-testid="accountSwitcher" className="account"
          onClick={() => setAccount((a) => (a === ME ? OTHER_ACCOUNT : ME))}>
          <Avatar handle={account} />
        </button>
        <div className="composer-main">
          <div data-testid="tweetTextarea_0RichTextInputContainer">
            {box.render({ webDriverTestID: "tweetTextarea_0", ariaLabel: WORDS.post, placeholder: mode === "reply" ? WORDS.replyPlaceholder : WORDS.placeholder })}
          </div>
          {mode === "quote" && <div data-testid="quoteTweet" className="quote"><div data-testid="tweetText">{target.text}</div></div>}
          {media.length > 0 && (
            <div data-testid="attachments">
              {media.map((m) => (
                <div key={m.url} className="attachment">
                  <img src={m.url} alt="" />
                  <button type="button" aria-label={WORDS.remove} onClick={() => setMedia((cur) => cur.filter((x) => x !== m))}>✕</button>
                </div>
              ))}
            </div>
          )}
          <div className="composer-footer">
            <div data-testid="toolBar" className="toolbar">
              <input data-testid="fileInput" type="file" accept="image/*,video/*" multiple aria-label={WORDS.media}
                onChange={(e) => { const files = mediaFromFiles(e.target.files); setMedia((cur) => [...cur, ...files]); e.target.value = ""; }} />
            </div>
            <button type="button" data-testid="tweetButton" disabled={!box.canSend} onClick={box.send}>
              {mode === "reply" ? WORDS.reply : WORDS.post}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function Deck() {
  const [posts, setPosts] = useState(SEED);
  const [compose, setCompose] = useState(null); // {mode, target}
  const [video] = useState(() => URL.createObjectURL(new Blob([new Uint8Array(64)], { type: "video/mp4" })));
  const done = (post) => {
    if (post) setPosts((cur) => [{ id: String(cur.length + 10), ...post }, ...cur]);
    setCompose(null);
  };
  return (
    <div className="deck-app">
      <nav role="navigation" className="rail">
        <button type="button" data-testid="SideNav_NewTweet_Button" aria-label={WORDS.post} onClick={() => setCompose({ mode: "post" })}>✎</button>
      </nav>
      <main role="main" className="deck">
        {[WORDS.home, WORDS.mentions].map((title, i) => (
          <section key={title} data-testid="column" role="region" aria-label={title} className="column">
            <h2>{title}</h2>
            {posts.map((t) => (
              <Tweet key={t.id} tweet={t} video={i === 0 && t.id === "1" ? video : null}
                onReply={(target) => setCompose({ mode: "reply", target })} onQuote={(target) => setCompose({ mode: "quote", target })} />
            ))}
          </section>
        ))}
      </main>
      {compose && <Composer key={`${compose.mode}-${compose.target?.id}`} mode={compose.mode} target={compose.target} onDone={done} />}
    </div>
  );
}

ReactDOM.render(<Deck />, document.getElementById("react-root"));
