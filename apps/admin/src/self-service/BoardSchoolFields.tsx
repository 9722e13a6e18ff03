import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice } from './enrolForm';
import { EnrolBoardsQuery, EnrolSchoolsQuery } from './graphql';

export interface BoardSchoolFieldsProps {
  board: Choice | null;
  schoolId: string;
  onBoard(board: Choice | null): void;
  onSchool(schoolId: string): void;
  /** Called when a field is left (inline validation). */
  onBlur(field: 'board' | 'schoolId'): void;
  boardError?: string;
  schoolError?: string;
}

export const BOARD_FIELD = 'enrol-board';
export const SCHOOL_FIELD = 'enrol-schoolId';

/** The board by typing part of its name (the API searches the public list), then one of its schools. */
export function BoardSchoolFields({ board, schoolId, onBoard, onSchool, onBlur, boardError, schoolError }: BoardSchoolFieldsProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const boards = useQuery(EnrolBoardsQuery, { variables: { query: input.trim() || null, first: 20 } });
  const schools = useQuery(EnrolSchoolsQuery, { variables: { boardId: board?.id ?? '' }, skip: !board });
  const found: Choice[] = boards.data?.boards.nodes.map(({ id, name }) => ({ id, name })) ?? [];
  const options = board && !found.some((option) => option.id === board.id) ? [board, ...found] : found;
  const schoolOptions = schools.data?.boardSchools.nodes ?? [];
  const schoolHelp = schoolError ?? (schools.error ? t('selfService.enrol.schoolsLoadError') : !board ? t('selfService.enrol.schoolHint') : schools.data && !schoolOptions.length ? t('selfService.enrol.noSchools') : undefined);

  return (
    <>
      <Autocomplete
        id={BOARD_FIELD}
        options={options}
        value={board}
        onChange={(_event, next) => {
          onBoard(next);
          onSchool('');
        }}
        inputValue={input}
        onInputChange={(_event, next) => setInput(next)}
        onBlur={() => onBlur('board')}
        filterOptions={(all) => all}
        getOptionLabel={(option) => option.name}
        isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
        loading={boards.loading}
        noOptionsText={t('selfService.enrol.noOptions')}
        loadingText={t('selfService.enrol.loadingOptions')}
        renderInput={(params) => (
          <TextField {...params} label={t('selfService.enrol.board')} required error={Boolean(boardError)} helperText={boardError ?? t('selfService.enrol.boardHint')} />
        )}
      />
      <TextField
        id={SCHOOL_FIELD}
        select
        label={t('selfService.enrol.school')}
        required
        disabled={!board || !schoolOptions.length}
        value={schoolOptions.some((school) => school.id === schoolId) ? schoolId : ''}
        onChange={(event) => onSchool(event.target.value)}
        onBlur={() => onBlur('schoolId')}
        error={Boolean(schoolError)}
        helperText={schoolHelp}
      >
        {schoolOptions.map((school) => (
          <MenuItem key={school.id} value={school.id}>
            {school.name} ({school.city})
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
