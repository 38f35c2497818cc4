const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEXTET = /^[0-9a-f]{1,4}$/i;

/**
 * RFC 4291 text forms: eight hextets, or fewer with one `::` standing for the zeros, optionally
 * ending in an IPv4 address (worth two hextets). A compressed form must hold a digit, so C++
 * scopes like `cafe::bad` are not addresses; times (`12:20:39`) and MAC addresses (six groups,
 * no `::`) fail the group count.
 */
export function isIpv6(candidate: string): boolean {
  const halves = candidate.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  const last = groups[groups.length - 1];
  const tailIsIpv4 = last !== undefined && last.includes('.');
  if (tailIsIpv4 && !IPV4.test(last)) return false;
  const hextets = tailIsIpv4 ? groups.slice(0, -1) : groups;
  if (!hextets.every((g) => HEXTET.test(g))) return false;
  const width = hextets.length + (tailIsIpv4 ? 2 : 0);
  if (halves.length === 1) return width === 8;
  return width <= 7 && /\d/.test(candidate);
}
