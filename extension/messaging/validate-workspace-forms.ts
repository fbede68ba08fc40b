import type { z } from 'zod';
import { i18n } from '#i18n';
import {
  type AcceptInviteRequest,
  AcceptInviteRequestSchema,
  type CreateWorkspaceRequest,
  CreateWorkspaceRequestSchema,
  ServerUrlSchema,
} from '../../shared/api/schemas';
import type { MessageError, MessageInput } from './protocol';

/** Either the cleaned values or one error per bad field, each with a message that says what to enter. */
export type FormCheck<T> = { ok: true; value: T } | { ok: false; errors: MessageError[] };

const fieldError = (field: string, message: string): MessageError => ({ code: 'invalid_field', message, field });

/**
 * Whether plain http stays on this computer: localhost, 127.0.0.0/8 or [::1]. `new URL` has already
 * rewritten other spellings (`127.1`, `0x7f.0.0.1`) to dotted decimal, and lower-cased the host.
 */
function isLoopback(url: URL): boolean {
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Checks a typed server address (ServerUrlSchema) and drops trailing slashes. Plain http is refused
 * unless it stays on this computer: every request carries the access token, readable on the way.
 */
export function checkServerUrl(serverUrl: string): FormCheck<string> {
  const parsed = ServerUrlSchema.safeParse(serverUrl);
  const url = parsed.success && URL.canParse(parsed.data) ? new URL(parsed.data) : undefined;
  if (!parsed.success || !url) {
    const isEmpty = serverUrl.trim() === '';
    return {
      ok: false,
      errors: [fieldError('serverUrl', i18n.t(isEmpty ? 'errors.serverUrlMissing' : 'errors.serverUrlInvalid'))],
    };
  }
  if (url.protocol === 'http:' && !isLoopback(url)) {
    return {
      ok: false,
      errors: [{ code: 'insecure_server_url', field: 'serverUrl', message: i18n.t('security.insecureServerUrl') }],
    };
  }
  return { ok: true, value: parsed.data };
}

function describeIssue(field: string, issue: z.core.$ZodIssue): string {
  if (field.toLowerCase().endsWith('email')) return i18n.t('errors.emailInvalid');
  if (issue.code === 'too_big') return i18n.t('errors.tooLong', [String(issue.maximum)]);
  if (field === 'workspaceName') return i18n.t('errors.workspaceNameMissing');
  if (field === 'code') return i18n.t('errors.inviteCodeMissing');
  return i18n.t('errors.nameMissing');
}

function collectErrors(error: z.ZodError, fieldOfPath: Record<string, string>): MessageError[] {
  const errors = new Map<string, MessageError>();
  for (const issue of error.issues) {
    const field = fieldOfPath[issue.path.join('.')];
    if (field && !errors.has(field)) errors.set(field, fieldError(field, describeIssue(field, issue)));
  }
  return [...errors.values()];
}

function mergeChecks<T>(
  serverUrl: FormCheck<string>,
  extra: MessageError[],
  body: z.ZodSafeParseResult<T>,
  fieldOfPath: Record<string, string>,
): FormCheck<{ serverUrl: string; body: T }> {
  const errors = [
    ...(serverUrl.ok ? [] : serverUrl.errors),
    ...extra,
    ...(body.success ? [] : collectErrors(body.error, fieldOfPath)),
  ];
  if (errors.length > 0 || !serverUrl.ok || !body.success) return { ok: false, errors };
  return { ok: true, value: { serverUrl: serverUrl.value, body: body.data } };
}

/** Checks the "Create workspace" form against the shared request schema. */
export function checkCreateWorkspaceForm(
  input: MessageInput<'workspace.create'>,
): FormCheck<{ serverUrl: string; body: CreateWorkspaceRequest }> {
  const secretErrors =
    input.bootstrapSecret.trim() === '' ? [fieldError('bootstrapSecret', i18n.t('errors.bootstrapSecretMissing'))] : [];
  const body = CreateWorkspaceRequestSchema.safeParse({
    name: input.workspaceName,
    owner: { name: input.ownerName, email: input.ownerEmail },
  });
  return mergeChecks(checkServerUrl(input.serverUrl), secretErrors, body, {
    name: 'workspaceName',
    'owner.name': 'ownerName',
    'owner.email': 'ownerEmail',
  });
}

/** Checks the "Join with invite code" form against the shared request schema. */
export function checkJoinForm(
  input: MessageInput<'workspace.join'>,
): FormCheck<{ serverUrl: string; body: AcceptInviteRequest }> {
  const body = AcceptInviteRequestSchema.safeParse({ code: input.code, name: input.name, email: input.email });
  return mergeChecks(checkServerUrl(input.serverUrl), [], body, { code: 'code', name: 'name', email: 'email' });
}

/** Checks the "Connect with an access token" form. */
export function checkTokenForm(
  input: MessageInput<'workspace.connectWithToken'>,
): FormCheck<{ serverUrl: string; token: string }> {
  const serverUrl = checkServerUrl(input.serverUrl);
  const token = input.token.trim();
  const errors = [
    ...(serverUrl.ok ? [] : serverUrl.errors),
    ...(token === '' ? [fieldError('token', i18n.t('errors.tokenMissing'))] : []),
  ];
  if (!serverUrl.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { serverUrl: serverUrl.value, token } };
}
