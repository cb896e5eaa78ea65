/**
 * The named colours of the pen. Names are i18n keys (colours.<id>); contract names in English:
 * Black, Red, Blue, Green, Yellow, Brown. Twelve colours, then skin tones (the sticker tray's own
 * tones, light to dark) so children can draw the people in their lives as they see them. Brown is a
 * warm, saturated brown that no skin tone is mistaken for.
 */
export const PEN_COLOURS: readonly { id: string; value: string }[] = [
  { id: 'black', value: '#1f1f1f' },
  { id: 'red', value: '#d62828' },
  { id: 'blue', value: '#1d5fd1' },
  { id: 'green', value: '#2b8a3e' },
  { id: 'yellow', value: '#f2c100' },
  { id: 'brown', value: '#8b4a0c' },
  { id: 'orange', value: '#f07c12' },
  { id: 'purple', value: '#7b3fb8' },
  { id: 'pink', value: '#e86aa6' },
  { id: 'grey', value: '#8a8f98' },
  { id: 'lightBlue', value: '#5bbcf0' },
  { id: 'lightGreen', value: '#8fd14f' },
];

/** Skin tones, light to dark: the Unicode skin tones the sticker tray uses. */
export const SKIN_COLOURS: readonly { id: string; value: string }[] = [
  { id: 'skin1', value: '#f7dece' },
  { id: 'skin2', value: '#f3d2a2' },
  { id: 'skin3', value: '#d5ab88' },
  { id: 'skin4', value: '#af7e57' },
  { id: 'skin5', value: '#7c533e' },
];

/** Pen widths in page units: thin for detail, thick for colouring in. */
export const PEN_SIZES: readonly { id: 'thin' | 'medium' | 'thick'; value: number }[] = [
  { id: 'thin', value: 8 },
  { id: 'medium', value: 16 },
  { id: 'thick', value: 32 },
];
