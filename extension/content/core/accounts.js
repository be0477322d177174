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
