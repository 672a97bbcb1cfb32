/** Image widths offered for downloads: what the page shows, a 16:9 slide, or an A4 page. */
export const WIDTH_PRESETS = [
  { id: 'screen', label: 'As on screen' },
  { id: 'slide', label: 'Slide (16:9, 1920 px)', width: 960 },
  { id: 'a4', label: 'A4 document (1360 px)', width: 680 },
] as const;
export type WidthPresetId = (typeof WIDTH_PRESETS)[number]['id'];
