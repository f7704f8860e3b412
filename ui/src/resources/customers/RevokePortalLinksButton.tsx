import { Button } from '@mui/material';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import { useNotify, usePermissions } from 'react-admin';
import { api } from '../../http';
import { may } from '../../roles';

/** Cuts every portal link the customer received (a forwarded email, a former accountant); it can ask for a new one. */
export function RevokePortalLinksButton({ customerId }: { customerId: string }) {
  const { permissions } = usePermissions();
  const notify = useNotify();
  if (!may(permissions, 'revokePortalLinks')) {
    return null;
  }
  const revoke = () =>
    api<{ revoked: number }>(`/customers/${customerId}/portal-links/revoke`, { method: 'POST' })
      .then(({ revoked }) =>
        notify(revoked ? `${revoked} lien(s) de l'espace client révoqué(s)` : "Aucun lien de l'espace client ouvert", {
          type: 'success',
        }),
      )
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  return (
    <Button variant="outlined" color="warning" startIcon={<LinkOffIcon />} onClick={() => void revoke()}>
      Révoquer les liens de l'espace client
    </Button>
  );
}
