import { defaultTheme, type RaThemeOptions } from 'react-admin';

const primary = '#1a3a8f';

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
