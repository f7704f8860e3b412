import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useLogin } from 'react-admin';
import { colors } from '../theme';

/** A branded sign-in card; wrong credentials get a French message, never a blank screen. */
export function LoginPage() {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    login({ username: email, password })
      .catch((e: { status?: number; message?: string }) =>
        setError(e.status === 401 ? 'E-mail ou mot de passe incorrect.' : (e.message ?? 'Connexion impossible.')),
      )
      .finally(() => setBusy(false));
  };
  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: `linear-gradient(135deg, ${colors.primaryDark} 0%, ${colors.primary} 55%, ${colors.loginGradientEnd} 100%)`,
      }}
    >
      <Card sx={{ width: 400, borderRadius: 3, boxShadow: colors.loginShadow }}>
        <CardContent sx={{ p: 4 }}>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, mb: 1 }}>
            <Box
              sx={{
                width: 40,
                height: 40,
                borderRadius: 2,
                bgcolor: 'primary.main',
                color: colors.white,
                display: 'grid',
                placeItems: 'center',
                fontWeight: 800,
                fontSize: 22,
              }}
            >
              A
            </Box>
            <Typography variant="h5">Acquitte</Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            De la facture à la facture acquittée : validation, envoi, relances et encaissements.
          </Typography>
          <form onSubmit={submit}>
            <Stack sx={{ gap: 2 }}>
              {error && <Alert severity="error">{error}</Alert>}
              <TextField
                label="E-mail professionnel"
                name="email"
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                required
                autoFocus
                fullWidth
              />
              <TextField
                label="Mot de passe"
                name="password"
                type="password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
                fullWidth
              />
              <Button type="submit" variant="contained" size="large" disabled={busy}>
                {busy ? <CircularProgress size={22} color="inherit" /> : 'Se connecter'}
              </Button>
            </Stack>
          </form>
        </CardContent>
      </Card>
    </Box>
  );
}
