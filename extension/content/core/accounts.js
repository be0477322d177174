// Who is posting: an official channel of the organisation, or the person themself.

/**
 * Context fields for a handle shown by the page, matched against the policy's official channels.
 * @param {string} handle
 * @param {string} platform
 * @param {{platform: string, handle: string}[]} channels
 */
export function accountFor(handle, platform, channels) {
  const wanted = (handle || "").replace(/^@/, "").toLowerCase();
  const official = !!wanted && channels.some((c) => c.platform === platform && c.handle.toLowerCase() === wanted);
  return { account: official ? "official" : "personal", channel: wanted ? handle.replace(/^@/, "") : "" };
}

/** How a person reads who is posting: "@NhxPartnership (official channel)". */
export function describeWho(/** @type {{account: string, channel: string}} */ { account, channel }) {
  const kind = account === "official" ? "official channel" : "personal account";
  return channel ? `@${channel} (${kind})` : `an unnamed ${kind}`;
}

/**
 * What to say when who is posting changed while the draft was being written ("" if it did not):
 * a page can rewrite what it shows (a profile link) so that the same words are judged as another
 * account's, and the person should know.
 * @param {{account: string, channel: string} | null} before who was posting when the draft began
 * @param {{account: string, channel: string}} now
 */
export function accountChange(before, now) {
  if (!before || (before.account === now.account && before.channel === now.channel)) return "";
  return `Who is posting changed while you wrote this: it was ${describeWho(before)}, it is now ${describeWho(now)}. Make sure this is the account you mean to post from.`;
}

/**
 * Whether the page's account disagrees with the person's settings: the page shows a personal account
 * where the person said they post as an official channel on this site. Then the rules for official
 * channels are checked too (a page must not be able to switch them off by what it shows).
 * @param {{account: string}} context who the page says is posting
 * @param {boolean} assumed the page did not say (the settings' account is used: nothing to disagree with)
 * @param {string} settingsAccount the account the person's settings give for this site
 */
export function disagreesWithSettings(context, assumed, settingsAccount) {
  return !assumed && context.account === "personal" && settingsAccount === "official";
}
