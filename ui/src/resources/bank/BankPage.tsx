import { useState } from 'react';
import { Title } from 'react-admin';
import { StatementDrop } from './StatementDrop';
import { ToMatchQueue } from './ToMatchQueue';

/** Relevés bancaires and the À rapprocher queue, on one screen: an import refreshes the queue. */
export function BankPage() {
  const [version, setVersion] = useState(0);
  return (
    <>
      <Title title="Relevés bancaires" />
      <StatementDrop onImported={() => setVersion((v) => v + 1)} />
      <ToMatchQueue version={version} />
    </>
  );
}
