/** UK Government Analysis Function palette (categorical, in order) and our muted grey. */
export const PALETTE = ['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1'] as const;
export const FOCUS_COLOUR = '#12436D';
/** Muted comparators: 3.9:1 on white, so the bars still meet the 3:1 contrast for marks. */
export const COMPARATOR_COLOUR = '#7F7F7F';
export const REFERENCE_COLOUR = '#3D3D3D';
export const TEXT_COLOUR = '#0B0C0C';
/** The focus area's outline where fills do not set it apart (comparison fills, stacked segments), as thick as the map's. */
export const FOCUS_OUTLINE = 3;
