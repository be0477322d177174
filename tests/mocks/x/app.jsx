// Mock of X's (Twitter's) home timeline with the inline composer, built on the
// real Draft.js editor (X's composer is Draft.js) so the extension meets the same
// contenteditable, event handling and re-rendering behaviour as on x.com.
import React, { useCallback, useEffect, useRef, useState } from "react";
import ReactDOM from "react-dom";
import { Editor, EditorState, getDefaultKeyBinding, KeyBindingUtil } from "draft-js";
// esbuild emits these next to the bundle as build/x.css (linked from home.html).
import "draft-js/dist/Draft.css";
import "./styles.css";

const meta = (name, fallback) => {
  const value = document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") || "";
  return value && !value.startsWith("{{") ? value : fallback;
};
const ACCOUNT = { handle: meta("mock-handle", "mockuser"), name: meta("mock-name", "Mock User") };
const MAX_MEDIA = 4; // X's limit per post

// --- Icons (24x24 outline glyphs in X's style) -------------------------------------------
const Icon = ({ d, size = 26 }) => (
  <svg viewBox="0 0 24 24" aria-hidden="true" width={size} height={size} className="icon">
    <g>
      <path d={d} />
    </g>
  </svg>
);
const ICON = {
  logo: "M18.244 2.25h3.308l-7.227 8.26 8.502 11.24H16.17l-5.214-6.817L4.99 21.75H1.68l7.73-8.835L1.254 2.25H8.08l4.713 6.231zm-1.161 17.52h1.833L7.084 4.126H5.117z",
  home: "M21.591 7.146L12.52 1.157c-.316-.21-.724-.21-1.04 0l-9.071 5.99c-.26.173-.409.456-.409.757v13.183c0 .502.418.913.929.913H9.14c.51 0 .929-.41.929-.913v-7.075h3.909v7.075c0 .502.417.913.928.913h6.165c.511 0 .929-.41.929-.913V7.904c0-.301-.158-.584-.408-.758z",
  explore: "M10.25 3.75c-3.59 0-6.5 2.91-6.5 6.5s2.91 6.5 6.5 6.5c1.795 0 3.419-.726 4.596-1.904 1.178-1.177 1.904-2.801 1.904-4.596 0-3.59-2.91-6.5-6.5-6.5zm-8.5 6.5c0-4.694 3.806-8.5 8.5-8.5s8.5 3.806 8.5 8.5c0 1.986-.682 3.815-1.824 5.262l4.781 4.781-1.414 1.414-4.781-4.781c-1.447 1.142-3.276 1.824-5.262 1.824-4.694 0-8.5-3.806-8.5-8.5z",
  bell: "M19.993 9.042C19.48 5.017 16.054 2 11.996 2s-7.49 3.021-7.999 7.051L2.866 18H7.1c.463 2.282 2.481 4 4.9 4s4.437-1.718 4.9-4h4.236l-1.143-8.958zM12 20c-1.306 0-2.417-.835-2.829-2h5.658c-.412 1.165-1.523 2-2.829 2zm-6.866-4l.847-6.698C6.364 6.272 8.941 4 11.996 4s5.627 2.268 6.013 5.295L18.864 16H5.134z",
  mail: "M1.998 5.5c0-1.381 1.119-2.5 2.5-2.5h15c1.381 0 2.5 1.119 2.5 2.5v13c0 1.381-1.119 2.5-2.5 2.5h-15c-1.381 0-2.5-1.119-2.5-2.5v-13zm2.5-.5c-.276 0-.5.224-.5.5v2.764l8 3.638 8-3.636V5.5c0-.276-.224-.5-.5-.5h-15zm15.5 5.463l-8 3.636-8-3.638V18.5c0 .276.224.5.5.5h15c.276 0 .5-.224.5-.5v-8.037z",
  profile: "M5.651 19h12.698c-.337-1.8-1.023-3.21-1.945-4.19C15.318 13.65 13.838 13 12 13s-3.317.65-4.404 1.81c-.922.98-1.608 2.39-1.945 4.19zm.486-5.56C7.627 11.85 9.648 11 12 11s4.373.85 5.863 2.44c1.477 1.58 2.366 3.8 2.632 6.46l.11 1.1H3.395l.11-1.1c.266-2.66 1.155-4.88 2.632-6.46zM12 4c-1.105 0-2 .9-2 2s.895 2 2 2 2-.9 2-2-.895-2-2-2zM8 6c0-2.21 1.791-4 4-4s4 1.79 4 4-1.791 4-4 4-4-1.79-4-4z",
  media: "M3 5.5C3 4.119 4.119 3 5.5 3h13C19.881 3 21 4.119 21 5.5v13c0 1.381-1.119 2.5-2.5 2.5h-13C4.119 21 3 19.881 3 18.5v-13zM5.5 5c-.276 0-.5.224-.5.5v9.086l3-3 3 3 5-5 3 3V5.5c0-.276-.224-.5-.5-.5h-13zM19 15.414l-3-3-5 5-3-3-3 3V18.5c0 .276.224.5.5.5h13c.276 0 .5-.224.5-.5v-3.086zM9.75 7C8.784 7 8 7.784 8 8.75s.784 1.75 1.75 1.75 1.75-.784 1.75-1.75S10.716 7 9.75 7z",
  gif: "M3 5.5C3 4.119 4.12 3 5.5 3h13C19.88 3 21 4.119 21 5.5v13c0 1.381-1.12 2.5-2.5 2.5h-13C4.12 21 3 19.881 3 18.5v-13zM5.5 5c-.28 0-.5.224-.5.5v13c0 .276.22.5.5.5h13c.28 0 .5-.224.5-.5v-13c0-.276-.22-.5-.5-.5h-13zM18 10.711V9.25h-3.74v5.5h1.44v-1.719h1.7V11.57h-1.7v-.859H18zM11.79 9.25h1.44v5.5h-1.44v-5.5zm-3.07 1.375c.34 0 .77.172 1.02.43l1.03-.86c-.51-.601-1.28-.945-2.05-.945C7.19 9.25 6 10.453 6 12s1.19 2.75 2.72 2.75c.85 0 1.54-.344 2.05-.945v-2.149H8.38v1.032H9.4v.515c-.17.086-.42.172-.68.172-.76 0-1.36-.602-1.36-1.375 0-.688.6-1.375 1.36-1.375z",
  poll: "M6 5c-1.1 0-2 .895-2 2s.9 2 2 2 2-.895 2-2-.9-2-2-2zM2 7c0-2.209 1.79-4 4-4s4 1.791 4 4-1.79 4-4 4-4-1.791-4-4zm20 1H12V6h10v2zM6 15c-1.1 0-2 .895-2 2s.9 2 2 2 2-.895 2-2-.9-2-2-2zm-4 2c0-2.209 1.79-4 4-4s4 1.791 4 4-1.79 4-4 4-4-1.791-4-4zm20 1H12v-2h10v2zM7 7c0 .552-.45 1-1 1s-1-.448-1-1 .45-1 1-1 1 .448 1 1z",
  emoji: "M8 9.5C8 8.119 8.672 7 9.5 7S11 8.119 11 9.5 10.328 12 9.5 12 8 10.881 8 9.5zm6.5 2.5c.828 0 1.5-1.119 1.5-2.5S15.328 7 14.5 7 13 8.119 13 9.5s.672 2.5 1.5 2.5zM12 16c-2.224 0-3.021-2.227-3.051-2.316l-1.897.633c.05.15 1.271 3.684 4.949 3.684s4.898-3.533 4.949-3.684l-1.896-.638c-.033.095-.83 2.322-3.053 2.322zm10.25-4.001c0 5.652-4.598 10.25-10.25 10.25S1.75 17.652 1.75 12 6.348 1.75 12 1.75 22.25 6.348 22.25 12zm-2 0c0-4.549-3.701-8.25-8.25-8.25S3.75 7.451 3.75 12s3.701 8.25 8.25 8.25 8.25-3.701 8.25-8.25z",
  schedule: "M6 3V2h2v1h6V2h2v1h1.5C18.88 3 20 4.119 20 5.5v2h-2v-2c0-.276-.22-.5-.5-.5H16v1h-2V5H8v1H6V5H4.5c-.28 0-.5.224-.5.5v12c0 .276.22.5.5.5h3v2h-3C3.12 20 2 18.881 2 17.5v-12C2 4.119 3.12 3 4.5 3H6zm9.5 8c-2.49 0-4.5 2.015-4.5 4.5s2.01 4.5 4.5 4.5 4.5-2.015 4.5-4.5-2.01-4.5-4.5-4.5zM9 15.5C9 11.91 11.91 9 15.5 9s6.5 2.91 6.5 6.5-2.91 6.5-6.5 6.5S9 19.09 9 15.5zm5.5-2.5h2v2.086l1.71 1.707-1.42 1.414-2.29-2.293V13z",
  location: "M12 7c-1.93 0-3.5 1.57-3.5 3.5S10.07 14 12 14s3.5-1.57 3.5-3.5S13.93 7 12 7zm0 5c-.827 0-1.5-.673-1.5-1.5S11.173 9 12 9s1.5.673 1.5 1.5S12.827 12 12 12zm0-10c-4.687 0-8.5 3.813-8.5 8.5 0 5.967 7.621 11.116 7.945 11.332l.555.37.555-.37c.324-.216 7.945-5.365 7.945-11.332C20.5 5.813 16.687 2 12 2zm0 17.77c-1.665-1.241-6.5-5.196-6.5-9.27C5.5 6.916 8.416 4 12 4s6.5 2.916 6.5 6.5c0 4.073-4.835 8.028-6.5 9.27z",
  close: "M10.59 12L4.54 5.96l1.42-1.42L12 10.59l6.04-6.05 1.42 1.42L13.41 12l6.05 6.04-1.42 1.42L12 13.41l-6.04 6.05-1.42-1.42L10.59 12z",
  more: "M3 12c0-1.1.9-2 2-2s2 .9 2 2-.9 2-2 2-2-.9-2-2zm9 2c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm7 0c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2z",
  reply: "M1.751 10c0-4.42 3.584-8 8.005-8h4.366c4.49 0 8.129 3.64 8.129 8.13 0 2.96-1.607 5.68-4.196 7.11l-8.054 4.46v-3.69h-.067c-4.49.1-8.183-3.51-8.183-8.01zm8.005-6c-3.317 0-6.005 2.69-6.005 6 0 3.37 2.77 6.08 6.138 6.01l.351-.01h1.761v2.3l5.087-2.81c1.951-1.08 3.163-3.13 3.163-5.36 0-3.39-2.744-6.13-6.129-6.13H9.756z",
  repost: "M4.5 3.88l4.432 4.14-1.364 1.46L5.5 7.55V16c0 1.1.896 2 2 2H13v2H7.5c-2.209 0-4-1.79-4-4V7.55L1.432 9.48.068 8.02 4.5 3.88zM16.5 6H11V4h5.5c2.209 0 4 1.79 4 4v8.45l2.068-1.93 1.364 1.46-4.432 4.14-4.432-4.14 1.364-1.46 2.068 1.93V8c0-1.1-.896-2-2-2z",
  like: "M16.697 5.5c-1.222-.06-2.679.51-3.89 2.16l-.805 1.09-.806-1.09C9.984 6.01 8.526 5.44 7.304 5.5c-1.243.07-2.349.78-2.91 1.91-.552 1.12-.633 2.78.479 4.82 1.074 1.97 3.257 4.27 7.129 6.61 3.87-2.34 6.052-4.64 7.126-6.61 1.111-2.04 1.03-3.7.477-4.82-.561-1.13-1.666-1.84-2.908-1.91zm4.187 7.69c-1.351 2.48-4.001 5.12-8.379 7.67l-.503.3-.504-.3c-4.379-2.55-7.029-5.19-8.382-7.67-1.36-2.5-1.41-4.86-.514-6.67.887-1.79 2.647-2.91 4.601-3.01 1.651-.09 3.368.56 4.798 2.01 1.429-1.45 3.146-2.1 4.796-2.01 1.954.1 3.714 1.22 4.601 3.01.896 1.81.846 4.17-.514 6.67z",
};

// Initial-letter avatar (no network images under test).
const AVATAR_COLORS = ["#1d9bf0", "#7856ff", "#f91880", "#00ba7c", "#ff7a00"];
const Avatar = ({ handle, name, size = 40 }) => {
  const color = AVATAR_COLORS[[...handle].reduce((a, c) => a + c.charCodeAt(0), 0) % AVATAR_COLORS.length];
  return (
    <div className="avatar" data-testid={`UserAvatar-Container-${handle}`} style={{ width: size, height: size, background: color }}>
      <span aria-hidden="true">{[...(name || handle)][0]?.toUpperCase()}</span>
    </div>
  );
};

// Nav links keep X's hrefs/test ids; clicks are swallowed so tests never leave /home.
const stay = (e) => e.preventDefault();
const NAV = [
  { href: "/home", label: "Home", aria: "Home", testid: "AppTabBar_Home_Link", icon: ICON.home },
  { href: "/explore", label: "Explore", aria: "Search and explore", testid: "AppTabBar_Explore_Link", icon: ICON.explore },
  { href: "/notifications", label: "Notifications", aria: "Notifications", testid: "AppTabBar_Notifications_Link", icon: ICON.bell },
  { href: "/messages", label: "Messages", aria: "Direct Messages", testid: "AppTabBar_DirectMessage_Link", icon: ICON.mail },
];

function SideNav() {
  return (
    <header role="banner" className="sidenav">
      <div className="sidenav-inner">
        <h1 role="heading" className="logo">
          <a href="/home" aria-label="X" role="link" onClick={stay}>
            <Icon d={ICON.logo} size={30} />
          </a>
        </h1>
        <nav role="navigation" aria-label="Primary" className="primary-nav">
          {NAV.map((n) => (
            <a key={n.href} href={n.href} aria-label={n.aria} role="link" data-testid={n.testid} onClick={stay}
              className={n.href === "/home" ? "nav-link active" : "nav-link"}>
              <Icon d={n.icon} />
              <span className="nav-text">{n.label}</span>
            </a>
          ))}
          <a href={`/${ACCOUNT.handle}`} aria-label="Profile" role="link" data-testid="AppTabBar_Profile_Link" onClick={stay} className="nav-link">
            <Icon d={ICON.profile} />
            <span className="nav-text">Profile</span>
          </a>
        </nav>
        <a href="/compose/post" aria-label="Post" role="link" data-testid="SideNav_NewTweet_Button" onClick={stay} className="sidenav-post">
          <span>Post</span>
        </a>
        <button type="button" data-testid="SideNav_AccountSwitcher_Button" aria-label="Account menu" role="button" className="account-switcher">
          <Avatar handle={ACCOUNT.handle} name={ACCOUNT.name} />
          <div className="account-text">
            <div className="account-name"><span>{ACCOUNT.name}</span></div>
            <div className="account-handle"><span>@{ACCOUNT.handle}</span></div>
          </div>
          <Icon d={ICON.more} size={19} />
        </button>
      </div>
    </header>
  );
}

function Tweet({ tweet }) {
  return (
    <div data-testid="cellInnerDiv" className="cell">
      <article data-testid="tweet" role="article" tabIndex={0} className="tweet">
        <Avatar handle={tweet.handle} name={tweet.name} />
        <div className="tweet-body">
          <div data-testid="User-Name" className="tweet-user">
            <a href={`/${tweet.handle}`} role="link" onClick={stay} className="tweet-name"><span>{tweet.name}</span></a>
            <a href={`/${tweet.handle}`} role="link" onClick={stay} className="tweet-handle"><span>@{tweet.handle}</span></a>
            <span className="dot" aria-hidden="true">·</span>
            <a href={`/${tweet.handle}/status/${tweet.id}`} role="link" onClick={stay} className="tweet-time">
              <time dateTime={tweet.time.toISOString()}>{tweet.ago}</time>
            </a>
          </div>
          {tweet.text && (
            <div data-testid="tweetText" lang="en" dir="auto" className="tweet-text"><span>{tweet.text}</span></div>
          )}
          {tweet.media.length > 0 && (
            <div className={`tweet-media n${tweet.media.length}`}>
              {tweet.media.map((m) => (
                <div key={m.id} data-testid={m.kind === "video" ? "videoPlayer" : "tweetPhoto"}>
                  {m.kind === "video" ? <video src={m.url} muted /> : <img src={m.url} alt="Image" draggable="true" />}
                </div>
              ))}
            </div>
          )}
          <div role="group" aria-label="Post actions" className="tweet-actions">
            <button type="button" data-testid="reply" aria-label="0 Replies. Reply" role="button"><Icon d={ICON.reply} size={18.75} /></button>
            <button type="button" data-testid="retweet" aria-label="0 reposts. Repost" role="button"><Icon d={ICON.repost} size={18.75} /></button>
            <button type="button" data-testid="like" aria-label="0 Likes. Like" role="button"><Icon d={ICON.like} size={18.75} /></button>
          </div>
        </div>
      </article>
    </div>
  );
}

const SEED_TWEETS = [
  { id: "1790000000000000002", handle: "XDevelopers", name: "Developers", hours: 2, text: "Build with the X API. Docs, tools and a community ready to help you ship." },
  { id: "1790000000000000001", handle: "weather_today", name: "Weather Today", hours: 5, text: "Sunny spells this afternoon, with showers moving in from the west later.\nTake an umbrella!" },
].map((t) => ({ ...t, ago: `${t.hours}h`, time: new Date(Date.now() - t.hours * 3600e3), media: [] }));

let nextId = 1;
const mediaFromFiles = (files) =>
  Array.from(files || [])
    .filter((f) => /^(image|video)\//.test(f.type))
    .map((f) => ({ id: `m${nextId++}`, name: f.name, kind: f.type.startsWith("video/") ? "video" : "image", url: URL.createObjectURL(f) }));

const hasPostableText = (editorState) => editorState.getCurrentContent().getPlainText().trim().length > 0;

function Composer({ onPost }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const [media, setMedia] = useState([]);
  const fileInputRef = useRef(null);
  // The test hook must see Draft's latest state synchronously, even before React re-renders.
  const latest = useRef({ editorState, media });
  latest.current.media = media;

  const canPost = hasPostableText(editorState) || media.length > 0;

  const onChange = useCallback((next) => {
    latest.current.editorState = next;
    setEditorState(next);
  }, []);

  const addMedia = useCallback((files) => {
    const added = mediaFromFiles(files);
    if (!added.length) return false;
    setMedia((cur) => {
      const keep = added.slice(0, Math.max(0, MAX_MEDIA - cur.length));
      added.slice(keep.length).forEach((m) => URL.revokeObjectURL(m.url));
      return [...cur, ...keep];
    });
    return true;
  }, []);

  const removeMedia = (id) =>
    setMedia((cur) => {
      cur.filter((m) => m.id === id).forEach((m) => URL.revokeObjectURL(m.url));
      return cur.filter((m) => m.id !== id);
    });

  const post = useCallback(() => {
    const { editorState: es, media: m } = latest.current;
    if (!hasPostableText(es) && m.length === 0) return;
    onPost({ text: es.getCurrentContent().getPlainText("\n"), media: m });
    // X resets the composer to a brand-new (empty, no undo history) editor state.
    // If the editor still has focus (Ctrl+Enter), the new state must force its selection,
    // otherwise the DOM caret stays on the removed block and typed text lands out of order.
    let empty = EditorState.createEmpty();
    if (es.getSelection().getHasFocus()) empty = EditorState.moveFocusToEnd(empty);
    latest.current.editorState = empty;
    latest.current.media = [];
    setEditorState(empty);
    setMedia([]);
    if (fileInputRef.current) fileInputRef.current.value = "";
  }, [onPost]);

  // Ctrl/Cmd+Enter posts, as on X; everything else is Draft's default key handling.
  const keyBindingFn = useCallback((e) => {
    if (e.key === "Enter" && KeyBindingUtil.hasCommandModifier(e)) return "mock-post";
    return getDefaultKeyBinding(e);
  }, []);
  const handleKeyCommand = useCallback(
    (command) => {
      if (command !== "mock-post") return "not-handled";
      post();
      return "handled";
    },
    [post],
  );

  useEffect(() => {
    window.__mock = {
      getPlainText: () => latest.current.editorState.getCurrentContent().getPlainText("\n"),
      getSelection: () => {
        const s = latest.current.editorState.getSelection();
        return {
          anchorKey: s.getAnchorKey(),
          anchorOffset: s.getAnchorOffset(),
          focusKey: s.getFocusKey(),
          focusOffset: s.getFocusOffset(),
          isBackward: s.getIsBackward(),
          hasFocus: s.getHasFocus(),
        };
      },
      postEnabled: () => hasPostableText(latest.current.editorState) || latest.current.media.length > 0,
      // Debugging escape hatch: the live Draft EditorState (Immutable record).
      getEditorState: () => latest.current.editorState,
    };
  }, []);

  return (
    <div className="composer">
      <Avatar handle={ACCOUNT.handle} name={ACCOUNT.name} />
      <div className="composer-main">
        <div data-testid="tweetTextarea_0RichTextInputContainer" className="composer-input">
          <label data-testid="tweetTextarea_0_label" className="composer-label">
            <Editor
              editorState={editorState}
              onChange={onChange}
              placeholder="What is happening?!"
              webDriverTestID="tweetTextarea_0"
              ariaLabel="Post text"
              ariaMultiline={true}
              ariaAutoComplete="list"
              tabIndex={0}
              spellCheck={true}
              stripPastedStyles={true}
              keyBindingFn={keyBindingFn}
              handleKeyCommand={handleKeyCommand}
              handlePastedFiles={(files) => (addMedia(files) ? "handled" : "not-handled")}
              handleDroppedFiles={(_sel, files) => (addMedia(files) ? "handled" : "not-handled")}
            />
          </label>
        </div>
        {media.length > 0 && (
          <div data-testid="attachments" className={`attachments n${media.length}`}>
            {media.map((m) => (
              <div key={m.id} className="attachment" role="group" aria-label="Media">
                {m.kind === "video" ? <video src={m.url} muted /> : <img src={m.url} alt="" draggable="true" />}
                <button type="button" aria-label="Remove media" role="button" className="attachment-remove" onClick={() => removeMedia(m.id)}>
                  <Icon d={ICON.close} size={18} />
                </button>
              </div>
            ))}
          </div>
        )}
        <div className="composer-footer">
          <div data-testid="toolBar" className="toolbar">
            <div role="presentation" className="toolbar-item">
              <button type="button" aria-label="Add photos or video" role="button" className="tool"
                disabled={media.length >= MAX_MEDIA} onClick={() => fileInputRef.current?.click()}>
                <Icon d={ICON.media} size={20} />
              </button>
              <input ref={fileInputRef} data-testid="fileInput" type="file" accept="image/*,video/*" multiple
                tabIndex={-1} className="file-input" onChange={(e) => { addMedia(e.target.files); e.target.value = ""; }} />
            </div>
            <button type="button" aria-label="Add a GIF" role="button" data-testid="gifSearchButton" className="tool"><Icon d={ICON.gif} size={20} /></button>
            <button type="button" aria-label="Add poll" role="button" data-testid="createPollButton" className="tool"><Icon d={ICON.poll} size={20} /></button>
            <button type="button" aria-label="Add emoji" role="button" className="tool"><Icon d={ICON.emoji} size={20} /></button>
            <button type="button" aria-label="Schedule post" role="button" data-testid="scheduleOption" className="tool"><Icon d={ICON.schedule} size={20} /></button>
            <button type="button" aria-label="Tag location" role="button" data-testid="geoButton" className="tool" disabled><Icon d={ICON.location} size={20} /></button>
          </div>
          <button type="button" data-testid="tweetButtonInline" role="button" className="post-button"
            disabled={!canPost} aria-disabled={canPost ? undefined : "true"} onClick={post}>
            <span>Post</span>
          </button>
        </div>
      </div>
    </div>
  );
}

function App() {
  const [tweets, setTweets] = useState(SEED_TWEETS);
  const onPost = useCallback(({ text, media }) => {
    const now = new Date();
    const id = String(BigInt(now.getTime()) * 4194304n); // snowflake-ish status id
    setTweets((cur) => [{ id, handle: ACCOUNT.handle, name: ACCOUNT.name, time: now, ago: "now", text, media }, ...cur]);
  }, []);

  return (
    <div className="app">
      <SideNav />
      <main role="main" className="main">
        <div data-testid="primaryColumn" className="primary-column">
          <div aria-label="Home timeline" tabIndex={0} className="home-timeline">
            <div className="top-bar">
              <h2 role="heading" aria-level={2} className="top-title">Home</h2>
              <div role="tablist" className="tabs">
                <a href="/home" role="tab" aria-selected="true" className="tab active" onClick={stay}><span>For you</span></a>
                <a href="/home" role="tab" aria-selected="false" className="tab" onClick={stay}><span>Following</span></a>
              </div>
            </div>
            <Composer onPost={onPost} />
            <section role="region" aria-labelledby="timeline-heading" className="timeline">
              <h1 id="timeline-heading" className="visually-hidden">Your Home Timeline</h1>
              <div aria-label="Timeline: Your Home Timeline">
                {tweets.map((t) => <Tweet key={t.id} tweet={t} />)}
              </div>
            </section>
          </div>
        </div>
        <div data-testid="sidebarColumn" className="sidebar-column">
          <form role="search" aria-label="Search" className="search" onSubmit={stay}>
            <input data-testid="SearchBox_Search_Input" aria-label="Search query" placeholder="Search" type="text" role="combobox" />
          </form>
          <aside aria-label="Subscribe to Premium" className="panel">
            <h2 className="panel-title">Subscribe to Premium</h2>
            <p>Subscribe to unlock new features and if eligible, receive a share of revenue.</p>
          </aside>
        </div>
      </main>
    </div>
  );
}

ReactDOM.render(<App />, document.getElementById("react-root"));
