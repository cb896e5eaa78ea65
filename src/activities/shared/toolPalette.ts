/**
 * The named colours of the pen. Names are i18n keys (colours.<id>); contract names in English:
 * Black, Red, Blue, Green, Yellow, Brown. Several skin tones so children can draw the people
 * in their lives as they see them.
 */
export const PEN_COLOURS: readonly { id: string; value: string }[] = [
  { id: 'black', value: '#1f1f1f' },
  { id: 'red', value: '#d62828' },
  { id: 'blue', value: '#1d5fd1' },
  { id: 'green', value: '#2b8a3e' },
  { id: 'yellow', value: '#f2c100' },
  { id: 'brown', value: '#7a4a21' },
  { id: 'orange', value: '#f07c12' },
  { id: 'purple', value: '#7b3fb8' },
  { id: 'pink', value: '#e86aa6' },
  { id: 'grey', value: '#8a8f98' },
  { id: 'skin1', value: '#f6d7c0' },
  { id: 'skin2', value: '#e0ac85' },
  { id: 'skin3', value: '#b87a50' },
  { id: 'skin4', value: '#7d4b2a' },
  { id: 'skin5', value: '#4a2c1a' },
];

/** Pen widths in page units: thin for detail, thick for colouring in. */
export const PEN_SIZES: readonly { id: 'thin' | 'medium' | 'thick'; value: number }[] = [
  { id: 'thin', value: 8 },
  { id: 'medium', value: 16 },
  { id: 'thick', value: 32 },
];
