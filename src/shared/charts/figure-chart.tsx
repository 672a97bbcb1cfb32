import { memo } from 'react';
import { CHART_FONT_FAMILY, type FigureLayout } from './figure-layout';

/**
 * A chart drawn at a given width: its SVG parts placed in a box of the layout's size. Exports
 * render this same component off screen at their own width and nest each part's SVG at its place.
 * On screen it is `hidden` inside the figure's named image: what it draws is named there once.
 */
export const FigureChart = memo(function FigureChart({ layout, hidden = false }: { layout: FigureLayout; hidden?: boolean }) {
  return (
    <div
      className="figure-chart"
      style={{ position: 'relative', width: layout.width, height: layout.height, fontFamily: CHART_FONT_FAMILY }}
      aria-hidden={hidden || undefined}
    >
      {layout.parts.map((part) => (
        <div
          key={part.key}
          className="figure-part"
          data-figure-part={part.key}
          data-x={part.x}
          data-y={part.y}
          style={{ position: 'absolute', left: part.x, top: part.y }}
        >
          {part.node}
        </div>
      ))}
    </div>
  );
});
