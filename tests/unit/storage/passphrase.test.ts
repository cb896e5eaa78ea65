import { passphraseProblem, passphraseStrength } from '../../../src/storage/passphrase';

describe('passphrase rule', () => {
  it.each([
    ['12345678', 'too-short'],
    ['short one', 'too-short'],
    ['a b c d e', 'too-short'],
    ['123456789012', 'too-common'],
    ['Password1234', 'too-common'],
    ['correct horse battery staple', 'too-common'],
    ['aaaaaaaaaaaaaaaa', 'too-common'],
    ['purple elephant kite', null],
    ['red cat big sun', null],
    ['blue kettle 42', null],
  ] as const)('%s -> %s', (pass, problem) => {
    expect(passphraseProblem(pass)).toBe(problem);
  });

  it('gives a hint that grows with length', () => {
    expect(passphraseStrength('12345678')).toBe('weak');
    expect(passphraseStrength('blue kettle 42')).toBe('ok');
    expect(passphraseStrength('the blue kettle sings at four')).toBe('strong');
  });
});
