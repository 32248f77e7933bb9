import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

/** Body of `POST /auth/login`. */
export class LoginDto {
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;

  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password!: string;
}
