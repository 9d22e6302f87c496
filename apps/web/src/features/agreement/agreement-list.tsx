import { Anchor, Card, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../../gql';
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

/** The agreements a person or organisation is party to, as a compact card. */
export function AgreementList(props: { agreements: readonly FragmentType<typeof AgreementList_agreements>[] }) {
  const { t } = useTranslation();
  const agreements = useFragment(AgreementList_agreements, props.agreements);
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {t('nav.agreements')}
      </Text>
      {agreements.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('agreement.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {agreements.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Group gap={6}>
                    <Anchor component={Link} to={`/agreements/${a.id}`}>
                      {agreementTitle(a, t)}
                    </Anchor>
                    {a.threeSector ? <ThreeSectorBadge size="xs" /> : null}
                  </Group>
                </Table.Td>
                <Table.Td>{t(`agreementKind.${a.kind}`)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={a.status} />
                </Table.Td>
                <Table.Td>{a.startDate ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
