// X Chat (x.com/i/chat, /i/chat/:conversation), as X ships it since direct messages became Chat
// (docs/platform-facts.md): an embedded app rendered inside an open shadow root under
// `[data-testid="xchatEmbedRoute"]`, with its own React root; the composer is a React-controlled
// `textarea[data-testid="dm-composer-textarea"]` in `form[data-testid="dm-composer-form"]`, and the
// `dm-composer-send-button` exists only while there is text. Enter sends, Shift+Enter is a new line.
// Photos: a file input in the composer's form, previewed there as blob: images with a remove button
// (the mock's own markup: no public record of Chat's attachment controls; the adapter relies only on
// their being inside the form). Registered with the page's test hook as editor id "chat".
import React, { useLayoutEffect, useRef, useState } from "react";
import ReactDOM from "react-dom";

const STYLE = `
  :host { display: block; height: 100%; font: 15px/1.3 system-ui, sans-serif; color: #0f1419; }
  .chat { display: flex; flex-direction: column; height: 100vh; border-left: 1px solid #eff3f4; }
  .head { padding: 12px 16px; font-weight: 700; border-bottom: 1px solid #eff3f4; }
  .list { flex: 1; overflow-y: auto; padding: 12px 16px; display: flex; flex-direction: column; gap: 8px; }
  .bubble { align-self: flex-start; background: #eff3f4; border-radius: 16px; padding: 8px 12px; max-width: 70%; white-space: pre-wrap; }
  .mine { align-self: flex-end; background: #1d9bf0; color: #fff; }
  form { display: flex; gap: 8px; align-items: flex-end; margin: 8px 12px 12px; padding: 6px 12px; background: #eff3f4; border-radius: 16px; }
  textarea { flex: 1; border: 0; background: transparent; resize: none; font: inherit; outline: none; min-height: 24px; }
  button { border: 0; background: #1d9bf0; color: #fff; border-radius: 999px; padding: 6px 14px; font-weight: 700; }
  .attach { cursor: pointer; color: #1d9bf0; font-weight: 700; }
  .attach input { position: absolute; width: 1px; height: 1px; opacity: 0; }
  .previews { display: flex; gap: 4px; }
  .previews img { width: 48px; height: 48px; border-radius: 8px; object-fit: cover; background: #cfd9de; }
`;

/** The chat's composer: what React holds is the textarea's value (a controlled component). */
function Composer({ onSend, register, placeholder, words }) {
  const [value, setValue] = useState("");
  const [media, setMedia] = useState([]);
  const area = useRef(null);
  const latest = useRef("");
  const send = () => {
    if (!latest.current.trim() && !media.length) return;
    onSend(latest.current, media.map((m) => m.name));
    latest.current = "";
    setValue("");
    setMedia([]);
  };
  const choose = (files) => {
    const chosen = Array.from(files || []).filter((f) => f.type.startsWith("image/")).map((f) => ({ name: f.name, url: URL.createObjectURL(f) }));
    setMedia((cur) => [...cur, ...chosen]); // read now: the input is cleared before React updates
  };
  register({
    label: "Chat composer", kind: "textarea", text: () => latest.current, postEnabled: () => !!latest.current.trim(),
    selection: () => ({ start: area.current?.selectionStart, end: area.current?.selectionEnd }),
    media: () => media.map((m) => m.name), remount: () => {}, element: () => area.current,
  });
  return (
    <form data-testid="dm-composer-form" onSubmit={(e) => { e.preventDefault(); send(); }}>
      <label className="attach" aria-label={words.attach}>+
        <input type="file" accept="image/*" multiple onChange={(e) => { choose(e.target.files); e.target.value = ""; }} />
      </label>
      {media.length > 0 && (
        <div className="previews">
          {media.map((m) => (
            <span key={m.url}>
              <img src={m.url} alt="" />
              <button type="button" aria-label={words.remove} onClick={() => setMedia((cur) => cur.filter((x) => x !== m))}>✕</button>
            </span>
          ))}
        </div>
      )}
      <textarea ref={area} data-testid="dm-composer-textarea" rows={1} placeholder={placeholder} value={value}
        onChange={(e) => { latest.current = e.target.value; setValue(e.target.value); }}
        onKeyDown={(e) => { if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) { e.preventDefault(); send(); } }} />
      {(value.trim() || media.length > 0) && (
        <button type="submit" data-testid="dm-composer-send-button" aria-label="Send">Send</button>
      )}
    </form>
  );
}

function Chat({ other, sent, onSend, register, words }) {
  return (
    <div className="chat" data-testid="dm-conversation">
      <div className="head">{other}</div>
      <div className="list" data-testid="dm-message-list" role="log">
        <div className="bubble" data-testid="dm-message">{words.greeting}</div>
        {sent.map((text, i) => <div key={i} className="bubble mine" data-testid="dm-message">{text}</div>)}
      </div>
      <Composer onSend={onSend} register={register} placeholder={words.placeholder} words={words} />
    </div>
  );
}

/**
 * The host X puts in its page, and the chat app in the host's open shadow root.
 * `onSend(text, media)` records a message; `register(entry)` gives the test hook the composer.
 */
export function ChatEmbed({ other, sent, onSend, register, words }) {
  const host = useRef(null);
  useLayoutEffect(() => {
    const root = host.current.shadowRoot ?? host.current.attachShadow({ mode: "open" });
    if (!root.firstChild) {
      const style = document.createElement("style");
      style.textContent = STYLE;
      root.append(style, document.createElement("div"));
    }
    ReactDOM.render(<Chat other={other} sent={sent} onSend={onSend} register={register} words={words} />, root.lastChild);
  });
  useLayoutEffect(() => () => ReactDOM.unmountComponentAtNode(host.current.shadowRoot.lastChild), []);
  return <div ref={host} data-testid="xchatEmbedRoute" className="xchat-embed" />;
}
