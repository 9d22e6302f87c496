import { Navigate, createBrowserRouter } from 'react-router';
import type { Role } from '@brobygger/domain';
import type { ReactNode } from 'react';
import { AppLayout } from './features/layout/app-layout';
import { RequireRole } from './features/session/require-role';
import { ROLE_HOME } from './features/session/role-home';
import { useViewer } from './features/session/viewer-context';
import { NotFound } from './features/states/not-found';
import { AgreementRoute } from './routes/agreements/agreement-route';
import { AgreementsRoute } from './routes/agreements/agreements-route';
import { NewAgreementRoute } from './routes/agreements/new-agreement-route';
import { ExplorerRoute } from './routes/explorer/explorer-route';
import { EmployerCandidatesRoute } from './routes/employer/candidates-route';
import { EmployerEditOpeningRoute } from './routes/employer/edit-opening-route';
import { EmployerIntroductionsRoute } from './routes/employer/introductions-route';
import { EmployerNewOpeningRoute } from './routes/employer/new-opening-route';
import { EmployerOpeningRoute } from './routes/employer/opening-route';
import { EmployerOpeningsRoute } from './routes/employer/openings-route';
import { IntroductionsRoute } from './routes/introductions/introductions-route';
import { ImportRoute } from './routes/import/import-route';
import { AuditRoute } from './routes/admin/audit-route';
import { LazyAccountsRoute, LazyNewAccountRoute } from './routes/admin/lazy-account-routes';
import { LoginRoute } from './routes/login/login-route';
import { MyProfileRoute } from './routes/me/my-profile-route';
import { EditNetworkRoute } from './routes/networks/edit-network-route';
import { NetworkRoute } from './routes/networks/network-route';
import { NewNetworkRoute } from './routes/networks/new-network-route';
import { NetworksRoute } from './routes/networks/networks-route';
import { EditOpportunityRoute } from './routes/opportunities/edit-opportunity-route';
import { NewOpportunityRoute } from './routes/opportunities/new-opportunity-route';
import { OpportunitiesRoute } from './routes/opportunities/opportunities-route';
import { OpportunityRoute } from './routes/opportunities/opportunity-route';
import { EditOrganizationRoute } from './routes/organizations/edit-organization-route';
import { NewOrganizationRoute } from './routes/organizations/new-organization-route';
import { OrganizationRoute } from './routes/organizations/organization-route';
import { OrganizationsRoute } from './routes/organizations/organizations-route';
import { JourneyRoute } from './routes/participants/journey-route';
import { ParticipantsRoute } from './routes/participants/participants-route';
import { EditPersonRoute } from './routes/people/edit-person-route';
import { NewPersonRoute } from './routes/people/new-person-route';
import { PeopleRoute } from './routes/people/people-route';
import { PersonRoute } from './routes/people/person-route';
import { LazyResearchRoute } from './routes/research/lazy-research-route';

function RoleRedirect() {
  const viewer = useViewer();
  return <Navigate to={ROLE_HOME[viewer.role]} replace />;
}

const only = (roles: readonly Role[], element: ReactNode) => <RequireRole roles={roles}>{element}</RequireRole>;
const COORDINATOR: readonly Role[] = ['COORDINATOR'];
// Employers may open a participant who accepted their introduction; the API decides, and a
// FORBIDDEN answer shows the same "not allowed" page as the role guard.
const PERSON_READERS: readonly Role[] = ['COORDINATOR', 'EMPLOYER'];
// An employer lists and reads the agreements their organisation is party to (the API scopes them).
const AGREEMENT_READERS: readonly Role[] = ['COORDINATOR', 'EMPLOYER'];
const EMPLOYER: readonly Role[] = ['EMPLOYER'];

export const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <RoleRedirect /> },
      { path: 'explorer', element: only(['COORDINATOR', 'RESEARCHER'], <ExplorerRoute />) },
      { path: 'research', element: only(['COORDINATOR', 'RESEARCHER'], <LazyResearchRoute />) },
      { path: 'participants', element: only(COORDINATOR, <ParticipantsRoute />) },
      { path: 'participants/:id', element: only(PERSON_READERS, <JourneyRoute />) },
      { path: 'people', element: only(COORDINATOR, <PeopleRoute />) },
      { path: 'people/new', element: only(COORDINATOR, <NewPersonRoute />) },
      { path: 'people/:id', element: only(PERSON_READERS, <PersonRoute />) },
      { path: 'people/:id/edit', element: only(COORDINATOR, <EditPersonRoute />) },
      { path: 'organizations', element: only(COORDINATOR, <OrganizationsRoute />) },
      { path: 'organizations/new', element: only(COORDINATOR, <NewOrganizationRoute />) },
      { path: 'organizations/:id', element: only(COORDINATOR, <OrganizationRoute />) },
      { path: 'organizations/:id/edit', element: only(COORDINATOR, <EditOrganizationRoute />) },
      { path: 'networks', element: only(COORDINATOR, <NetworksRoute />) },
      { path: 'networks/new', element: only(COORDINATOR, <NewNetworkRoute />) },
      { path: 'networks/:id', element: only(COORDINATOR, <NetworkRoute />) },
      { path: 'networks/:id/edit', element: only(COORDINATOR, <EditNetworkRoute />) },
      { path: 'agreements', element: only(AGREEMENT_READERS, <AgreementsRoute />) },
      { path: 'agreements/new', element: only(COORDINATOR, <NewAgreementRoute />) },
      { path: 'agreements/:id', element: only(AGREEMENT_READERS, <AgreementRoute />) },
      { path: 'opportunities', element: only(COORDINATOR, <OpportunitiesRoute />) },
      { path: 'opportunities/new', element: only(COORDINATOR, <NewOpportunityRoute />) },
      { path: 'opportunities/:id', element: only(COORDINATOR, <OpportunityRoute />) },
      { path: 'opportunities/:id/edit', element: only(COORDINATOR, <EditOpportunityRoute />) },
      { path: 'introductions', element: only(COORDINATOR, <IntroductionsRoute />) },
      { path: 'import', element: only(COORDINATOR, <ImportRoute />) },
      { path: 'employer', element: only(EMPLOYER, <Navigate to="/employer/candidates" replace />) },
      { path: 'employer/candidates', element: only(EMPLOYER, <EmployerCandidatesRoute />) },
      { path: 'employer/openings', element: only(EMPLOYER, <EmployerOpeningsRoute />) },
      { path: 'employer/openings/new', element: only(EMPLOYER, <EmployerNewOpeningRoute />) },
      { path: 'employer/openings/:id', element: only(EMPLOYER, <EmployerOpeningRoute />) },
      { path: 'employer/openings/:id/edit', element: only(EMPLOYER, <EmployerEditOpeningRoute />) },
      { path: 'employer/introductions', element: only(EMPLOYER, <EmployerIntroductionsRoute />) },
      { path: 'me', element: only(['PARTICIPANT'], <MyProfileRoute />) },
      { path: 'admin', element: only(['ADMIN'], <Navigate to="/admin/accounts" replace />) },
      { path: 'admin/accounts', element: only(['ADMIN'], <LazyAccountsRoute />) },
      { path: 'admin/accounts/new', element: only(['ADMIN'], <LazyNewAccountRoute />) },
      { path: 'admin/audit', element: only(['ADMIN'], <AuditRoute />) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
