import { NewOpportunityPage } from '../../features/opportunity-form/new-opportunity-page';

/** A coordinator posts an opening for any business. */
export function NewOpportunityRoute() {
  return <NewOpportunityPage basePath="/opportunities" organizationId={null} />;
}
