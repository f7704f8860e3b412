import { formatEuros } from '../common/money';
import { formatFrenchDate } from '../messages/format';
import { PAYMENT_METHOD_NAMES } from '../payments/payment-methods';
import { printedCreditorReference } from '../payments/creditor-reference';
import { html, layout, SafeHtml } from './portal-html';
import type { PortalInvoice, PortalInvoiceDetail } from './portal.service';

const date = (iso: string | null): string => (iso ? formatFrenchDate(iso) : '—');
const statusClass = (invoice: PortalInvoice): string =>
  invoice.status.code === 'LATE' ? 'late' : invoice.status.code === 'PAID' ? 'paid' : '';
const DOCUMENT_NAMES = {
  INVOICE: 'Facture',
  RECEIPT: 'Facture acquittée',
  CREDIT_NOTE: 'Avoir',
  FORMAL_NOTICE: 'Mise en demeure',
} as const;
const PLAN_ROWS = 4;

/** What a request the customer just made did, shown once above the invoice. */
export const NOTICES = {
  payment: 'Merci : votre paiement est déclaré. Les relances sont suspendues le temps que nous le vérifiions.',
  dispute: 'Votre contestation est enregistrée : les relances sont arrêtées et notre service client revient vers vous.',
  plan: 'Votre demande d’échéancier est transmise à notre responsable ; nous revenons vers vous rapidement.',
} as const;
export type NoticeKey = keyof typeof NOTICES;

export function invoicesPage(overview: {
  customerName: string;
  sellerName: string;
  invoices: PortalInvoice[];
}): string {
  const rows = overview.invoices.map(
    (invoice) =>
      html`<tr data-testid="portal-invoice">
        <td>
          <a href="/portal/invoices/${invoice.id}">${invoice.number}</a>
          <div class="hide-small">émise le ${date(invoice.issueDate)}</div>
        </td>
        <td>${date(invoice.dueDate)}</td>
        <td class="amount">${formatEuros(invoice.balanceCents)}</td>
        <td class="status ${statusClass(invoice)}">${invoice.status.label}</td>
      </tr>`,
  );
  return layout(
    'Mes factures',
    html`<div class="card">
        <h1>${overview.customerName}</h1>
        <p>Vos factures chez ${overview.sellerName}.</p>
      </div>
      <div class="card">
        <table>
          <thead>
            <tr>
              <th>Facture</th>
              <th>Échéance</th>
              <th class="amount">Reste dû</th>
              <th>Statut</th>
            </tr>
          </thead>
          <tbody>
            ${
              rows.length
                ? rows
                : html`<tr>
                    <td colspan="4">Aucune facture pour le moment.</td>
                  </tr>`
            }
          </tbody>
        </table>
      </div>
      <form class="card" method="post" action="/portal/logout"><button type="submit">Se déconnecter</button></form>`,
    { signedIn: true },
  );
}

export function invoicePage(
  invoice: PortalInvoiceDetail,
  form: { requestId: string; today: string; notice?: NoticeKey },
): string {
  return layout(
    `Facture ${invoice.number}`,
    html`${form.notice ? html`<div class="notice" role="status">${NOTICES[form.notice]}</div>` : ''}
      <div class="card">
        <h1>Facture ${invoice.number}</h1>
        <p>Émise le ${date(invoice.issueDate)} · échéance le ${date(invoice.dueDate)}</p>
        <p>
          Montant TTC : ${formatEuros(invoice.totalInclTaxCents)} · reste dû :
          <strong>${formatEuros(invoice.balanceCents)}</strong>
        </p>
        <p>
          Statut :
          <span class="status ${statusClass(invoice)}" data-testid="portal-status">${invoice.status.label}</span
          >${invoice.disputed ? ' · contestée' : ''}${
            invoice.promisedPaymentDate
              ? html` · relances suspendues jusqu’au ${date(invoice.promisedPaymentDate)}`
              : ''
          }
        </p>
      </div>
      ${documentsCard(invoice)}${invoice.payment ? paymentCard(invoice) : ''}${invoice.open ? actionsCard(invoice, form) : ''}`,
    { signedIn: true },
  );
}

function documentsCard(invoice: PortalInvoiceDetail): SafeHtml {
  const items = invoice.documents.map(
    (d) => html`<li><a href="/portal/documents/${d.id}/download">${DOCUMENT_NAMES[d.kind]} · ${d.fileName}</a></li>`,
  );
  return html`<div class="card">
    <h2>Documents</h2>
    ${
      items.length
        ? html`<ul>
            ${items}
          </ul>`
        : html`<p>Aucun document PDF pour cette facture.</p>`
    }
  </div>`;
}

function paymentCard({ payment }: PortalInvoiceDetail): SafeHtml {
  const p = payment!;
  return html`<div class="card" data-testid="portal-payment">
    <h2>Payer par virement</h2>
    <div class="qr">${new SafeHtml(p.qrSvg)}</div>
    <p>Scannez ce QR code avec l’application de votre banque, ou saisissez :</p>
    <table>
      <tr>
        <th>Bénéficiaire</th>
        <td>${p.beneficiaryName}</td>
      </tr>
      <tr>
        <th>IBAN</th>
        <td class="mono">${p.iban}</td>
      </tr>
      <tr>
        <th>BIC</th>
        <td class="mono">${p.bic}</td>
      </tr>
      <tr>
        <th>Montant</th>
        <td>${formatEuros(p.amountCents)}</td>
      </tr>
      <tr>
        <th>Référence</th>
        <td class="mono" data-testid="portal-reference">${printedCreditorReference(p.reference)}</td>
      </tr>
    </table>
    <p>Indiquez la référence telle quelle : votre paiement sera reconnu automatiquement.</p>
  </div>`;
}

function actionsCard(
  invoice: PortalInvoiceDetail,
  { requestId, today }: { requestId: string; today: string },
): SafeHtml {
  const hidden = html`<input type="hidden" name="requestId" value="${requestId}" />`;
  const methods = Object.entries(PAYMENT_METHOD_NAMES).map(
    ([value, name]) => html`<option value="${value}">${name}</option>`,
  );
  const planRows = Array.from(
    { length: PLAN_ROWS },
    (_, i) =>
      html`<label for="dueDate${i + 1}">Échéance ${i + 1}</label>
        <input type="date" id="dueDate${i + 1}" name="dueDate${i + 1}" min="${today}" /><label for="amount${i + 1}"
          >Montant ${i + 1} (€)</label
        ><input id="amount${i + 1}" name="amount${i + 1}" inputmode="decimal" />`,
  );
  return html`<div class="card">
    <h2>Vous avez une démarche à faire ?</h2>
    <details>
      <summary>J’ai payé</summary>
      <form method="post" action="/portal/invoices/${invoice.id}/payment-declaration">
        ${hidden} <label for="paidOn">Date du paiement</label
        ><input type="date" id="paidOn" name="paidOn" max="${today}" value="${today}" required />
        <label for="amount">Montant payé (€)</label
        ><input
          id="amount"
          name="amount"
          inputmode="decimal"
          value="${(invoice.balanceCents / 100).toFixed(2).replace('.', ',')}"
          required
        />
        <label for="method">Moyen de paiement</label
        ><select id="method" name="method">
          ${methods}
        </select>
        <button type="submit">Déclarer mon paiement</button>
      </form>
    </details>
    ${
      invoice.disputed
        ? ''
        : html`<details>
            <summary>Contester</summary>
            <form method="post" action="/portal/invoices/${invoice.id}/dispute">
              ${hidden} <label for="reason">Motif de la contestation</label
              ><textarea id="reason" name="reason" rows="4" minlength="3" maxlength="2000" required></textarea>
              <button type="submit">Envoyer ma contestation</button>
            </form>
          </details>`
    }
    <details>
      <summary>Demander un échéancier</summary>
      <form method="post" action="/portal/invoices/${invoice.id}/payment-plan-request">
        ${hidden}
        <p>Proposez vos dates et montants ; leur total doit faire ${formatEuros(invoice.balanceCents)}.</p>
        ${planRows} <label for="comment">Commentaire (facultatif)</label
        ><textarea id="comment" name="comment" rows="3" maxlength="2000"></textarea>
        <button type="submit">Envoyer ma demande</button>
      </form>
    </details>
  </div>`;
}

export function linkRequestPage(intro?: string): string {
  return layout(
    'Recevoir un lien',
    html`<div class="card">
      <h1>Recevoir un nouveau lien</h1>
      ${intro ? html`<p>${intro}</p>` : ''}
      <form method="post" action="/portal/link">
        <label for="email">Adresse e-mail de facturation</label>
        <input type="email" id="email" name="email" autocomplete="email" required maxlength="254" /><button
          type="submit"
        >
          Recevoir mon lien
        </button>
      </form>
    </div>`,
  );
}

export const LINK_SENT_MESSAGE =
  'Si cette adresse est connue de nos services, un lien vers votre espace client vient de lui être envoyé.';

export function linkSentPage(): string {
  return layout(
    'Lien envoyé',
    html`<div class="card">
      <h1>Vérifiez votre messagerie</h1>
      <p>${LINK_SENT_MESSAGE}</p>
    </div>`,
  );
}

/** An error page; `newLink` offers the form for a new link (expired, revoked or missing link). */
export function errorPage(title: string, message: string, options: { newLink?: boolean; back?: string } = {}): string {
  const body = html`<div class="error" role="alert"><strong>${title}</strong><br />${message}</div>
    ${options.back ? html`<p><a href="${options.back}">Retour</a></p>` : ''}`;
  if (!options.newLink) {
    return layout(title, html`<div class="card">${body}</div>`);
  }
  return layout(
    title,
    html`<div class="card">
      ${body}
      <form method="post" action="/portal/link">
        <label for="email">Adresse e-mail de facturation</label>
        <input type="email" id="email" name="email" autocomplete="email" required maxlength="254" /><button
          type="submit"
        >
          Recevoir un nouveau lien
        </button>
      </form>
    </div>`,
  );
}
