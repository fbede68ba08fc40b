/** Build-time variables this extension reads (see wxt.config.ts); WXT_ ones reach the bundle. */
interface ImportMetaEnv {
  /** Google OAuth client id for writing back to Sheets; unset builds offer download and copy only. */
  readonly WXT_GOOGLE_OAUTH_CLIENT_ID?: string;
}
