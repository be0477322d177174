// X Pro (pro.x.com; checked as X, the contract's platform id `twitter`): the column deck, where an
// organisation's social media lead often posts. Its compose, reply and quote composers are X's own
// (x-composers.js: Draft.js `tweetTextarea_N` in a cell with its toolbar and Post button). X Pro can
// post as any of the person's accounts: who is posting is the account the composer shows (its
// avatar), then the navigation's.

import { watchPage } from "../core/page-watch.js";
import { BLOCKS, anchorOf, cellOf, composerAccount, composers, navigationAccount, postButton } from "./x-composers.js";

/** @type {import("../core/adapter.js").SiteAdapter} */
const adapter = {
  composers,
  blockSelector: BLOCKS,
  acting: (editor) => composerAccount(editor) || navigationAccount(),
  container: cellOf,
  anchor: anchorOf,
  postButton,
  // A dialog with a composer's toolbar or an editable box, and no editor we know: X Pro changed, and
  // we would be silent (either mark alone may be renamed).
  expectsComposer: () => !!document.querySelector('[role="dialog"] [data-testid="toolBar"], [role="dialog"] [contenteditable="true"]'),
  pageRules: [],
};

watchPage(adapter);
