import { escapeHtml } from '../messages/message-renderer';

/** Markup that is already safe (built by `html` or trusted, e.g. the QR code's SVG). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolated = SafeHtml | string | number | null | undefined | false | Interpolated[];

/** A tagged template that escapes every interpolated value unless it is SafeHtml; arrays are joined, null and false vanish. */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]) : ''), ''));
}

function render(value: Interpolated): string {
  if (value === null || value === undefined || value === false) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map(render).join('');
  }
  if (value instanceof SafeHtml) {
    return value.value;
  }
  return escapeHtml(String(value));
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f5f7;color:#1d2433;line-height:1.45}
header{background:#1d3557;color:#fff;padding:14px 16px}header a{color:#fff}
main{max-width:760px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:10px;padding:16px;margin:0 0 16px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
table{width:100%;border-collapse:collapse}td,th{padding:8px 4px;border-bottom:1px solid #e4e6eb;text-align:left;vertical-align:top}
.amount{text-align:right;white-space:nowrap}.status{font-weight:600}.late{color:#b42318}.paid{color:#067647}
label{display:block;margin:10px 0 4px;font-weight:600}input,select,textarea{width:100%;box-sizing:border-box;padding:10px;font-size:16px;border:1px solid #c9ccd3;border-radius:6px}
button{margin-top:12px;padding:12px 16px;font-size:16px;border:0;border-radius:6px;background:#1d3557;color:#fff;width:100%}
.notice{background:#ecfdf3;border-left:4px solid #067647;padding:10px 12px;margin-bottom:16px}.error{background:#fef3f2;border-left:4px solid #b42318;padding:10px 12px;margin-bottom:16px}
.qr svg{width:200px;height:200px}.mono{font-family:ui-monospace,monospace;word-break:break-all}
details{margin-top:8px}summary{cursor:pointer;font-weight:600;padding:8px 0}
@media (max-width:560px){td,th{font-size:14px}.hide-small{display:none}}
`;

/** The portal's page frame: French, phone-friendly, no external resources. */
export function layout(title: string, body: SafeHtml, options: { signedIn?: boolean } = {}): string {
  return html`<!doctype html>
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title} · Espace client</title>
        <style>
          ${new SafeHtml(STYLE)}
        </style>
      </head>
      <body>
        <header>
          <strong>Espace client</strong>${options.signedIn ? html` · <a href="/portal">Mes factures</a>` : ''}
        </header>
        <main>${body}</main>
      </body>
    </html>`.value;
}
