import type { CalendarDate } from '@srpo/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
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

  @Field(() => DateScalar, { description: 'First day the subtheme can be credited.' })
  validFrom: CalendarDate;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the subtheme can be credited; null while open.' })
  validUntil: CalendarDate | null;

  @Field(() => Int, { description: 'Changes so far; send it back with a change (optimistic locking).' })
  version: number;
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

  @Field(() => Int, { description: 'Changes so far; send it back with a change (optimistic locking).' })
  version: number;
}

@InputType('CatalogueItemInput', { description: 'What staff may change of a theme or subtheme: never its code.' })
export class CatalogueItemInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: 'Required for a theme.' })
  description?: string | null;

  @Field(() => DateScalar, { description: 'First valid day: today or later; a start that has passed stays as it is.' })
  validFrom: CalendarDate;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last valid day (retiring): today or later, and not before any certification for it ends; null while open.',
  })
  validUntil?: CalendarDate | null;
}

@InputType('NewThemeInput', { description: 'A new theme of the catalogue.' })
export class NewThemeInput extends CatalogueItemInput {
  @Field(() => String, { description: 'Stable code, 1–10 letters or digits, e.g. "9"; it never changes.' })
  code: string;
}

@InputType('NewSubthemeInput', { description: 'A new subtheme of a theme.' })
export class NewSubthemeInput extends CatalogueItemInput {
  @Field(() => String, { description: 'The theme’s code, a dot and 1–10 letters or digits, e.g. "9.1"; it never changes.' })
  code: string;
}
