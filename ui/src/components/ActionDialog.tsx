import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Form, HttpError, SaveButton, useNotify, useRefresh, type RaRecord } from 'react-admin';

export interface ActionDialogProps {
  label: string;
  title: string;
  icon?: ReactElement;
  intro?: ReactNode;
  submitLabel: string;
  /** Calls the API; a rejected HttpError with field errors shows them on the inputs. */
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  success: string;
  defaultValues?: Record<string, unknown>;
  variant?: 'contained' | 'outlined' | 'text';
  color?: 'primary' | 'secondary' | 'error' | 'success' | 'warning' | 'inherit';
  children: ReactNode;
  onDone?: () => void;
}

/** A button opening a small form in a dialog: record a payment, reject with a reason, schedule the sending… */
export function ActionDialog(props: ActionDialogProps) {
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const submit = async (values: Record<string, unknown>) => {
    try {
      await props.onSubmit(values);
      setOpen(false);
      notify(props.success, { type: 'success' });
      refresh();
      props.onDone?.();
      return undefined;
    } catch (error) {
      const body = error instanceof HttpError ? (error.body as { errors?: Record<string, string> }) : undefined;
      notify(error instanceof Error ? error.message : 'Erreur inattendue', { type: 'error' });
      return body?.errors && Object.keys(body.errors).length ? body.errors : undefined;
    }
  };
  return (
    <>
      <Button
        variant={props.variant ?? 'outlined'}
        color={props.color ?? 'primary'}
        startIcon={props.icon}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form
          onSubmit={submit}
          defaultValues={props.defaultValues as RaRecord | undefined}
          record={props.defaultValues as RaRecord | undefined}
        >
          <DialogTitle sx={{ fontWeight: 700 }}>{props.title}</DialogTitle>
          <DialogContent>
            {props.intro && (
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {props.intro}
              </Typography>
            )}
            {props.children}
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={() => setOpen(false)}>Annuler</Button>
            <SaveButton
              label={props.submitLabel}
              icon={props.icon}
              alwaysEnable
              color={props.color === 'inherit' ? 'primary' : props.color}
            />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
