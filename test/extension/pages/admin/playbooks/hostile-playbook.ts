/**
 * Acceptance 4 of issue 16: a playbook holding a script, an image with an error handler, a frame,
 * objects and forms, and script addresses as links; every payload would set `window.__playbookPwned`.
 */
export const hostilePlaybook = [
  '# Escalation',
  '',
  '<script>window.__playbookPwned = 1</script>',
  '<img src=x onerror="window.__playbookPwned = 2">',
  '<iframe src="https://example.com"></iframe>',
  '<object data="x"></object><embed src="x"><form action="https://example.com"><input name=a></form>',
  '<style>body{display:none}</style><a href="javascript:alert(1)" onclick="alert(2)">raw</a>',
  '',
  '[click me](javascript:window.__playbookPwned=3) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox)',
  '![pixel](http://tracker.example/p.gif) ![inline](data:image/png;base64,iVBORw0KGgo=)',
].join('\n');
