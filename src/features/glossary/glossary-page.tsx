import { PageHeading } from '../../shared/view/page-heading';
import type { ResolvedView, ViewProps } from '../../shared/view/view-definition';
import { GLOSSARY, GLOSSARY_ORDER } from '../../domain/glossary';

/** All the plain-English explanations on one page. */
export default function GlossaryPage({ resolved }: ViewProps<ResolvedView>) {
  return (
    <section className="glossary" aria-labelledby="glossary-heading">
      <PageHeading id="glossary-heading">{resolved.heading}</PageHeading>
      <p>Plain-English explanations of the terms used in MAPPA annual reports and in MAPPA Compare.</p>
      <dl>
        {GLOSSARY_ORDER.map((id) => (
          <div key={id} id={`term-${id}`}>
            <dt>{GLOSSARY[id].term}</dt>
            <dd>{GLOSSARY[id].explanation}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
