/** What other packages (the benchmark) use of the import module. */
export { importRegister, type RegisterImportOptions } from './brreg/import-register';
export { readRegister } from './brreg/read-register';
export type { ImportReport } from './report';
