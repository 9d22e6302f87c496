import { useParams } from 'react-router';
import { EditOpportunityPage } from '../../features/opportunity-form/edit-opportunity-page';

export function EmployerEditOpeningRoute() {
  const { id = '' } = useParams();
  return <EditOpportunityPage id={id} basePath="/employer/openings" />;
}
