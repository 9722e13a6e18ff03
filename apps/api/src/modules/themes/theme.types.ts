import type { CalendarDate } from '@srpo/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/date.scalar';

@ObjectType('Subtheme', { description: 'A subtheme (deelthema) of a theme.' })
export class SubthemeType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Stable code, e.g. "4.2".' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType('Theme', {
  description:
    'A professional-development theme (professionaliseringsthema). Three distinct themes completed in a period qualify for re-registration.',
})
export class ThemeType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Stable code, e.g. "1"; third parties may rely on it.' })
  code: string;

  @Field(() => String, { description: 'Dutch name, e.g. "Persoonlijk leiderschap".' })
  name: string;

  @Field(() => String)
  description: string;

  @Field(() => Boolean, {
    description: 'The "empty" theme for informal learning in another domain; it counts as one theme.',
  })
  isWildcard: boolean;

  @Field(() => DateScalar, { description: 'First day the theme can be credited.' })
  validFrom: CalendarDate;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the theme can be credited; null while open.' })
  validUntil: CalendarDate | null;
}
