import 'reflect-metadata';
import { Get } from '@nestjs/common';
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

  it('records the purposes for OpenAPI on each route: class purposes on routes without their own, an X-Purpose header required only with several', () => {
    @Purpose('service.crm')
    class Routes {
      @Get() list(): string {
        return 'a';
      }
      @Get('export') @Purpose('service.crm', 'marketing') export(): string {
        return 'b';
      }
      helper(): string {
        return 'c';
      }
    }
    const extension = (m: () => string) => Reflect.getMetadata('swagger/apiExtension', m) // @nestjs/swagger's metadata keys;
    const headers = (m: () => string) => Reflect.getMetadata('swagger/apiParameters', m);
    expect(extension(Routes.prototype.list)).toEqual({ 'x-lawful-purposes': ['service.crm'] });
    expect(headers(Routes.prototype.list)).toEqual([expect.objectContaining({ name: 'X-Purpose', in: 'header', required: false, schema: { type: 'string', enum: ['service.crm'] } })]);
    expect(extension(Routes.prototype.export)).toEqual({ 'x-lawful-purposes': ['service.crm', 'marketing'] });
    expect(headers(Routes.prototype.export)).toEqual([expect.objectContaining({ name: 'X-Purpose', required: true, schema: { type: 'string', enum: ['service.crm', 'marketing'] } })]);
    expect(extension(Routes.prototype.helper)).toBeUndefined();
  });

  it('rejects a declaration without purposes or with an empty key', () => {
    expect(() => Purpose()).toThrow(TypeError);
    expect(() => Purpose('service.crm', ' ')).toThrow(/at least one non-empty purpose key/);
  });
});
