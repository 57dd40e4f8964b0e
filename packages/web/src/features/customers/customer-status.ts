export const customerStatusColor = (status: string): string =>
  status === 'active' ? 'green' : status === 'pending' ? 'gold' : 'default';
