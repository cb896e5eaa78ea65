import { parseHash } from '../../../src/app/router';

describe('parseHash', () => {
  it('does not throw on a malformed escape in the address, which would blank the app', () => {
    expect(parseHash('#/session/%E0%A4%A')).toEqual({ name: 'session', sessionId: '%E0%A4%A' });
    expect(parseHash('#/session/abc/%/x')).toEqual({ name: 'activity', sessionId: 'abc', activity: '%', place: 'x' });
  });

  it('still decodes a well-formed escape', () => {
    expect(parseHash('#/session/a%20b')).toEqual({ name: 'session', sessionId: 'a b' });
  });
});
