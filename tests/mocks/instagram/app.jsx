// Mock of www.instagram.com for Policy Guard's browser tests: React 17 page chrome, the real
// Lexical editor for the caption and Direct message boxes, a plain textarea for comments
// (as on Instagram), client-side routing with history.pushState/popstate.
import React, { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import ReactDOM from "react-dom";
import { Svg, Wordmark } from "./icons";
import { LexicalField, clearEditor, editorText } from "./LexicalField";
import { recordPost, registerEditor, setNavigate } from "./hook";
import "./styles.css";

const meta = (name, fallback) => {
  const value = document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") || "";
  return value && !value.startsWith("{{") ? value : fallback;
};
const ME = { handle: meta("mock-handle", "mockuser"), name: meta("mock-name", "Mock User") };
// The interface language (the page's `lang`, set by the test server). English shows the caption's
// label with "..." or, as Instagram also does, with "…" (U+2026; here for `en-GB`). Polish, where
// Instagram's own words were seen (ACSiskin/HRP---Homeostatic-Regulation-Protocol,
// src/engine/actor/publisher.ts, commit e83040b, a publishing script for Polish Instagram): the nav's
// "Nowy post" and "Utwórz", "Dalej", the caption's `aria-label="Napisz podpis..."` and "Udostępnij";
// the rest of Polish, and all of Welsh (no Welsh Instagram was seen), are the mock's own translations,
// for tests that every composer is found whatever the words.
const LANG = document.documentElement.lang.startsWith("{{") ? "en" : document.documentElement.lang;
const EN = { newPost: "New post", createNav: "Create", create: "Create new post", caption: "Write a caption...", comment: "Add a comment…", message: "Message",
  share: "Share", post: "Post", send: "Send", next: "Next", picture: (h) => `${h}'s profile picture` };
const WORDS = {
  en: EN,
  "en-GB": { ...EN, caption: "Write a caption\u2026" },
  cy: { newPost: "Neges newydd", createNav: "Creu", create: "Creu neges newydd", caption: "Ysgrifennwch gapsiwn…", comment: "Ychwanegu sylw…", message: "Neges",
    share: "Rhannu", post: "Postio", send: "Anfon", next: "Nesaf", picture: (h) => `Llun proffil ${h}` },
  pl: { newPost: "Nowy post", createNav: "Utwórz", create: "Utwórz nowy post", caption: "Napisz podpis...", comment: "Dodaj komentarz…", message: "Wiadomość",
    share: "Udostępnij", post: "Opublikuj", send: "Wyślij", next: "Dalej", picture: (h) => `Zdjęcie profilowe użytkownika ${h}` },
}[LANG] ?? EN;
const ACCEPT = "image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime";
const ACCEPTED = ACCEPT.split(",");
const MAX_MEDIA = 10; // Instagram's carousel limit
const CAPTION_MAX = 2200;

// --- Images (data: URIs; the tests run offline) -----------------------------------------
const PALETTE = ["#f58529", "#dd2a7b", "#8134af", "#515bd4", "#2a9d8f", "#e76f51", "#264653", "#e9c46a"];
const hash = (s) => [...s].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
const svgUri = (svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
const avatarSrc = (handle) => {
  const h = hash(handle);
  const a = PALETTE[h % PALETTE.length];
  const b = PALETTE[(h >> 3) % PALETTE.length];
  const letter = (handle[0] || "?").toUpperCase();
  return svgUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="150" viewBox="0 0 150 150"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs><rect width="150" height="150" fill="url(#g)"/><text x="75" y="97" font-family="Helvetica,Arial,sans-serif" font-size="70" font-weight="600" fill="#fff" text-anchor="middle">${letter}</text></svg>`,
  );
};
const photoSrc = (seed) => {
  const h = hash(seed);
  const sky = PALETTE[h % PALETTE.length];
  const sky2 = PALETTE[(h >> 4) % PALETTE.length];
  return svgUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080" viewBox="0 0 1080 1080"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="${sky2}"/></linearGradient></defs><rect width="1080" height="1080" fill="url(#s)"/><circle cx="${300 + (h % 480)}" cy="330" r="120" fill="#ffe9a8" opacity="0.9"/><path d="M0 800 L260 520 L480 760 L700 470 L1080 860 L1080 1080 L0 1080Z" fill="#1b263b" opacity="0.75"/><path d="M0 900 L340 700 L640 920 L900 760 L1080 880 L1080 1080 L0 1080Z" fill="#0d1b2a" opacity="0.85"/></svg>`,
  );
};

// --- People and seed content ------------------------------------------------------------
const PEOPLE = {
  "jane.doe": { name: "Jane Doe", bio: "Coffee, cameras and coastlines ☕📷", posts: 48, followers: 1204, following: 311, private: true, followsMe: false },
  "sam.smith": { name: "Sam Smith", bio: "Weekend climber. Weekday coder.", posts: 12, followers: 389, following: 402, private: false, followsMe: true },
  "travel.mag": { name: "Travel Mag", bio: "Where to next? ✈️", posts: 2391, followers: 512000, following: 120, private: false, followsMe: false, verified: true },
  "coffee.corner": { name: "Coffee Corner", bio: "Small-batch roasters since 2014", posts: 610, followers: 23800, following: 88, private: false, followsMe: false },
  "alex.rivera": { name: "Alex Rivera", bio: "", posts: 5, followers: 90, following: 140, private: false, followsMe: false },
  "mia.chen": { name: "Mia Chen", bio: "Illustrator", posts: 77, followers: 2100, following: 560, private: false, followsMe: false },
};
const person = (handle) => (handle === ME.handle ? { name: ME.name, bio: "", posts: 0, followers: 0, following: 0 } : PEOPLE[handle]);

const SEED_POSTS = [
  { code: "ABC123", author: "travel.mag", location: "Lofoten, Norway", caption: "Midnight sun over the fjords. Would you go? 🌞", likes: 18342, ago: "2h", image: photoSrc("ABC123") },
  { code: "DEF456", author: "coffee.corner", location: "", caption: "New single-origin from Huila just landed. Notes of red apple and panela.", likes: 512, ago: "5h", image: photoSrc("DEF456x") },
  { code: "GHI789", author: "sam.smith", location: "Stanage Edge", caption: "Finally sent it.", likes: 64, ago: "1d", image: photoSrc("GHI789yy") },
];
const SEED_COMMENTS = {
  ABC123: [
    { user: "jane.doe", text: "Absolutely stunning 😍" },
    { user: "mia.chen", text: "Adding this to the list!" },
  ],
  DEF456: [{ user: "sam.smith", text: "Saving this for Saturday" }],
  GHI789: [],
};
const THREADS = {
  123: { with: "sam.smith", messages: [
    { from: "sam.smith", text: "Hey! Are you coming climbing on Sunday?" },
    { from: ME.handle, text: "Probably, what time?" },
    { from: "sam.smith", text: "Meet at 9 at the car park 🧗" },
  ] },
  456: { with: "mia.chen", messages: [{ from: "mia.chen", text: "Thanks for the follow!" }] },
};

const fmt = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1).replace(/\.0$/, "")}M` : n >= 1e4 ? `${(n / 1e3).toFixed(1).replace(/\.0$/, "")}K` : n.toLocaleString("en-US"));

let nextMediaId = 1;
const mediaFromFiles = (files) =>
  Array.from(files || [])
    .filter((f) => ACCEPTED.includes(f.type) || /^(image|video)\//.test(f.type))
    .map((f) => ({ id: `m${nextMediaId++}`, name: f.name, type: f.type, kind: f.type.startsWith("video/") ? "video" : "image", url: URL.createObjectURL(f) }));

// --- Routing ------------------------------------------------------------------------------
const NavContext = React.createContext(() => {});
function Link({ href, children, className, ...rest }) {
  const navigate = React.useContext(NavContext);
  return (
    <a
      href={href}
      role="link"
      tabIndex={0}
      className={className}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
      {...rest}
    >
      {children}
    </a>
  );
}

// div[role=button] as Instagram renders its text buttons (Next, Share, Post, Send…).
function DivButton({ children, onClick, disabled, className = "", label }) {
  return (
    <div
      role="button"
      tabIndex={disabled ? -1 : 0}
      aria-disabled={disabled ? "true" : undefined}
      aria-label={label}
      className={`ig-divbtn ${disabled ? "is-disabled" : ""} ${className}`}
      onClick={(e) => !disabled && onClick && onClick(e)}
      onKeyDown={(e) => {
        if (!disabled && onClick && (e.key === "Enter" || e.key === " ")) {
          e.preventDefault();
          onClick(e);
        }
      }}
    >
      {children}
    </div>
  );
}

const ProfilePic = ({ handle, size = 32, className = "" }) => (
  <img alt={WORDS.picture(handle)} className={`ig-pp ${className}`} crossOrigin="anonymous" draggable="false" src={avatarSrc(handle)} width={size} height={size} style={{ width: size, height: size }} />
);

// --- Left navigation ------------------------------------------------------------------------
function SideNav({ path, onCreate, onSearch, searchOpen }) {
  const items = [
    { href: "/", label: "Home", icon: "home", active: path === "/" },
    { href: "#", label: "Search", icon: "search", onClick: onSearch, active: searchOpen },
    { href: "/explore/", label: "Explore", icon: "explore", active: path.startsWith("/explore/") },
    { href: "/reels/", label: "Reels", icon: "reels", active: path.startsWith("/reels/") },
    { href: "/direct/inbox/", label: "Messages", svg: "Direct", icon: "direct", active: path.startsWith("/direct/") },
    { href: "/accounts/activity/", label: "Notifications", icon: "heart", active: path.startsWith("/accounts/activity/") },
  ];
  return (
    <div className="ig-sidenav" role="navigation" aria-label="Primary">
      <div className="ig-sidenav-logo">
        <Link href="/" aria-label="Instagram"><Wordmark /></Link>
      </div>
      <div className="ig-sidenav-items">
        {items.map((it) =>
          it.onClick ? (
            <a key={it.label} href={it.href} role="link" tabIndex={0} className={`ig-navitem ${it.active ? "active" : ""}`}
              onClick={(e) => { e.preventDefault(); it.onClick(); }}>
              <Svg name={it.icon} label={it.svg || it.label} />
              <span className="ig-navtext">{it.label}</span>
            </a>
          ) : (
            <Link key={it.label} href={it.href} className={`ig-navitem ${it.active ? "active" : ""}`}>
              <Svg name={it.icon} label={it.svg || it.label} />
              <span className="ig-navtext">{it.label}</span>
            </Link>
          ),
        )}
        <a href="#" role="link" tabIndex={0} className="ig-navitem" onClick={(e) => { e.preventDefault(); onCreate(); }}>
          <Svg name="newPost" label={WORDS.newPost} />
          <span className="ig-navtext">{WORDS.createNav}</span>
        </a>
        <Link href={`/${ME.handle}/`} className={`ig-navitem ${path === `/${ME.handle}/` ? "active" : ""}`}>
          <ProfilePic handle={ME.handle} size={24} />
          <span className="ig-navtext">Profile</span>
        </Link>
      </div>
      <div className="ig-sidenav-bottom">
        <a href="#" role="link" tabIndex={0} className="ig-navitem" onClick={(e) => e.preventDefault()}>
          <Svg name="menu" label="Settings" />
          <span className="ig-navtext">More</span>
        </a>
      </div>
    </div>
  );
}

function SearchDrawer({ onClose }) {
  const [q, setQ] = useState("");
  const results = Object.keys(PEOPLE).filter((h) => q && (h.includes(q.toLowerCase()) || PEOPLE[h].name.toLowerCase().includes(q.toLowerCase())));
  return (
    <div className="ig-drawer" role="dialog" aria-label="Search">
      <h2 className="ig-drawer-title">Search</h2>
      <input aria-label="Search input" placeholder="Search" type="text" value={q} onChange={(e) => setQ(e.target.value)} className="ig-search-input" autoFocus />
      <div className="ig-drawer-results">
        {!q && <div className="ig-muted ig-pad">Recent<br /><br />No recent searches.</div>}
        {results.map((h) => (
          <Link key={h} href={`/${h}/`} className="ig-row" onClick={onClose}>
            <ProfilePic handle={h} size={44} />
            <div><div className="ig-bold">{h}</div><div className="ig-muted">{PEOPLE[h].name}</div></div>
          </Link>
        ))}
      </div>
    </div>
  );
}

// --- Comment box: a plain textarea, as on Instagram -------------------------------------------
function CommentBox({ code, onComment }) {
  const id = `comment-${code}`;
  const [value, setValue] = useState("");
  const [gen, setGen] = useState(0);
  const latest = useRef(value);
  const ta = useRef(null);
  const canPost = (text) => text.trim().length > 0;

  useLayoutEffect(
    () =>
      registerEditor(id, {
        label: WORDS.comment,
        element: () => ta.current,
        getText: () => latest.current,
        getSelection: () => {
          const el = ta.current;
          if (!el) return null;
          const backward = el.selectionDirection === "backward";
          return { start: el.selectionStart, end: el.selectionEnd, anchorOffset: backward ? el.selectionEnd : el.selectionStart,
            focusOffset: backward ? el.selectionStart : el.selectionEnd, isCollapsed: el.selectionStart === el.selectionEnd,
            isBackward: backward, hasFocus: document.activeElement === el };
        },
        postEnabled: () => canPost(latest.current),
        remount: () => setGen((g) => g + 1),
      }),
    [id],
  );

  const submit = () => {
    const text = latest.current;
    if (!canPost(text)) return;
    onComment(code, text);
    latest.current = "";
    setValue("");
  };

  return (
    <section className="ig-comment-section">
      <form className="ig-comment-form" method="POST" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <textarea
          key={gen}
          ref={ta}
          aria-label={WORDS.comment}
          placeholder={WORDS.comment}
          autoComplete="off"
          autoCorrect="off"
          className="ig-comment-textarea"
          value={value}
          rows={1}
          onChange={(e) => { latest.current = e.target.value; setValue(e.target.value); }}
          onKeyDown={(e) => {
            // Enter posts the comment on instagram.com; Shift+Enter starts a new line.
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) { e.preventDefault(); submit(); }
          }}
        />
        <DivButton disabled={!canPost(value)} onClick={submit} className="ig-blue-text">{WORDS.post}</DivButton>
      </form>
    </section>
  );
}

const Caption = ({ user, text }) => (
  <div className="ig-caption"><Link href={`/${user}/`} className="ig-bold ig-userlink">{user}</Link>{" "}<span className="ig-pre">{text}</span></div>
);

function FeedPost({ post, comments, onComment }) {
  const [liked, setLiked] = useState(false);
  return (
    <article className="ig-post" role="presentation">
      <div className="ig-post-header">
        <Link href={`/${post.author}/`}><ProfilePic handle={post.author} size={32} /></Link>
        <div className="ig-post-who">
          <div><Link href={`/${post.author}/`} className="ig-bold ig-userlink">{post.author}</Link><span className="ig-muted"> • {post.ago}</span></div>
          {post.location && <div className="ig-small">{post.location}</div>}
        </div>
        <div role="button" tabIndex={0} className="ig-iconbtn"><Svg name="more" label="More options" /></div>
      </div>
      <div className="ig-post-media">
        {post.media && post.media.length ? (
          post.media[0].kind === "video" ? <video src={post.media[0].url} muted playsInline /> : <img alt={`Photo by ${ME.name} on ${post.ago}.`} src={post.media[0].url} />
        ) : (
          <img alt={`Photo by ${person(post.author)?.name || post.author}${post.location ? ` in ${post.location}` : ""}.`} src={post.image} />
        )}
      </div>
      <section className="ig-post-actions">
        <span role="button" tabIndex={0} className={`ig-iconbtn ${liked ? "liked" : ""}`} onClick={() => setLiked(!liked)}><Svg name="heart" label={liked ? "Unlike" : "Like"} /></span>
        <Link href={`/p/${post.code}/`} className="ig-iconbtn"><Svg name="comment" label="Comment" /></Link>
        <span role="button" tabIndex={0} className="ig-iconbtn"><Svg name="direct" label="Share Post" /></span>
        <span className="ig-spacer" />
        <span role="button" tabIndex={0} className="ig-iconbtn"><Svg name="save" label="Save" /></span>
      </section>
      <div className="ig-bold ig-likes">{fmt(post.likes + (liked ? 1 : 0))} likes</div>
      {post.caption && <Caption user={post.author} text={post.caption} />}
      {comments.length > 0 && (
        <Link href={`/p/${post.code}/`} className="ig-muted ig-viewall">View all {comments.length} comments</Link>
      )}
      {comments.slice(-2).map((c, i) => <Caption key={i} user={c.user} text={c.text} />)}
      <CommentBox code={post.code} onComment={onComment} />
    </article>
  );
}

function Home({ posts, comments, onComment }) {
  return (
    <div className="ig-home">
      <div className="ig-feed">
        <div className="ig-stories" role="menu">
          {["jane.doe", "sam.smith", "travel.mag", "coffee.corner", "mia.chen", "alex.rivera"].map((h) => (
            <Link key={h} href={`/${h}/`} className="ig-story">
              <span className="ig-story-ring"><ProfilePic handle={h} size={56} /></span>
              <span className="ig-story-name">{h}</span>
            </Link>
          ))}
        </div>
        {posts.map((p) => <FeedPost key={p.code} post={p} comments={comments[p.code] || []} onComment={onComment} />)}
      </div>
      <aside className="ig-rightcol">
        <div className="ig-row">
          <Link href={`/${ME.handle}/`}><ProfilePic handle={ME.handle} size={44} /></Link>
          <div className="ig-grow"><Link href={`/${ME.handle}/`} className="ig-bold ig-userlink">{ME.handle}</Link><div className="ig-muted">{ME.name}</div></div>
          <span className="ig-blue-text ig-small">Switch</span>
        </div>
        <div className="ig-row ig-suggest-title"><span className="ig-muted ig-bold">Suggested for you</span><span className="ig-grow" /><span className="ig-small ig-bold">See all</span></div>
        {["jane.doe", "mia.chen", "alex.rivera"].map((h) => (
          <div key={h} className="ig-row">
            <Link href={`/${h}/`}><ProfilePic handle={h} size={44} /></Link>
            <div className="ig-grow"><Link href={`/${h}/`} className="ig-bold ig-userlink">{h}</Link><div className="ig-muted ig-small">Suggested for you</div></div>
            <span className="ig-blue-text ig-small">Follow</span>
          </div>
        ))}
        <div className="ig-footer-links ig-muted">About · Help · Press · API · Jobs · Privacy · Terms<br /><br />© 2025 INSTAGRAM FROM META</div>
      </aside>
    </div>
  );
}

function PostPage({ post, comments, onComment }) {
  if (!post) return <NotFound />;
  return (
    <div className="ig-postpage">
      <article className="ig-postpage-card" role="presentation">
        <div className="ig-postpage-media">
          {post.media && post.media.length ? <img alt="" src={post.media[0].url} /> : <img alt={`Photo by ${person(post.author)?.name || post.author}.`} src={post.image} />}
        </div>
        <div className="ig-postpage-side">
          <div className="ig-post-header">
            <ProfilePic handle={post.author} size={32} />
            <div className="ig-post-who"><Link href={`/${post.author}/`} className="ig-bold ig-userlink">{post.author}</Link>{post.location && <div className="ig-small">{post.location}</div>}</div>
            <div role="button" tabIndex={0} className="ig-iconbtn"><Svg name="more" label="More options" /></div>
          </div>
          <div className="ig-postpage-comments">
            {post.caption && (
              <div className="ig-row ig-top"><ProfilePic handle={post.author} size={32} /><Caption user={post.author} text={post.caption} /></div>
            )}
            {comments.map((c, i) => (
              <div key={i} className="ig-row ig-top" data-mock-comment=""><ProfilePic handle={c.user} size={32} /><Caption user={c.user} text={c.text} /></div>
            ))}
          </div>
          <section className="ig-post-actions">
            <span role="button" tabIndex={0} className="ig-iconbtn"><Svg name="heart" label="Like" /></span>
            <span role="button" tabIndex={0} className="ig-iconbtn"><Svg name="comment" label="Comment" /></span>
            <span role="button" tabIndex={0} className="ig-iconbtn"><Svg name="direct" label="Share Post" /></span>
            <span className="ig-spacer" />
            <span role="button" tabIndex={0} className="ig-iconbtn"><Svg name="save" label="Save" /></span>
          </section>
          <div className="ig-bold ig-likes">{fmt(post.likes)} likes</div>
          <div className="ig-muted ig-small ig-pad-x">{post.ago === "now" ? "Just now" : `${post.ago} ago`}</div>
          <CommentBox code={post.code} onComment={onComment} />
        </div>
      </article>
    </div>
  );
}

// --- Direct -------------------------------------------------------------------------------
function Inbox({ threads, active, children }) {
  return (
    <div className="ig-direct">
      <div className="ig-direct-list">
        <div className="ig-direct-me"><span className="ig-bold ig-big">{ME.handle}</span></div>
        <div className="ig-direct-tabs"><span className="ig-bold">Messages</span><span className="ig-muted">Requests</span></div>
        {Object.entries(threads).map(([id, t]) => (
          <Link key={id} href={`/direct/t/${id}/`} className={`ig-row ig-thread-row ${active === id ? "active" : ""}`}>
            <ProfilePic handle={t.with} size={56} />
            <div className="ig-grow"><div>{PEOPLE[t.with].name}</div><div className="ig-muted ig-small ig-ellipsis">{t.messages[t.messages.length - 1]?.text}</div></div>
          </Link>
        ))}
      </div>
      <div className="ig-direct-main">{children}</div>
    </div>
  );
}

function Thread({ id, thread, onSend }) {
  const editorRef = useRef(null);
  const [text, setText] = useState("");
  const [media, setMedia] = useState([]);
  const mediaRef = useRef(media);
  mediaRef.current = media;
  const fileRef = useRef(null);
  const canSend = (t) => t.trim().length > 0 || mediaRef.current.length > 0;
  const listRef = useRef(null);
  useEffect(() => { if (listRef.current) listRef.current.scrollTop = listRef.current.scrollHeight; }, [thread.messages.length]);

  const send = () => {
    const t = editorText(editorRef.current);
    if (!canSend(t)) return;
    onSend(id, t, mediaRef.current);
    clearEditor(editorRef.current);
    mediaRef.current = [];
    setMedia([]);
  };
  const removeMedia = (mid) => setMedia((cur) => cur.filter((m) => m.id !== mid));

  if (!thread) return <NotFound />;
  const other = PEOPLE[thread.with];
  return (
    <div className="ig-thread" role="main">
      <div className="ig-thread-header">
        <ProfilePic handle={thread.with} size={44} />
        <div className="ig-grow"><div className="ig-bold">{other.name}</div><div className="ig-muted ig-small">{thread.with}</div></div>
        <span className="ig-iconbtn"><Svg name="info" label="Conversation information" /></span>
      </div>
      <div className="ig-thread-messages" ref={listRef} role="grid" aria-label={`Messages in conversation with ${other.name}`}>
        {thread.messages.map((m, i) => (
          <div key={i} role="row" className={`ig-msg ${m.from === ME.handle ? "mine" : ""}`}>
            {m.media && m.media.map((x) => <img key={x.id} alt="" src={x.url} className="ig-msg-img" />)}
            {m.text && <div className="ig-bubble ig-pre" dir="auto">{m.text}</div>}
          </div>
        ))}
      </div>
      <div className="ig-thread-composer">
        {media.length > 0 && (
          <div className="ig-dm-attachments">
            {media.map((m) => (
              <div key={m.id} className="ig-dm-attachment">
                {m.kind === "video" ? <video src={m.url} muted /> : <img alt="" src={m.url} />}
                <div role="button" tabIndex={0} aria-label="Remove attachment" className="ig-dm-remove" onClick={() => removeMedia(m.id)}><Svg name="close" label="Remove" size={10} /></div>
              </div>
            ))}
          </div>
        )}
        <div className="ig-composer-pill">
          <span className="ig-iconbtn"><Svg name="emoji" label="Choose an emoji" /></span>
          <LexicalField
            id="message"
            label={WORDS.message}
            placeholder="Message..."
            className="ig-dm-editor"
            editorRef={editorRef}
            canPost={canSend}
            onText={setText}
            onEnter={send}
            extraAttrs={{ "aria-describedby": "Message" }}
          />
          <div role="button" tabIndex={0} className="ig-iconbtn" onClick={() => fileRef.current && fileRef.current.click()}>
            <Svg name="photo" label="Add Photo or Video" />
          </div>
          <input ref={fileRef} type="file" multiple accept="audio/*,video/mp4,video/quicktime,video/webm,image/jpeg,image/png,image/gif" className="ig-hidden-input"
            onChange={(e) => { const m = mediaFromFiles(e.target.files); if (m.length) setMedia((cur) => [...cur, ...m]); e.target.value = ""; }} />
          <DivButton disabled={!(text.trim() || media.length)} onClick={send} className="ig-blue-text ig-send">{WORDS.send}</DivButton>
        </div>
      </div>
    </div>
  );
}

// --- Profiles, requests, signup ------------------------------------------------------------
function Profile({ handle, follow, setFollow, posts }) {
  const p = person(handle);
  if (!p) return <NotFound />;
  const mine = handle === ME.handle;
  const state = follow[handle] || (p.followsMe ? "follow_back" : "follow");
  const label = { follow: "Follow", follow_back: "Follow Back", requested: "Requested", following: "Following" }[state];
  const click = () => {
    if (state === "follow") setFollow(handle, p.private ? "requested" : "following");
    else if (state === "follow_back") setFollow(handle, "following");
    else setFollow(handle, p.followsMe ? "follow_back" : "follow");
  };
  const own = posts.filter((x) => x.author === handle);
  const showGrid = !p.private || mine || state === "following";
  return (
    <div className="ig-profile">
      <header className="ig-profile-header">
        <div className="ig-profile-pic"><ProfilePic handle={handle} size={150} /></div>
        <section className="ig-profile-info">
          <div className="ig-row">
            <h2 className="ig-profile-handle">{handle}</h2>
            {mine ? (
              <>
                <Link href="/accounts/edit/" className="ig-btn ig-btn-grey">Edit profile</Link>
                <span className="ig-btn ig-btn-grey">View archive</span>
              </>
            ) : (
              <>
                <button type="button" className={`ig-btn ${state === "follow" || state === "follow_back" ? "ig-btn-blue" : "ig-btn-grey"}`} onClick={click}>
                  <div className="ig-btn-inner">{label}</div>
                </button>
                <button type="button" className="ig-btn ig-btn-grey">Message</button>
              </>
            )}
          </div>
          <ul className="ig-profile-stats">
            <li><span className="ig-bold">{fmt(p.posts + own.length)}</span> posts</li>
            <li><span className="ig-bold">{fmt(p.followers + (state === "following" ? 1 : 0))}</span> followers</li>
            <li><span className="ig-bold">{fmt(p.following)}</span> following</li>
          </ul>
          <div><span className="ig-bold">{p.name}</span></div>
          {p.bio && <div className="ig-pre">{p.bio}</div>}
          {p.followsMe && <div className="ig-muted ig-small">Follows you</div>}
        </section>
      </header>
      <div className="ig-profile-tabs"><span className="active">POSTS</span><span>REELS</span><span>TAGGED</span></div>
      {showGrid ? (
        <div className="ig-grid">
          {own.map((x) => (
            <Link key={x.code} href={`/p/${x.code}/`} className="ig-grid-cell"><img alt="" src={x.media && x.media.length ? x.media[0].url : x.image} /></Link>
          ))}
          {!mine && Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="ig-grid-cell"><img alt="" src={photoSrc(`${handle}-${i}`)} /></div>
          ))}
          {mine && own.length === 0 && <div className="ig-empty"><h2>Share photos</h2><div>When you share photos, they will appear on your profile.</div></div>}
        </div>
      ) : (
        <div className="ig-private">
          <Svg name="lock" label="Private account" size={48} />
          <h2>This account is private</h2>
          <div className="ig-muted">Follow to see their photos and videos.</div>
        </div>
      )}
    </div>
  );
}

function Activity({ followRequests, requests, setRequests }) {
  if (followRequests) {
    return (
      <div className="ig-activity">
        <div className="ig-activity-header">
          <Link href="/accounts/activity/" className="ig-iconbtn" aria-label="Back"><Svg name="back" label="Back" /></Link>
          <h1 className="ig-activity-title">Follow requests</h1>
        </div>
        {requests.length === 0 && <div className="ig-muted ig-pad">No pending requests.</div>}
        {requests.map((r) => (
          <div key={r.handle} className="ig-row ig-request" data-mock-request={r.handle}>
            <Link href={`/${r.handle}/`}><ProfilePic handle={r.handle} size={44} /></Link>
            <div className="ig-grow"><Link href={`/${r.handle}/`} className="ig-bold ig-userlink">{r.handle}</Link><div className="ig-muted">{PEOPLE[r.handle].name}</div></div>
            {r.state === "pending" ? (
              <>
                <button type="button" className="ig-btn ig-btn-blue" onClick={() => setRequests(r.handle, "confirmed")}>Confirm</button>
                <button type="button" className="ig-btn ig-btn-grey" onClick={() => setRequests(r.handle, "deleted")}>Delete</button>
              </>
            ) : (
              <button type="button" className="ig-btn ig-btn-blue">Follow</button>
            )}
          </div>
        ))}
      </div>
    );
  }
  const pending = requests.filter((r) => r.state === "pending");
  return (
    <div className="ig-activity">
      <h1 className="ig-activity-title">Notifications</h1>
      <Link href="/accounts/activity/?followRequests=1" className="ig-row ig-request">
        <ProfilePic handle={pending[0]?.handle || "alex.rivera"} size={44} />
        <div className="ig-grow"><div className="ig-bold">Follow requests</div><div className="ig-muted">{pending.map((r) => r.handle).join(" + ") || "No requests"}</div></div>
      </Link>
      <div className="ig-row"><ProfilePic handle="sam.smith" size={44} /><div className="ig-grow"><span className="ig-bold">sam.smith</span> started following you. <span className="ig-muted">1d</span></div></div>
      <div className="ig-row"><ProfilePic handle="jane.doe" size={44} /><div className="ig-grow"><span className="ig-bold">jane.doe</span> liked your photo. <span className="ig-muted">3d</span></div></div>
    </div>
  );
}

function SignupField({ id, label, type = "text", value, onChange, canPost }) {
  const ref = useRef(null);
  const latest = useRef(value);
  latest.current = value;
  const [gen, setGen] = useState(0);
  useLayoutEffect(() => {
    if (type === "password") return undefined; // never exposed through the hook
    return registerEditor(id, {
      label,
      element: () => ref.current,
      getText: () => latest.current,
      getSelection: () => (ref.current ? { start: ref.current.selectionStart, end: ref.current.selectionEnd, hasFocus: document.activeElement === ref.current } : null),
      postEnabled: () => canPost(),
      remount: () => setGen((g) => g + 1),
    });
  }, [id]);
  return (
    <div className="ig-signup-field">
      <label className="ig-signup-label">
        <span className={`ig-signup-ph ${value ? "small" : ""}`}>{label}</span>
        <input key={gen} ref={ref} aria-label={label} aria-required="true" autoCapitalize="off" autoCorrect="off" maxLength={type === "password" ? undefined : 75}
          name={id} type={type} value={value} onChange={(e) => { latest.current = e.target.value; onChange(e.target.value); }} className="ig-signup-input" />
      </label>
    </div>
  );
}

function Signup({ onSignup }) {
  const [f, setF] = useState({ email: "", fullName: "", username: "", password: "" });
  const fRef = useRef(f);
  fRef.current = f;
  const set = (k) => (v) => { fRef.current = { ...fRef.current, [k]: v }; setF(fRef.current); };
  const ok = () => { const x = fRef.current; return !!(x.email.trim() && x.fullName.trim() && x.username.trim() && x.password.length >= 6); };
  const [done, setDone] = useState(false);
  const submit = (e) => {
    e.preventDefault();
    if (!ok()) return;
    onSignup(fRef.current);
    setDone(true);
  };
  return (
    <div className="ig-signup">
      <div className="ig-signup-box">
        <div className="ig-signup-logo"><Wordmark /></div>
        {done ? (
          <h2 className="ig-signup-tag">Confirmation code sent to {f.email}</h2>
        ) : (
          <form method="post" onSubmit={submit}>
            <h2 className="ig-signup-tag">Sign up to see photos and videos from your friends.</h2>
            <div className="ig-or"><span>OR</span></div>
            <SignupField id="signup-email" label="Mobile Number or Email" value={f.email} onChange={set("email")} canPost={ok} />
            <SignupField id="signup-password" label="Password" type="password" value={f.password} onChange={set("password")} canPost={ok} />
            <SignupField id="signup-fullname" label="Full Name" value={f.fullName} onChange={set("fullName")} canPost={ok} />
            <SignupField id="signup-username" label="Username" value={f.username} onChange={set("username")} canPost={ok} />
            <p className="ig-muted ig-small ig-center">People who use our service may have uploaded your contact information to Instagram.</p>
            <button type="submit" className="ig-btn ig-btn-blue ig-wide" disabled={!ok()}>Sign up</button>
          </form>
        )}
      </div>
      <div className="ig-signup-box ig-center">Have an account? <Link href="/accounts/login/" className="ig-blue-text">Log in</Link></div>
    </div>
  );
}

function NotFound() {
  return (
    <div className="ig-notfound">
      <h2>Sorry, this page isn't available.</h2>
      <p>The link you followed may be broken, or the page may have been removed. <Link href="/" className="ig-blue-text">Go back to Instagram.</Link></p>
    </div>
  );
}

// --- Create new post dialog -------------------------------------------------------------------
function DiscardDialog({ onDiscard, onCancel }) {
  return (
    <div className="ig-overlay ig-overlay-top" onClick={onCancel}>
      <div role="dialog" aria-label="Discard post?" aria-modal="true" className="ig-discard" onClick={(e) => e.stopPropagation()}>
        <div className="ig-discard-text">
          <h3>Discard post?</h3>
          <div className="ig-muted">If you leave, your edits won't be saved.</div>
        </div>
        <button type="button" className="ig-discard-btn ig-red" onClick={onDiscard}>Discard</button>
        <button type="button" className="ig-discard-btn" onClick={onCancel}>Cancel</button>
      </div>
    </div>
  );
}

function MediaView({ media, index, setIndex }) {
  const m = media[Math.min(index, media.length - 1)];
  if (!m) return null;
  return (
    <div className="ig-create-media">
      {m.kind === "video" ? <video src={m.url} muted playsInline /> : <img alt="" src={m.url} />}
      {index > 0 && <div role="button" tabIndex={0} aria-label="Go back" className="ig-carousel-btn left" onClick={() => setIndex(index - 1)}><Svg name="chevronLeft" label="Left chevron" size={16} /></div>}
      {index < media.length - 1 && <div role="button" tabIndex={0} aria-label="Next" className="ig-carousel-btn right" onClick={() => setIndex(index + 1)}><Svg name="chevronRight" label="Right chevron" size={16} /></div>}
      {media.length > 1 && <div className="ig-dots">{media.map((x, i) => <span key={x.id} className={i === index ? "on" : ""} />)}</div>}
    </div>
  );
}

function CreateDialog({ onClose, onShare }) {
  const [step, setStep] = useState("select"); // select | crop | edit | caption
  const [media, setMedia] = useState([]);
  const mediaRef = useRef(media);
  mediaRef.current = media;
  const [index, setIndex] = useState(0);
  const [error, setError] = useState("");
  const [confirm, setConfirm] = useState(null); // "close" | "back"
  const [gallery, setGallery] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [captionLen, setCaptionLen] = useState(0);
  const fileRef = useRef(null);
  const editorRef = useRef(null);
  const captionJSON = useRef(null);

  const add = (files) => {
    const list = Array.from(files || []);
    const added = mediaFromFiles(list.filter((f) => ACCEPTED.includes(f.type)));
    if (!added.length) {
      if (list.length) setError("This file is not supported");
      return;
    }
    setError("");
    const next = [...mediaRef.current, ...added].slice(0, MAX_MEDIA);
    mediaRef.current = next;
    setMedia(next);
    if (step === "select") setStep("crop");
  };
  const remove = (id) => {
    const next = mediaRef.current.filter((m) => m.id !== id);
    mediaRef.current = next;
    setMedia(next);
    setIndex((i) => Math.max(0, Math.min(i, next.length - 1)));
    if (!next.length) { setStep("select"); setGallery(false); }
  };
  const reset = () => {
    mediaRef.current = [];
    setMedia([]);
    captionJSON.current = null;
    setStep("select");
  };
  const share = () => {
    if (!mediaRef.current.length) return;
    const text = editorText(editorRef.current);
    onShare(text, mediaRef.current);
    onClose();
  };
  const canShare = () => mediaRef.current.length > 0;

  const close = () => (mediaRef.current.length ? setConfirm("close") : onClose());
  const back = () => {
    if (step === "crop") setConfirm("back");
    else if (step === "edit") setStep("crop");
    else if (step === "caption") setStep("edit");
  };
  const next = () => setStep(step === "crop" ? "edit" : "caption");

  const title = { select: "Create new post", crop: "Crop", edit: "Edit", caption: "Create new post" }[step];
  const dropProps = {
    onDragOver: (e) => { e.preventDefault(); setDragging(true); },
    onDragEnter: (e) => { e.preventDefault(); setDragging(true); },
    onDragLeave: () => setDragging(false),
    onDrop: (e) => { e.preventDefault(); setDragging(false); add(e.dataTransfer && e.dataTransfer.files); },
  };

  return (
    <div className="ig-overlay" onClick={(e) => e.target === e.currentTarget && close()}>
      <div className="ig-overlay-close" role="button" tabIndex={0} onClick={close}>
        <Svg name="close" label="Close" size={18} />
      </div>
      <div role="dialog" aria-label={WORDS.create} aria-modal="true" className={`ig-create ${step === "edit" || step === "caption" ? "wide" : ""} ${dragging ? "dragging" : ""}`} {...dropProps}>
        <div className="ig-create-header">
          {step !== "select" ? <div role="button" tabIndex={0} className="ig-iconbtn" onClick={back}><Svg name="back" label="Back" /></div> : <span className="ig-create-hside" />}
          <h1 className="ig-create-title">{title}</h1>
          {step === "select" && <span className="ig-create-hside" />}
          {(step === "crop" || step === "edit") && <DivButton onClick={next} className="ig-blue-text ig-create-hside">{WORDS.next}</DivButton>}
          {step === "caption" && (
            <a href="#" role="link" tabIndex={0} aria-disabled={media.length ? undefined : "true"} className="ig-divbtn ig-blue-text ig-create-hside"
              onClick={(e) => { e.preventDefault(); if (media.length) share(); }}>{WORDS.share}</a>
          )}
        </div>
        <div className="ig-create-body">
          {step === "select" && (
            <div className="ig-create-select">
              <Svg name="media" label="Icon to represent media such as images or videos" size={96} />
              <div className="ig-create-drag">{error || "Drag photos and videos here"}</div>
              <button type="button" className="ig-btn ig-btn-blue" onClick={() => fileRef.current && fileRef.current.click()}>Select from computer</button>
            </div>
          )}
          {step === "crop" && (
            <div className="ig-create-crop">
              <MediaView media={media} index={index} setIndex={setIndex} />
              <div className="ig-crop-tools">
                <span className="ig-roundbtn"><Svg name="crop" label="Select crop" size={16} /></span>
                <span className="ig-roundbtn"><Svg name="zoom" label="Select zoom" size={16} /></span>
                <span className="ig-grow" />
                <div role="button" tabIndex={0} className="ig-roundbtn" onClick={() => setGallery(!gallery)}><Svg name="gallery" label="Open media gallery" size={16} /></div>
              </div>
              {gallery && (
                <div className="ig-gallery">
                  {media.map((m, i) => (
                    <div key={m.id} className={`ig-gallery-item ${i === index ? "on" : ""}`} onClick={() => setIndex(i)}>
                      {m.kind === "video" ? <video src={m.url} muted /> : <img alt={m.name} src={m.url} />}
                      <div role="button" tabIndex={0} aria-label="Delete" className="ig-gallery-del" onClick={(e) => { e.stopPropagation(); remove(m.id); }}>
                        <Svg name="close" label="Delete" size={10} />
                      </div>
                    </div>
                  ))}
                  {media.length < MAX_MEDIA && (
                    <div role="button" tabIndex={0} className="ig-gallery-add" onClick={() => fileRef.current && fileRef.current.click()}><Svg name="plus" label="Plus icon" size={22} /></div>
                  )}
                </div>
              )}
            </div>
          )}
          {step === "edit" && (
            <div className="ig-create-split">
              <MediaView media={media} index={index} setIndex={setIndex} />
              <div className="ig-create-side">
                <div className="ig-tabs2"><span className="active">Filters</span><span>Adjustments</span></div>
                <div className="ig-filters">
                  {["Original", "Aden", "Clarendon", "Crema", "Gingham", "Juno", "Lark", "Ludwig", "Moon"].map((f, i) => (
                    <div key={f} className={`ig-filter ${i === 0 ? "on" : ""}`}><div className={`ig-filter-swatch f${i}`} /><span>{f}</span></div>
                  ))}
                </div>
              </div>
            </div>
          )}
          {step === "caption" && (
            <div className="ig-create-split">
              <MediaView media={media} index={index} setIndex={setIndex} />
              <div className="ig-create-side">
                <div className="ig-row">
                  <ProfilePic handle={ME.handle} size={28} />
                  <span className="ig-bold">{ME.handle}</span>
                </div>
                <div className="ig-caption-box">
                  <LexicalField
                    id="caption"
                    label={WORDS.caption}
                    placeholder={WORDS.caption}
                    className="ig-caption-editor"
                    editorRef={editorRef}
                    canPost={canShare}
                    initialJSON={captionJSON.current}
                    onSave={(json) => { captionJSON.current = json; }}
                    onText={(t) => setCaptionLen([...t].length)}
                  />
                </div>
                <div className="ig-row ig-caption-meta">
                  <span className="ig-iconbtn"><Svg name="emoji" label="Emoji" size={20} /></span>
                  <span className="ig-grow" />
                  <span className="ig-muted ig-small">{captionLen.toLocaleString("en-US")}/{CAPTION_MAX.toLocaleString("en-US")}</span>
                </div>
                <div className="ig-option"><span>Add location</span><Svg name="location" label="Add location" size={16} /></div>
                <div className="ig-option"><span>Add collaborators</span></div>
                <div className="ig-option"><span>Accessibility</span></div>
                <div className="ig-option"><span>Advanced settings</span></div>
              </div>
            </div>
          )}
        </div>
        <form encType="multipart/form-data" method="POST" role="presentation" className="ig-hidden-form">
          <input ref={fileRef} accept={ACCEPT} className="_ac69" multiple type="file"
            onChange={(e) => { add(e.target.files); e.target.value = ""; }} />
        </form>
      </div>
      {confirm && (
        <DiscardDialog
          onCancel={() => setConfirm(null)}
          onDiscard={() => {
            setConfirm(null);
            if (confirm === "close") onClose();
            else reset();
          }}
        />
      )}
    </div>
  );
}

// --- App ----------------------------------------------------------------------------------------
const readLocation = () => ({ path: location.pathname, search: location.search });

function App() {
  const [loc, setLoc] = useState(readLocation);
  const [posts, setPosts] = useState(SEED_POSTS);
  const [comments, setComments] = useState(SEED_COMMENTS);
  const [threads, setThreads] = useState(THREADS);
  const [follow, setFollowState] = useState({});
  const [requests, setReq] = useState([
    { handle: "alex.rivera", state: "pending" },
    { handle: "mia.chen", state: "pending" },
  ]);
  const [creating, setCreating] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);

  const navigate = useCallback((href) => {
    const url = new URL(href, location.href);
    if (url.origin !== location.origin) { location.href = url.href; return; }
    if (url.pathname + url.search !== location.pathname + location.search) history.pushState({}, "", url.pathname + url.search + url.hash);
    setSearchOpen(false);
    setLoc(readLocation());
    window.scrollTo(0, 0);
  }, []);
  useEffect(() => {
    setNavigate(navigate);
    const onPop = () => setLoc(readLocation());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [navigate]);

  const onComment = useCallback((code, text) => {
    recordPost(`comment-${code}`, text, []);
    setComments((c) => ({ ...c, [code]: [...(c[code] || []), { user: ME.handle, text }] }));
  }, []);
  const onSend = useCallback((id, text, media) => {
    recordPost("message", text, media);
    setThreads((t) => ({ ...t, [id]: { ...t[id], messages: [...t[id].messages, { from: ME.handle, text, media }] } }));
  }, []);
  const onShare = useCallback((text, media) => {
    recordPost("caption", text, media);
    const code = `M${Date.now().toString(36).toUpperCase()}`;
    setPosts((p) => [{ code, author: ME.handle, location: "", caption: text, likes: 0, ago: "now", media, image: "" }, ...p]);
    setComments((c) => ({ ...c, [code]: [] }));
  }, []);
  const setFollow = useCallback((handle, state) => setFollowState((f) => ({ ...f, [handle]: state })), []);
  const setRequests = useCallback(
    (handle, state) => setReq((rs) => (state === "deleted" ? rs.filter((r) => r.handle !== handle) : rs.map((r) => (r.handle === handle ? { ...r, state } : r)))),
    [],
  );

  const { path, search } = loc;
  const params = new URLSearchParams(search);
  let page;
  let title = "Instagram";
  let m;
  if (path === "/accounts/emailsignup/") {
    title = "Sign up • Instagram";
    page = <Signup onSignup={(f) => recordPost("signup", f.username, [])} />;
  } else if (path === "/") {
    page = <Home posts={posts} comments={comments} onComment={onComment} />;
  } else if ((m = path.match(/^\/p\/([^/]+)\/?$/))) {
    const post = posts.find((p) => p.code === m[1]);
    title = post ? `${person(post.author)?.name || post.author} on Instagram: "${post.caption}"` : title;
    page = <PostPage key={m[1]} post={post} comments={comments[m[1]] || []} onComment={onComment} />;
  } else if (path === "/direct/inbox/" || path === "/direct/") {
    title = "Inbox • Direct";
    page = (
      <Inbox threads={threads}>
        <div className="ig-direct-empty">
          <Svg name="direct" label="Direct" size={96} />
          <h2>Your messages</h2>
          <div className="ig-muted">Send a message to start a chat.</div>
          <button type="button" className="ig-btn ig-btn-blue">Send message</button>
        </div>
      </Inbox>
    );
  } else if ((m = path.match(/^\/direct\/t\/([^/]+)\/?$/))) {
    title = "Inbox • Direct";
    page = (
      <Inbox threads={threads} active={m[1]}>
        {threads[m[1]] ? <Thread key={m[1]} id={m[1]} thread={threads[m[1]]} onSend={onSend} /> : <NotFound />}
      </Inbox>
    );
  } else if (path === "/accounts/activity/") {
    const fr = params.get("followRequests") === "1";
    title = fr ? "Follow requests • Instagram" : "Notifications • Instagram";
    page = <Activity followRequests={fr} requests={requests} setRequests={setRequests} />;
  } else if (path === "/explore/" || path === "/reels/") {
    title = path === "/explore/" ? "Explore • Instagram" : "Reels • Instagram";
    page = <div className="ig-grid ig-explore">{Array.from({ length: 12 }, (_, i) => <div key={i} className="ig-grid-cell"><img alt="" src={photoSrc(`explore${i}`)} /></div>)}</div>;
  } else if ((m = path.match(/^\/([A-Za-z0-9._]+)\/?$/)) && person(m[1])) {
    const p = person(m[1]);
    title = `${p.name} (@${m[1]}) • Instagram photos and videos`;
    page = <Profile key={m[1]} handle={m[1]} follow={follow} setFollow={setFollow} posts={posts} />;
  } else {
    title = "Page not found • Instagram";
    page = <NotFound />;
  }
  useEffect(() => { document.title = title; }, [title]);

  const bare = path === "/accounts/emailsignup/";
  return (
    <NavContext.Provider value={navigate}>
      {bare ? (
        <main className="ig-bare" role="main">{page}</main>
      ) : (
        <div className={`ig-app ${path.startsWith("/direct/") || searchOpen ? "narrow-nav" : ""}`}>
          <SideNav path={path} onCreate={() => setCreating(true)} onSearch={() => setSearchOpen(!searchOpen)} searchOpen={searchOpen} />
          {searchOpen && <SearchDrawer onClose={() => setSearchOpen(false)} />}
          <main className="ig-main" role="main">{page}</main>
        </div>
      )}
      {creating && <CreateDialog onClose={() => setCreating(false)} onShare={onShare} />}
    </NavContext.Provider>
  );
}

ReactDOM.render(<App />, document.getElementById("mount_0_0_Xy"));
