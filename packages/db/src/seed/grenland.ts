/** The Grenland municipalities the demo network lives in, with Telemark's 2024 kommunenummer. */
export interface Municipality {
  number: string;
  name: string;
  /** Roughly the population in thousands: how much of the network lives here. */
  weight: number;
  postal: readonly (readonly [code: string, place: string])[];
}

export const MUNICIPALITIES: readonly Municipality[] = [
  {
    number: '4003',
    name: 'Skien',
    weight: 55,
    postal: [
      ['3715', 'Skien'],
      ['3724', 'Skien'],
      ['3732', 'Skien'],
      ['3740', 'Skien'],
    ],
  },
  {
    number: '4001',
    name: 'Porsgrunn',
    weight: 37,
    postal: [
      ['3915', 'Porsgrunn'],
      ['3921', 'Porsgrunn'],
      ['3936', 'Porsgrunn'],
      ['3944', 'Porsgrunn'],
    ],
  },
  {
    number: '4012',
    name: 'Bamble',
    weight: 14,
    postal: [
      ['3960', 'Stathelle'],
      ['3970', 'Langesund'],
    ],
  },
  {
    number: '4005',
    name: 'Notodden',
    weight: 13,
    postal: [
      ['3674', 'Notodden'],
      ['3679', 'Notodden'],
    ],
  },
  { number: '4014', name: 'Kragerø', weight: 10, postal: [['3770', 'Kragerø']] },
  {
    number: '4018',
    name: 'Nome',
    weight: 6.5,
    postal: [
      ['3830', 'Ulefoss'],
      ['3825', 'Lunde'],
    ],
  },
  { number: '4016', name: 'Drangedal', weight: 4, postal: [['3750', 'Drangedal']] },
  { number: '4010', name: 'Siljan', weight: 2.4, postal: [['3748', 'Siljan']] },
];

export const MUNICIPALITY_WEIGHTS = MUNICIPALITIES.map((m) => [m, m.weight] as const);

export function municipalityByNumber(number: string): Municipality {
  const found = MUNICIPALITIES.find((m) => m.number === number);
  if (!found) throw new Error(`@brobygger/db/seed: unknown municipality ${number}`);
  return found;
}
