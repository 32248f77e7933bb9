import 'reflect-metadata';
import { Reflector } from '@nestjs/core';
import { WITHOUT_PURPOSE_METADATA, WithoutPurpose } from './without-purpose.decorator';

describe('@WithoutPurpose', () => {
  @WithoutPurpose('reads only non-personal configuration')
  class Controller {
    inherited(): string {
      return 'a';
    }
    @WithoutPurpose('  authenticates the caller  ')
    own(): string {
      return 'b';
    }
  }

  it('stores the trimmed reason on the class and on the method, the method overriding the class', () => {
    const read = (handler: () => string) => new Reflector().getAllAndOverride<string>(WITHOUT_PURPOSE_METADATA, [handler, Controller]);
    expect(read(Controller.prototype.inherited)).toBe('reads only non-personal configuration');
    expect(read(Controller.prototype.own)).toBe('authenticates the caller');
  });

  it('rejects an empty or blank reason at decoration time', () => {
    expect(() => WithoutPurpose('')).toThrow(TypeError);
    expect(() => WithoutPurpose('   ')).toThrow(/needs a non-empty reason/);
    expect(() => WithoutPurpose(undefined as unknown as string)).toThrow(TypeError);
  });
});
