import fs from 'node:fs';
import path from 'node:path';
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from './config/config';
import { APP_CONFIG } from './config/config.module';
import { badRequest, flattenValidationErrors, JsonErrorFilter } from './common/http-errors';
import { RejectNulBytesPipe } from './common/nul-bytes';

/** Pipes, errors, OpenAPI and the admin UI: shared by main.ts and the e2e tests so both run the same app. */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.set('trust proxy', 'loopback');
  app.enableShutdownHooks();
  // 1 MiB by default: a 1,000-invoice import page is ~250 KB of JSON.
  app.useBodyParser('json', { limit: config.REQUEST_BODY_LIMIT_BYTES });
  app.useBodyParser('urlencoded', { limit: config.REQUEST_BODY_LIMIT_BYTES, extended: true });
  app.useGlobalPipes(
    new RejectNulBytesPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => badRequest(flattenValidationErrors(errors)),
    }),
  );
  app.useGlobalFilters(new JsonErrorFilter());
  const openApi = new DocumentBuilder()
    .setTitle('Acquitte API')
    .setDescription(
      'Invoices driven to "acquittée" by one durable Temporal workflow each. Amounts are integer cents; dates ISO-8601.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'docs-json' });
  serveAdminUi(app, path.resolve(config.UI_DIST_DIR));
  return app;
}

// The admin UI is a static single-page app with hash routing: "/" and its assets, no fallback route needed.
function serveAdminUi(app: NestExpressApplication, dir: string): void {
  if (fs.existsSync(path.join(dir, 'index.html'))) {
    app.useStaticAssets(dir, { index: 'index.html', maxAge: '1h' });
  }
}
