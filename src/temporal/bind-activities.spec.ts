import { bindActivities } from './bind-activities';

class Greeter {
  constructor(private readonly name: string) {}
  async greet(): Promise<string> {
    return `hello ${this.name}`;
  }
}

class Other {
  async greet(): Promise<string> {
    return 'clash';
  }
}

describe('bindActivities', () => {
  it('binds public methods to their instance', async () => {
    const { greet } = bindActivities(new Greeter('acquitte'));
    await expect(greet()).resolves.toBe('hello acquitte');
  });

  it('refuses two classes defining the same activity', () => {
    expect(() => bindActivities(new Greeter('a'), new Other())).toThrow(/Two activity classes define greet/);
  });
});
