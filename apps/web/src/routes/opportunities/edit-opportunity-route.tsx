import { useParams } from 'react-router';
import { EditOpportunityPage } from '../../features/opportunity-form/edit-opportunity-page';

export function EditOpportunityRoute() {
  const { id = '' } = useParams();
  return <EditOpportunityPage id={id} basePath="/opportunities" />;
}
