import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import { api, query } from './http';
import { RESOURCES, type ResourceSpec } from './resources/registry';

interface Page<T> {
  data: T[];
  total: number;
}

function specOf(resource: string): ResourceSpec {
  return RESOURCES[resource] ?? { path: `/${resource}` };
}

const shape = (spec: ResourceSpec, record: RaRecord): RaRecord =>
  spec.fromApi ? (spec.fromApi(record) as RaRecord) : record;

function listQuery(spec: ResourceSpec, params: Partial<GetListParams>): string {
  if (spec.unpaged) {
    const { q: _q, ...filter } = (params.filter ?? {}) as Record<string, unknown>;
    return query({ ...filter, ...spec.fixedFilter });
  }
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const field = params.sort?.field;
  const sort = field && spec.sortFields?.includes(field) ? field : spec.defaultSort;
  const order = sort ? params.sort?.order?.toLowerCase() : undefined;
  return query({ page, perPage, sort, order, ...params.filter, ...spec.fixedFilter });
}

/** Paged lists ({ data, total }) and plain arrays (users, settings lists) both become react-admin pages. */
async function fetchList(spec: ResourceSpec, params: Partial<GetListParams>): Promise<Page<RaRecord>> {
  const body = await api<Page<RaRecord> | RaRecord[]>(`${spec.path}${listQuery(spec, params)}`);
  if (Array.isArray(body)) {
    return pageOf(body, params);
  }
  return { data: body.data, total: body.total };
}

/** Only what the form changed: a sales rep re-sending an unchanged profile would be refused by the API. */
function changedFields(
  previous: Record<string, unknown> | undefined,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (!previous) {
    return data;
  }
  return Object.fromEntries(
    Object.entries(data).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(previous[key])),
  );
}

/** A plain array paged and searched in the browser (small lists: users, policies). */
function pageOf(all: RaRecord[], params: Partial<GetListParams>): Page<RaRecord> {
  const { page = 1, perPage = 1000 } = params.pagination ?? {};
  const q = String((params.filter as { q?: string } | undefined)?.q ?? '').toLowerCase();
  const rows = q ? all.filter((r) => JSON.stringify(r).toLowerCase().includes(q)) : all;
  return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
}

// react-admin's methods are generic in the record type; the API's records are plain RaRecords.
const typed = <T>(result: T) => result as never;

export const dataProvider: DataProvider = {
  async getList(resource, params) {
    const spec = specOf(resource);
    const page = await fetchList(spec, params);
    return typed({ data: page.data.map((r) => shape(spec, r)), total: page.total });
  },
  async getOne(resource, params) {
    const spec = specOf(resource);
    return typed({ data: shape(spec, await api<RaRecord>(`${spec.path}/${params.id}`)) });
  },
  async getMany(resource, params) {
    const spec = specOf(resource);
    if (resource === 'users') {
      const all = await api<RaRecord[]>(spec.path);
      return typed({ data: all.filter((u) => params.ids.includes(u.id)) });
    }
    const records = await Promise.all(params.ids.map((id) => api<RaRecord>(`${spec.path}/${id}`)));
    return typed({ data: records.map((r) => shape(spec, r)) });
  },
  async getManyReference(resource, params) {
    const spec = specOf(resource);
    const page = await fetchList(spec, { ...params, filter: { ...params.filter, [params.target]: params.id } });
    return typed({ data: page.data.map((r) => shape(spec, r)), total: page.total });
  },
  async create(resource, params) {
    const spec = specOf(resource);
    const body = spec.toBody ? spec.toBody(params.data as Record<string, unknown>) : params.data;
    return typed({ data: shape(spec, await api<RaRecord>(spec.path, { method: 'POST', body })) });
  },
  async update(resource, params) {
    const spec = specOf(resource);
    const changed = spec.sendAll
      ? (params.data as Record<string, unknown>)
      : changedFields(
          params.previousData as Record<string, unknown> | undefined,
          params.data as Record<string, unknown>,
        );
    const body = spec.toBody ? spec.toBody(changed) : changed;
    return typed({
      data: shape(
        spec,
        await api<RaRecord>(`${spec.path}/${params.id}`, { method: spec.updateMethod ?? 'PATCH', body }),
      ),
    });
  },
  async updateMany() {
    throw new Error('Modification groupée non disponible');
  },
  async delete() {
    throw new Error('Suppression non disponible : une facture émise ne se supprime pas, elle se corrige par un avoir');
  },
  async deleteMany() {
    throw new Error('Suppression non disponible');
  },
};
