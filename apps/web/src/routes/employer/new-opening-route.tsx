import { NewOpportunityPage } from '../../features/opportunity-form/new-opportunity-page';
import { useViewer } from '../../features/session/viewer-context';

/** An employer posts an opening for their own organisation. */
export function EmployerNewOpeningRoute() {
  const viewer = useViewer();
  return <NewOpportunityPage basePath="/employer/openings" organizationId={viewer.organizationId ?? ''} />;
}
