/** Turns injectable activity classes into the flat { name: fn } object a Temporal worker takes. */
export function bindActivities(...instances: object[]): Record<string, (...args: never[]) => Promise<unknown>> {
  const activities: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const instance of instances) {
    const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor' || typeof proto[name] !== 'function') {
        continue;
      }
      if (activities[name]) {
        throw new Error(`Two activity classes define ${name}`);
      }
      activities[name] = (proto[name] as (...args: never[]) => Promise<unknown>).bind(instance);
    }
  }
  return activities;
}
