import { Logger } from '@nestjs/common';
import { PrivacySafeTypeOrmLogger } from './privacy-safe.logger';

describe('PrivacySafeTypeOrmLogger', () => {
  it('logs a failed query with its SQL and SQLSTATE, never its parameters or the driver message', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const failure = Object.assign(new Error('invalid input syntax for type uuid: "jane@example.com"'), { code: '22P02' });
    new PrivacySafeTypeOrmLogger().logQueryError(failure, 'SELECT * FROM contacts WHERE id = $1');
    expect(error).toHaveBeenCalledWith('query failed (SQLSTATE 22P02): SELECT * FROM contacts WHERE id = $1');
    expect(JSON.stringify(error.mock.calls)).not.toContain('jane@example.com');
    error.mockRestore();
  });
});
