import type { Role } from '@brobygger/domain';
import {
  IconAffiliate,
  IconBriefcase,
  IconBuilding,
  IconChartDots,
  IconFileDescription,
  IconFileImport,
  IconListSearch,
  IconMessageCircleUser,
  IconUserCircle,
  IconUserCog,
  IconUserHeart,
  IconUserSearch,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  to: string;
  labelKey: string;
  icon: Icon;
}

/** Each role's menu; the routes behind it are guarded by the same roles (router.tsx). */
export const NAV_ITEMS: Record<Role, readonly NavItem[]> = {
  COORDINATOR: [
    { to: '/explorer', labelKey: 'nav.explorer', icon: IconAffiliate },
    { to: '/participants', labelKey: 'nav.participants', icon: IconUserHeart },
    { to: '/people', labelKey: 'nav.people', icon: IconUsers },
    { to: '/organizations', labelKey: 'nav.organizations', icon: IconBuilding },
    { to: '/networks', labelKey: 'nav.networks', icon: IconUsersGroup },
    { to: '/agreements', labelKey: 'nav.agreements', icon: IconFileDescription },
    { to: '/opportunities', labelKey: 'nav.opportunities', icon: IconBriefcase },
    { to: '/introductions', labelKey: 'coordination.nav.introductions', icon: IconMessageCircleUser },
    { to: '/import', labelKey: 'importPage.nav', icon: IconFileImport },
    { to: '/research', labelKey: 'analytics.nav.research', icon: IconChartDots },
  ],
  RESEARCHER: [
    { to: '/explorer', labelKey: 'nav.explorer', icon: IconAffiliate },
    { to: '/research', labelKey: 'analytics.nav.research', icon: IconChartDots },
  ],
  EMPLOYER: [
    { to: '/employer/candidates', labelKey: 'employer.nav.candidates', icon: IconUserSearch },
    { to: '/employer/openings', labelKey: 'employer.nav.openings', icon: IconBriefcase },
    { to: '/employer/introductions', labelKey: 'employer.nav.introductions', icon: IconMessageCircleUser },
    // The organisation's own agreements (the API scopes the list), where it finds one to sign.
    { to: '/agreements', labelKey: 'nav.agreements', icon: IconFileDescription },
  ],
  PARTICIPANT: [{ to: '/me', labelKey: 'me.nav.profile', icon: IconUserCircle }],
  ADMIN: [
    { to: '/admin/accounts', labelKey: 'admin.nav.accounts', icon: IconUserCog },
    { to: '/admin/audit', labelKey: 'admin.nav.audit', icon: IconListSearch },
  ],
};
