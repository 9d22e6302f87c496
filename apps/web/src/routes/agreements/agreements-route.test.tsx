import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { Role } from '@brobygger/domain';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { NavMenu } from '../../features/layout/nav-menu';
import { ViewerContext } from '../../features/session/viewer-context';
import { AgreementsRouteQueryDocument } from '../../gql/graphql';
import { router } from '../../router';

// The router imports every route, the graph explorer's sigma among them, which reads WebGL's
// constants when it loads; jsdom has no WebGL, and no route here draws a graph.
vi.hoisted(() => {
  const g = globalThis as Record<string, unknown>;
  g['WebGL2RenderingContext'] ??= class {};
  g['WebGLRenderingContext'] ??= class {};
});

/** The organisation's one agreement, as the API answers an employer's list. */
const ANSWER = {
  agreements: {
    __typename: 'AgreementConnection',
    totalCount: 1,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    nodes: [
      {
        __typename: 'Agreement',
        id: 'agr_1',
        title: 'Arbeidstrening hos Grenland Mekaniske Verksted AS',
        kind: 'WORK_TRIAL',
        status: 'PROPOSED',
        threeSector: true,
        startDate: '2026-09-01',
        parties: [{ __typename: 'AgreementParty', id: 'p_1' }],
      },
    ],
  },
};

/** The app's own element for a path, guard and all, as `role` would get it. */
function renderPath(path: string, role: Role, children?: ReactNode) {
  const route = router.routes.flatMap((r) => r.children ?? []).find((r) => r.path === path);
  const mocks: MockLink.MockedResponse[] = [
    {
      request: {
        query: AgreementsRouteQueryDocument,
        variables: {
          first: 20,
          after: null,
          orderBy: { field: 'CREATED_AT', direction: 'DESC' },
          filter: {},
        },
      },
      result: { data: ANSWER },
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <MemoryRouter initialEntries={[`/${path}`]}>
          <ViewerContext.Provider
            value={{
              id: 'usr_1',
              email: 'x@example.org',
              role,
              personId: null,
              organizationId: role === 'EMPLOYER' ? 'org_1' : null,
            }}
          >
            {children}
            <Routes>
              <Route path={`/${path}`} element={route?.element} />
            </Routes>
          </ViewerContext.Provider>
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('an employer’s agreements', () => {
  it('are in the employer’s menu and list the organisation’s agreements, without drafting new ones', async () => {
    renderPath('agreements', 'EMPLOYER', <NavMenu role="EMPLOYER" onNavigate={() => {}} />);
    const menu = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(menu.querySelector('a[href="/agreements"]')?.textContent).toBe('Avtaler');
    expect(
      await screen.findByRole('link', {
        name: 'Arbeidstrening hos Grenland Mekaniske Verksted AS',
      }),
    ).toBeTruthy();
    expect(screen.queryByText('Ikke tillatt')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Lag avtaleutkast' })).toBeNull();
  });

  it('still offers a coordinator to draft one', async () => {
    renderPath('agreements', 'COORDINATOR');
    expect(
      await screen.findByRole('link', {
        name: 'Arbeidstrening hos Grenland Mekaniske Verksted AS',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lag avtaleutkast' })).toBeTruthy();
  });
});
