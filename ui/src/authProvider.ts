import type { AuthProvider } from 'react-admin';
import { api, session, type SessionUser } from './http';
import { hasLiveSession } from './loginFirst';

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { accessToken, user } = await api<{ accessToken: string; user: SessionUser }>('/auth/login', {
      method: 'POST',
      body: { email: username, password },
    });
    session.save(accessToken, user);
  },
  async logout() {
    session.clear();
  },
  async checkAuth() {
    if (!hasLiveSession()) {
      throw new Error('Session expirée, veuillez vous reconnecter');
    }
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      session.clear();
      throw new Error('Session expirée');
    }
  },
  async getIdentity() {
    const user = session.user();
    if (!user) {
      throw new Error('Non connecté');
    }
    return { id: user.id, fullName: user.fullName, role: user.role, email: user.email };
  },
  async getPermissions() {
    return session.user()?.role ?? null;
  },
};
