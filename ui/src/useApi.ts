import { useQuery } from '@tanstack/react-query';
import { api } from './http';

/** A read-only API view (dashboard, timeline, schedule…) cached by path; react-admin's refresh invalidates it, and it polls while shown. */
export function useApi<T>(path: string | null, refetchInterval: number | false = 10_000) {
  return useQuery({ queryKey: ['api', path], queryFn: () => api<T>(path!), enabled: !!path, refetchInterval });
}
