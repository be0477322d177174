// X (x.com, twitter.com, mobile.x.com; the contract's platform id `twitter`, see sites.json): the
// timeline composer, the compose dialog, replies (dialog and inline), X Chat (/i/chat) and the
// mobile-web textarea. The composers are X's everywhere (x-composers.js); who is posting is the
// profile link in the navigation, or the avatar the composer shows.

import { watchPage } from "../core/page-watch.js";
import { BLOCKS, anchorOf, cellOf, composerAccount, composers, navigationAccount, postButton } from "./x-composers.js";

/** @type {import("../core/adapter.js").SiteAdapter} */
const adapter = {
  composers,
  blockSelector: BLOCKS,
  acting: (editor) => navigationAccount() || composerAccount(editor),
  container: cellOf,
  anchor: anchorOf,
  postButton,
  // Home, the compose page, and an open chat always have a composer.
  expectsComposer: () => /^\/(home|compose\/post|i\/chat\/[^/]+)\/?$/.test(location.pathname),
  pageRules: [
    { rule: "unofficial-channel", applies: () => location.pathname.startsWith("/i/flow/signup") },
  ],
};

watchPage(adapter);
