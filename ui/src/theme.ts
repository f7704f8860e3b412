import { defaultTheme, type RaThemeOptions } from 'react-admin';

const primary = '#1a3a8f';

/** Every colour of the UI: components take them from here (or from the palette below), never as literals. */
export const colors = {
  primary,
  primaryLight: '#4a64b8',
  primaryDark: '#0f2563',
  primaryGradientEnd: '#24489f',
  loginGradientEnd: '#3559b8',
  teal: '#0e9f8e',
  orange: '#ed8b00',
  deepOrange: '#e65100',
  red: '#c62828',
  darkRed: '#7b1f1f',
  green: '#2e7d32',
  muted: '#8a94a6',
  textSecondary: '#5b6577',
  border: '#e4e8f1',
  surface: '#f4f6fb',
  white: '#fff',
  onPrimaryGlass: 'rgba(255,255,255,.16)',
  loginShadow: '0 20px 50px rgba(0,0,0,.25)',
} as const;

/** An invoice status as a chip (background, text) and as a tile's accent, by status code. */
export const statusTones: Record<string, { bg: string; fg: string; accent: string }> = {
  DRAFT: { bg: '#eceff4', fg: '#465065', accent: colors.muted },
  AWAITING_APPROVAL: { bg: '#fff4e0', fg: '#9a5b00', accent: colors.orange },
  REJECTED: { bg: '#fde7e9', fg: '#a3212f', accent: '#a3212f' },
  ISSUED: { bg: '#e7eefc', fg: primary, accent: primary },
  SENT: { bg: '#e3f2fd', fg: '#0d5aa7', accent: '#0d5aa7' },
  LATE: { bg: '#d32f2f', fg: '#ffffff', accent: '#d32f2f' },
  PARTIALLY_PAID: { bg: '#e0f4f1', fg: '#0b6e62', accent: '#0b6e62' },
  PAID: { bg: colors.green, fg: '#ffffff', accent: colors.green },
  CREDITED: { bg: '#ede7f6', fg: '#5e35b1', accent: '#5e35b1' },
  PARTIALLY_CREDITED: { bg: '#f3eefb', fg: '#6a4caf', accent: '#6a4caf' },
};

/** Deep blue, white cards on a soft grey background, generous spacing: a product, not a scaffold. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: primary, light: '#4a64b8', dark: '#0f2563', contrastText: '#fff' },
    secondary: { main: '#0e9f8e', contrastText: '#fff' },
    error: { main: '#c62828' },
    warning: { main: '#ed8b00' },
    success: { main: '#2e7d32' },
    background: { default: '#f4f6fb', paper: '#ffffff' },
    text: { primary: '#1b2437', secondary: '#5b6577' },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: "Inter, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
    h5: { fontWeight: 700 },
    h6: { fontWeight: 600 },
    subtitle2: { fontWeight: 600, color: '#5b6577' },
  },
  sidebar: { width: 262, closedWidth: 56 },
  components: {
    ...defaultTheme.components,
    MuiAppBar: {
      styleOverrides: {
        root: { background: `linear-gradient(90deg, ${primary} 0%, #24489f 100%)`, boxShadow: 'none' },
      },
    },
    MuiPaper: {
      styleOverrides: {
        root: { backgroundImage: 'none' },
        elevation1: { boxShadow: '0 1px 3px rgba(16,24,40,.08), 0 1px 2px rgba(16,24,40,.04)' },
      },
    },
    MuiCard: { styleOverrides: { root: { border: '1px solid #e4e8f1', boxShadow: '0 1px 2px rgba(16,24,40,.05)' } } },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: 'none', fontWeight: 600, borderRadius: 8 } },
    },
    MuiChip: { styleOverrides: { root: { fontWeight: 600 } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 700, color: '#5b6577', background: '#f8f9fc' } } },
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          borderRadius: 8,
          margin: '2px 8px',
          '&.RaMenuItemLink-active': {
            background: '#e6ecfa',
            color: primary,
            fontWeight: 700,
            '& .MuiSvgIcon-root': { color: primary },
          },
        },
      },
    },
  },
};
