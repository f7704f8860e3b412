// A camt.053.001.02 statement in the ISO 20022 sample structure (group header, one Stmt, balances, entries).

export interface CamtEntry {
  reference: string;
  amountCents: number;
  credit: boolean;
  bookingDate: string;
  label: string;
  creditorReference?: string;
  payerName?: string;
  payerIban?: string;
}

const euros = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

export function camt053(iban: string, entries: CamtEntry[], statementId = 'STMT-1'): string {
  const total = entries.reduce((sum, e) => sum + (e.credit ? e.amountCents : -e.amountCents), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${statementId}</MsgId><CreDtTm>2026-12-01T06:00:00+01:00</CreDtTm><MsgPgntn><PgNb>1</PgNb><LastPgInd>true</LastPgInd></MsgPgntn></GrpHdr>
    <Stmt>
      <Id>${statementId}</Id>
      <ElctrncSeqNb>1</ElctrncSeqNb>
      <CreDtTm>2026-12-01T06:00:00+01:00</CreDtTm>
      <Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${euros(Math.abs(total))}</Amt><CdtDbtInd>${total >= 0 ? 'CRDT' : 'DBIT'}</CdtDbtInd><Dt><Dt>2026-12-01</Dt></Dt></Bal>
      <TxsSummry><TtlNtries><NbOfNtries>${entries.length}</NbOfNtries></TtlNtries></TxsSummry>
${entries.map(entry).join('\n')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

function entry(e: CamtEntry): string {
  const remittance = e.creditorReference
    ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${e.creditorReference}</Ref></CdtrRefInf></Strd>`
    : `<Ustrd>${e.label}</Ustrd>`;
  const parties = e.payerName
    ? `<RltdPties><Dbtr><Nm>${e.payerName}</Nm></Dbtr>${e.payerIban ? `<DbtrAcct><Id><IBAN>${e.payerIban}</IBAN></Id></DbtrAcct>` : ''}</RltdPties>`
    : '';
  return `      <Ntry>
        <Amt Ccy="EUR">${euros(e.amountCents)}</Amt><CdtDbtInd>${e.credit ? 'CRDT' : 'DBIT'}</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>${e.bookingDate}</Dt></BookgDt><ValDt><Dt>${e.bookingDate}</Dt></ValDt>
        <AcctSvcrRef>${e.reference}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>${e.credit ? 'RCDT' : 'ICDT'}</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls><Refs><EndToEndId>${e.reference}</EndToEndId></Refs>${parties}<RmtInf>${remittance}</RmtInf></TxDtls></NtryDtls>
        <AddtlNtryInf>${e.label}</AddtlNtryInf>
      </Ntry>`;
}
