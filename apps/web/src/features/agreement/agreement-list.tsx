import { Anchor, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { formatDate } from '../../lib/format';
import { ResponsiveTable } from '../entity-list/responsive-table';
import { StatusBadge } from './status-badge';
import { ThreeSectorBadge } from './three-sector-badge';
import { agreementTitle } from './agreement-title';

export const AgreementList_agreements = graphql(`
  fragment AgreementList_agreements on Agreement {
    id
    title
    kind
    status
    threeSector
    startDate
  }
`);

/** The agreements a person or organisation is party to, as a compact card (a list of cards on a phone). */
export function AgreementList(props: { agreements: readonly FragmentType<typeof AgreementList_agreements>[] }) {
  const { t, i18n } = useTranslation();
  const agreements = useFragment(AgreementList_agreements, props.agreements);
  return (
    <Card withBorder>
      <Text fw={600} mt={0} mb="xs" component="h2" size="md">
        {t('nav.agreements')}
      </Text>
      {agreements.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('agreement.none')}
        </Text>
      ) : (
        <ResponsiveTable
          headingOrder={3}
          minWidth={480}
          striped={false}
          highlightOnHover={false}
          rows={agreements}
          columns={[
            {
              key: 'title',
              label: t('fields.title'),
              cell: (a) => (
                <Group gap={6} component="span">
                  <Anchor component={Link} to={`/agreements/${a.id}`}>
                    {agreementTitle(a, t)}
                  </Anchor>
                  {a.threeSector ? <ThreeSectorBadge size="xs" /> : null}
                </Group>
              ),
            },
            { key: 'kind', label: t('fields.kind'), cell: (a) => t(`agreementKind.${a.kind}`) },
            { key: 'status', label: t('fields.status'), cell: (a) => <StatusBadge status={a.status} /> },
            { key: 'startDate', label: t('fields.startDate'), cell: (a) => formatDate(a.startDate, i18n.language) },
          ]}
        />
      )}
    </Card>
  );
}
