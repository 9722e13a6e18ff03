import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_2018, annualReport2018Population } from '../fixtures/annual-report-2018';
import { toCsvFiles } from '../fixtures/legacy-population';
import { figuresOn } from './legacy-figures';

describe('the 2018 population of the old register', () => {
  const population = annualReport2018Population();

  it('gives every figure of the 2018 table when read with the register rules on 31 December 2018', () => {
    const { asOf, ...table } = ANNUAL_REPORT_2018;
    expect(figuresOn(population.files, asOf)).toEqual(table);
  });

  it('is the same population on every run', () => {
    // As text: a deep comparison of the Buffers goes byte by byte and takes half a minute.
    const texts = (files: ReturnType<typeof toCsvFiles>) => files.map(({ name, content }) => [name, content.toString('utf8')]);
    expect(texts(toCsvFiles(annualReport2018Population().files))).toEqual(texts(toCsvFiles(population.files)));
  });
});
