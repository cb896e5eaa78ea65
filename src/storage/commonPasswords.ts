/**
 * A small list of the most used passwords and phrases (from public breach-frequency lists),
 * lower case with spaces removed. Not exhaustive: it catches the guesses an attacker tries first.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890', '123456789', '12345678', '1234567', '123456', '111111111111', '000000000000',
  'password', 'password1', 'password12', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'passwordpassword',
  'qwerty', 'qwertyuiop', 'qwerty123', 'qwertyuiop123', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx', '1q2w3e4r5t6y', 'qazwsxedc',
  'iloveyou', 'iloveyou123', 'letmein', 'letmeinplease', 'welcome', 'welcome123', 'welcometothejungle',
  'admin', 'administrator', 'changeme', 'changemeplease', 'secret', 'topsecret', 'mysecret', 'mypassword',
  'sunshine', 'princess', 'football', 'baseball', 'dragon', 'monkey', 'shadow', 'master', 'superman', 'batman',
  'trustno1', 'whatever', 'starwars', 'pokemon', 'liverpool', 'chelsea', 'arsenal', 'manchesterunited',
  'correcthorsebatterystaple', 'thequickbrownfox', 'thequickbrownfoxjumpsoverthelazydog',
  'voicemap', 'voicemappassword', 'voicemap123', 'socialwork', 'socialworker', 'signsofsafety', 'safeguarding',
  'council', 'councilpassword', 'childrenservices', 'threehouses', 'houseofworries',
  'opensesame', 'abcdefghijkl', 'abcdefgh', 'abc123', 'abcd1234', 'aaaaaaaaaaaa', 'loveyou', 'ihateyou',
  'summer', 'winter', 'spring', 'autumn', 'january', 'february', 'monday', 'friday',
  'summer2024', 'summer2025', 'summer2026', 'winter2024', 'winter2025', 'winter2026',
  'passwordisnotsafe', 'thisismypassword', 'thisisapassword', 'iamthebest', 'nopassword',
]);
