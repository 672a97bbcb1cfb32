import type { ResolvedView, ViewProps } from '../../shared/view/view-definition';
import ImportPage from './import-page';

/** The import page as a registered view: it needs only the areas and years the data service has. */
export default function ImportView({ input }: ViewProps<ResolvedView>) {
  return <ImportPage areas={[...input.areas]} years={[...input.years]} />;
}
