import { z } from 'zod';
import { ORGANIZATION_KINDS, SECTORS } from '../enums';
import {
  blankToNull,
  booleanField,
  enumField,
  intField,
  municipalityNumberField,
  naceCodeField,
  nameField,
  orgNumberField,
  postalCodeField,
  websiteField,
} from './fields';
import { clearableFields, optionalFields } from './input-shape';

const required = {
  name: nameField('Name'),
  sector: enumField(SECTORS, 'Sector'),
  kind: enumField(ORGANIZATION_KINDS, 'Kind'),
};

const settable = {
  publiclyOwned: booleanField('Publicly owned'),
};

const clearable = {
  orgNumber: blankToNull('Organisation number', orgNumberField()),
  industryCode: blankToNull('Industry code', naceCodeField()),
  industryName: blankToNull('Industry name', nameField('Industry name')),
  municipalityNumber: blankToNull('Municipality number', municipalityNumberField()),
  municipalityName: blankToNull('Municipality name', nameField('Municipality name')),
  address: blankToNull('Address', nameField('Address')),
  postalCode: blankToNull('Postal code', postalCodeField()),
  postalPlace: blankToNull('Postal place', nameField('Postal place')),
  website: blankToNull('Website', websiteField()),
  employees: intField('Employees', 0),
};

/** A new organisation: name, sector and kind are required; the organisation number is MOD11-checked. */
export const createOrganizationSchema = z.object({
  ...required,
  ...optionalFields(settable),
  ...clearableFields(clearable),
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;

/** Changes to an organisation: any subset of fields; null clears an optional one. */
export const updateOrganizationSchema = z.object({
  ...optionalFields(required),
  ...optionalFields(settable),
  ...clearableFields(clearable),
});
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationSchema>;
