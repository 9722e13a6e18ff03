import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { ruleError } from '../../http/errors';

export const WEBHOOK_URL_MAX_LENGTH = 1_000;

/** Addresses a webhook may never reach in production: loopback, private, link-local (cloud metadata), shared, multicast, reserved. */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['64:ff9b::', 96]] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

/** Whether `address` (an IP literal) is not a public internet address (BlockList judges IPv4-mapped IPv6 by its IPv4 rules). */
export function isBlockedAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 0) return true;
  return BLOCKED.check(address, version === 4 ? 'ipv4' : 'ipv6');
}

function isLocalName(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost');
}

/** The host without IPv6 brackets. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/**
 * A subscriber's URL, checked (BAD_USER_INPUT with a Dutch message otherwise) and normalised (no
 * fragment): absolute http(s), no user name or password; https, except http to localhost outside
 * production; in production no IP literal or name of a loopback, private or link-local target. Names
 * are resolved again at every delivery ({@link guardedLookup}), so a name that later points inward is refused then.
 */
export function checkWebhookUrl(raw: string, production: boolean): string {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw ruleError('WEBHOOK_URL_INVALID', 'Het webhookadres is geen geldige URL. Gebruik een volledig adres, zoals https://hr.voorbeeld.nl/webhooks/register.', { field: 'url' });
  }
  if (text.length > WEBHOOK_URL_MAX_LENGTH || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw ruleError('WEBHOOK_URL_INVALID', 'Het webhookadres is geen geldige URL. Gebruik een volledig adres, zoals https://hr.voorbeeld.nl/webhooks/register.', { field: 'url' });
  }
  if (url.username || url.password) {
    throw ruleError('WEBHOOK_URL_CREDENTIALS', 'Zet geen gebruikersnaam of wachtwoord in het webhookadres; controleer in plaats daarvan de handtekening van elk bericht.', { field: 'url' });
  }
  const host = bareHost(url);
  const loopback = isLocalName(host) || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1';
  if (url.protocol === 'http:' && (production || !loopback)) {
    throw ruleError('WEBHOOK_URL_NOT_HTTPS', 'Het webhookadres moet beginnen met https://, zodat de berichten versleuteld worden verstuurd.', { field: 'url' });
  }
  if (production && (isLocalName(host) || (isIP(host) !== 0 && isBlockedAddress(host)))) {
    throw ruleError('WEBHOOK_URL_PRIVATE', 'Het webhookadres wijst naar een lokaal of intern netwerkadres. Gebruik een adres dat vanaf internet bereikbaar is.', { field: 'url' });
  }
  url.hash = '';
  return url.toString();
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that refuses a name resolving to any blocked address (production):
 * checked on the addresses actually connected to, so DNS rebinding cannot reach inside.
 */
export function guardedLookup(hostname: string, options: { all?: boolean }, callback: LookupCallback): void {
  dnsLookup(hostname, { all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const blocked = addresses.find((entry) => isBlockedAddress(entry.address));
    if (blocked) return callback(Object.assign(new Error(`${hostname} resolves to a non-public address`), { code: 'EBLOCKED' }), []);
    if (options.all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}
