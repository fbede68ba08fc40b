import { i18n } from '#i18n';
import { ProjectFieldsSchema } from '../../../shared/schemas/project';
import { RiskFieldsSchema } from '../../../shared/schemas/risk';

/** The popup checks its fields with the shared schemas first, to answer in the user's language beside the field. */

export interface NewProjectErrors {
  code?: string;
  name?: string;
}

export function checkNewProject(code: string, name: string): NewProjectErrors {
  const errors: NewProjectErrors = {};
  const codeCheck = ProjectFieldsSchema.shape.code.safeParse(code);
  if (!codeCheck.success) {
    const issue = codeCheck.error.issues[0];
    if (issue.code === 'too_small') errors.code = i18n.t('errors.projectCodeMissing');
    else if (issue.code === 'too_big') errors.code = i18n.t('errors.tooLong', ['20']);
    else errors.code = i18n.t('errors.projectCodeFormat');
  }
  const nameCheck = ProjectFieldsSchema.shape.name.safeParse(name);
  if (!nameCheck.success) {
    errors.name =
      nameCheck.error.issues[0].code === 'too_big'
        ? i18n.t('errors.tooLong', ['200'])
        : i18n.t('errors.projectNameMissing');
  }
  return errors;
}

/** The error to show beside the risk title, if any. */
export function checkRiskTitle(title: string): string | undefined {
  const check = RiskFieldsSchema.shape.title.safeParse(title);
  if (check.success) return undefined;
  return check.error.issues[0].code === 'too_big'
    ? i18n.t('errors.tooLong', ['300'])
    : i18n.t('errors.riskTitleMissing');
}
