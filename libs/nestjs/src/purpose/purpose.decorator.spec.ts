import 'reflect-metadata';
import { Reflector } from '@nestjs/core';
import { PURPOSES_METADATA } from '../constants';
import { Purpose } from './purpose.decorator';

describe('@Purpose', () => {
  @Purpose('service.crm')
  class Controller {
    inherited(): string {
      return 'a';
    }
    @Purpose('marketing', 'service.crm', 'marketing')
    overridden(): string {
      return 'b';
    }
  }

  it('stores the purposes on the class and on the method, the method overriding the class, without duplicates', () => {
    const reflector = new Reflector();
    const read = (handler: () => string) => reflector.getAllAndOverride<string[]>(PURPOSES_METADATA, [handler, Controller]);
    expect(read(Controller.prototype.inherited)).toEqual(['service.crm']);
    expect(read(Controller.prototype.overridden)).toEqual(['marketing', 'service.crm']);
  });

  it('rejects a declaration without purposes or with an empty key', () => {
    expect(() => Purpose()).toThrow(TypeError);
    expect(() => Purpose('service.crm', ' ')).toThrow(/at least one non-empty purpose key/);
  });
});
