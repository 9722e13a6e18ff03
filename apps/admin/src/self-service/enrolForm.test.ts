import { describe, expect, it } from 'vitest';
import { EMPTY_ENROLMENT, enrolProblems, fieldOfApiError } from './enrolForm';

describe('the enrolment form', () => {
  it('asks for every required field, a valid address and the same password twice', () => {
    expect(enrolProblems(EMPTY_ENROLMENT)).toEqual({
      firstName: 'firstNameRequired',
      lastName: 'lastNameRequired',
      leaderFunction: 'functionRequired',
      board: 'boardRequired',
      schoolId: 'schoolRequired',
      email: 'emailRequired',
      password: 'passwordRequired',
    });
    const filled = {
      ...EMPTY_ENROLMENT,
      firstName: 'Anne',
      lastName: 'Berg',
      leaderFunction: 'DIRECTOR' as const,
      board: { id: 'b', name: 'Stichting' },
      schoolId: 's',
      email: 'anne@school',
      password: 'een lange zin',
      repeat: 'een andere zin',
    };
    expect(enrolProblems(filled)).toEqual({ email: 'emailInvalid', repeat: 'mismatch' });
    expect(enrolProblems({ ...filled, email: ' anne@school.nl ', repeat: 'een lange zin' })).toEqual({});
  });

  it('puts an API error on the field it names', () => {
    expect(fieldOfApiError('boardId')).toBe('board');
    expect(fieldOfApiError('password')).toBe('password');
    expect(fieldOfApiError('elsewhere')).toBeUndefined();
  });
});
