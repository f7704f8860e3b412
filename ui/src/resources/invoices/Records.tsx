import { Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Timeline } from '../../components/Timeline';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useNotify } from 'react-admin';
import { ChannelIcon } from '../../components/ChannelIcon';
import { Money } from '../../components/Money';
import { Empty, Section } from '../../components/Section';
import { download } from '../../http';
import { formatDate, formatDateTime, PAYMENT_METHODS } from '../../format';
import { useApi } from '../../useApi';
import { ACTION_LABELS, CHANNEL_LABELS, DOCUMENT_LABELS, MESSAGE_STATUS } from './labels';
import { colors } from '../../theme';

interface Doc {
  id: string;
  kind: string;
  fileName: string;
  sizeBytes: number;
  createdAt: string;
  downloadUrl: string;
}

export function Documents({ id }: { id: string }) {
  const { data } = useApi<Doc[]>(`/invoices/${id}/documents`);
  const notify = useNotify();
  return (
    <Section title="Documents archivés">
      {!data?.length ? (
        <Empty>Aucun document archivé pour l'instant.</Empty>
      ) : (
        <Stack sx={{ gap: 1 }}>
          {data.map((d) => (
            <Stack key={d.id} direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <div>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {DOCUMENT_LABELS[d.kind] ?? d.kind} — {d.fileName}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {formatDateTime(d.createdAt)} · {Math.ceil(d.sizeBytes / 1024)} Ko · scellé SHA-256
                </Typography>
              </div>
              <Button
                size="small"
                startIcon={<DownloadIcon />}
                onClick={() =>
                  void download(d.downloadUrl, d.fileName).catch((e: Error) => notify(e.message, { type: 'error' }))
                }
              >
                Télécharger
              </Button>
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}

interface Entry {
  at: string;
  kind: string;
  action: string;
  actor: string;
  summary: string;
}

export function History({ id }: { id: string }) {
  const { data } = useApi<Entry[]>(`/invoices/${id}/history`);
  return (
    <Section title="Historique">
      {!data?.length ? (
        <Empty>Aucun événement.</Empty>
      ) : (
        <Timeline
          entries={data.map((e, i) => ({
            key: `${e.at}-${i}`,
            when: formatDateTime(e.at),
            title: ACTION_LABELS[e.action] ?? e.action,
            detail: e.kind === 'EVENT' ? e.actor : e.summary,
            color: e.kind === 'MESSAGE' ? colors.teal : e.kind === 'DOCUMENT' ? colors.muted : colors.primary,
          }))}
        />
      )}
    </Section>
  );
}

interface Message {
  id: string;
  channel: string;
  recipient: string;
  subject: string | null;
  step: string;
  status: string;
  sentAt: string | null;
  readAt: string | null;
  createdAt: string;
}

export function Messages({ id }: { id: string }) {
  const { data } = useApi<Message[]>(`/invoices/${id}/messages`);
  return (
    <Section title="Messages">
      {!data?.length ? (
        <Empty>Aucun message envoyé.</Empty>
      ) : (
        <Table size="small" data-testid="messages">
          <TableHead>
            <TableRow>
              <TableCell>Canal</TableCell>
              <TableCell>Objet / destinataire</TableCell>
              <TableCell>Envoyé</TableCell>
              <TableCell>Lu</TableCell>
              <TableCell>État</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((m) => (
              <TableRow key={m.id}>
                <TableCell>
                  <Stack direction="row" sx={{ alignItems: 'center', gap: 0.75 }}>
                    <ChannelIcon type={m.channel} />
                    {CHANNEL_LABELS[m.channel] ?? m.channel}
                  </Stack>
                </TableCell>
                <TableCell>
                  <Typography variant="body2">{m.subject ?? m.step}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {m.recipient}
                  </Typography>
                </TableCell>
                <TableCell>{formatDateTime(m.sentAt)}</TableCell>
                <TableCell>{m.readAt ? formatDateTime(m.readAt) : '—'}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={MESSAGE_STATUS[m.status]?.color ?? 'default'}
                    label={MESSAGE_STATUS[m.status]?.label ?? m.status}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}

interface Payment {
  id: string;
  amountCents: number;
  paidAt: string;
  method: string;
  reference: string | null;
}

export function Payments({ id }: { id: string }) {
  const { data } = useApi<Payment[]>(`/invoices/${id}/payments`);
  if (!data?.length) {
    return null;
  }
  return (
    <Section title="Paiements reçus">
      <Table size="small" data-testid="payments">
        <TableBody>
          {data.map((p) => (
            <TableRow key={p.id}>
              <TableCell>{formatDate(p.paidAt)}</TableCell>
              <TableCell>{PAYMENT_METHODS.find((m) => m.id === p.method)?.name ?? p.method}</TableCell>
              <TableCell>{p.reference ?? ''}</TableCell>
              <TableCell align="right">
                <Money cents={p.amountCents} sx={{ fontWeight: 600 }} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}
