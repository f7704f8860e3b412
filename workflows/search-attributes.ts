import type { SearchAttributeKey, SearchAttributeType } from '@temporalio/common/lib/search-attributes';

// Same shape as @temporalio/common's defineSearchAttributeKey, kept here so workflows import no runtime outside the SDK.
const key = <T extends SearchAttributeType>(name: string, type: T): SearchAttributeKey<T> => ({ name, type });

// What operators filter on in the Temporal Web UI, e.g. InvoiceNumber = "FACT-2026-001".
export const InvoiceNumber = key('InvoiceNumber', 'KEYWORD');
export const CustomerId = key('CustomerId', 'KEYWORD');
export const CustomerName = key('CustomerName', 'KEYWORD');
export const InvoiceStatus = key('InvoiceStatus', 'KEYWORD');
export const AmountDue = key('AmountDue', 'DOUBLE');
export const DueDate = key('DueDate', 'DATETIME');
export const DunningStage = key('DunningStage', 'KEYWORD');

export const ALL_SEARCH_ATTRIBUTES: SearchAttributeKey<SearchAttributeType>[] = [
  InvoiceNumber,
  CustomerId,
  CustomerName,
  InvoiceStatus,
  AmountDue,
  DueDate,
  DunningStage,
];

/** The CLI's spelling of each type, for `temporal server start-dev --search-attribute Name=Type`. */
export const CLI_TYPE_NAMES: Record<SearchAttributeType, string> = {
  TEXT: 'Text',
  KEYWORD: 'Keyword',
  INT: 'Int',
  DOUBLE: 'Double',
  BOOL: 'Bool',
  DATETIME: 'Datetime',
  KEYWORD_LIST: 'KeywordList',
};
