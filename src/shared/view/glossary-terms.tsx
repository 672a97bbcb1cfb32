import { GLOSSARY } from '../../domain/glossary';
import type { GlossaryTermId } from '../../domain/measures';

/** The explanations for a chart's terms, as a definition list. */
export function GlossaryTerms({ terms }: { terms: GlossaryTermId[] }) {
  const unique = [...new Set<GlossaryTermId>([...terms, 'notApplicable', 'disputed'])];
  return (
    <dl className="glossary-terms">
      {unique.map((id) => (
        <div key={id}>
          <dt>{GLOSSARY[id].term}</dt>
          <dd>{GLOSSARY[id].explanation}</dd>
        </div>
      ))}
    </dl>
  );
}
