import { isIpv6 } from './ip-address';

describe('isIpv6', () => {
  it.each(['2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:db8::1', '::1', 'fe80::', '::ffff:192.0.2.128', '64:ff9b::192.0.2.33'])('accepts %s', (address) => {
    expect(isIpv6(address)).toBe(true);
  });

  it.each([
    ['a time', '12:20:39'],
    ['a MAC address', '00:1a:2b:3c:4d:5e'],
    ['two compressions', '2001::db8::1'],
    ['nine groups', '1:2:3:4:5:6:7:8:9'],
    ['a compressed form that is already eight groups', '1:2:3:4::5:6:7:8'],
    ['a five-digit group', '2001:db8::12345'],
    ['a bad IPv4 tail', '::ffff:300.0.2.128'],
    ['a scope without digits', 'cafe::bad'],
  ])('rejects %s', (_what, candidate) => {
    expect(isIpv6(candidate)).toBe(false);
  });
});
