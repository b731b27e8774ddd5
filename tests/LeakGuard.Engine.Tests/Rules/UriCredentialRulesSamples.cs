using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class UriCredentialRulesSamples
{
    private static readonly string PostgresUriPasswordKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 14, 1), "#", FakeKey.Random(FakeKey.Base62, 4, 2));

    private static readonly string WeakPassword = FakeKey.Of("Sun", "4ny");

    private static readonly string MysqlUriPasswordKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 14, 11), "#", FakeKey.Random(FakeKey.Base62, 4, 12));

    private static readonly string MongodbUriPasswordKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 14, 21), "#", FakeKey.Random(FakeKey.Base62, 4, 22));

    private static readonly string RedisUriPasswordKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 14, 31), "#", FakeKey.Random(FakeKey.Base62, 4, 32));

    private static readonly string AmqpUriPasswordKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 14, 41), "#", FakeKey.Random(FakeKey.Base62, 4, 42));

    private static readonly string SmtpUriPasswordKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 14, 51), "#", FakeKey.Random(FakeKey.Base62, 4, 52));

    private static readonly string UrlBasicAuthPasswordKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 14, 61), "#", FakeKey.Random(FakeKey.Base62, 4, 62));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("postgres-uri-password", "URI with a password", $"DATABASE_URL=postgresql://app:{PostgresUriPasswordKey}@db.internal:5432/app", PostgresUriPasswordKey)
        .Ignores("postgres-uri-password", "placeholder password", "DATABASE_URL=postgresql://app:${DB_PASSWORD}@db.internal/app")
        .Ignores("postgres-uri-password", "default password", "DATABASE_URL=postgresql://app:password@localhost/app")
        .Ignores("postgres-uri-password", "a weak password for the local database", "DATABASE_URL=postgresql://app:Sun4ny@localhost:5432/app")
        .Ignores("redis-uri-password", "digits only, for the local Redis in a container", "REDIS_URL=redis://:20240101@host.docker.internal:6379")
        .FindsIn("postgres-uri-password", "a strong password on localhost is still reported", $"DATABASE_URL=postgresql://app:{PostgresUriPasswordKey}@localhost/app", PostgresUriPasswordKey)
        .FindsIn("postgres-uri-password", "a weak password on another host is still reported", $"DATABASE_URL=postgresql://app:{WeakPassword}@db.contoso.net/app", WeakPassword)
        .FindsIn("postgres-uri-password", "a weak password on a host named after localhost is still reported", $"DATABASE_URL=postgresql://app:{WeakPassword}@localhost.contoso.net/app", WeakPassword)
        .Ignores("url-basic-auth-password", "a doc comment that escapes the @", "{ user name, as in http://user:hunter22\\@host:port/ }")
        .Ignores("postgres-uri-password", "no password", "DATABASE_URL=postgresql://app@db.internal/app")
        .FindsIn("mysql-uri-password", "URI with a password", $"DATABASE_URL=mysql://app:{MysqlUriPasswordKey}@db.internal:5432/app", MysqlUriPasswordKey)
        .Ignores("mysql-uri-password", "placeholder password", "DATABASE_URL=mysql://app:${DB_PASSWORD}@db.internal/app")
        .Ignores("mysql-uri-password", "an install guide's placeholder in capitals", "connection = mysql+pymysql://keystone:KEYSTONE_DBPASS@controller/keystone")
        .Ignores("redis-uri-password", "a URL parser's test, the first digits as the password", "it('redis://:123@174.129.42.52:13271', function () {")
        .Ignores("mysql-uri-password", "default password", "DATABASE_URL=mysql://app:password@localhost/app")
        .Ignores("mysql-uri-password", "no password", "DATABASE_URL=mysql://app@db.internal/app")
        .FindsIn("mongodb-uri-password", "URI with a password", $"MONGODB_URI=mongodb+srv://app:{MongodbUriPasswordKey}@db.internal:5432/app", MongodbUriPasswordKey)
        .FindsIn("mongodb-uri-password", "the user name from a template, the password written out", $"export const MONGO_URL = `mongodb+srv://${{user}}:{MongodbUriPasswordKey}@prod.k3jd9.mongodb.net/app`;", MongodbUriPasswordKey)
        .Ignores("mongodb-uri-password", "user and password from a template", "export const MONGO_URL = `mongodb+srv://${user}:${password}@prod.k3jd9.mongodb.net/app`;")
        .Ignores("mongodb-uri-password", "placeholder password", "MONGODB_URI=mongodb+srv://app:${DB_PASSWORD}@db.internal/app")
        .Ignores("mongodb-uri-password", "default password", "MONGODB_URI=mongodb+srv://app:password@localhost/app")
        .Ignores("mongodb-uri-password", "MongoDB University's course cluster", "MONGODB_URI=mongodb+srv://m001-student:m001-mongodb-basics@sandbox.abcde.mongodb.net/test")
        .Ignores("mongodb-uri-password", "no password", "MONGODB_URI=mongodb+srv://app@db.internal/app")
        .FindsIn("redis-uri-password", "URI with a password", $"REDIS_URL=rediss://:{RedisUriPasswordKey}@db.internal:5432/app", RedisUriPasswordKey)
        .Ignores("redis-uri-password", "placeholder password", "REDIS_URL=rediss://:${DB_PASSWORD}@db.internal/app")
        .Ignores("redis-uri-password", "default password", "REDIS_URL=rediss://:password@localhost/app")
        .Ignores("redis-uri-password", "no password", "REDIS_URL=rediss://@db.internal/app")
        .FindsIn("amqp-uri-password", "URI with a password", $"RABBITMQ_URL=amqps://app:{AmqpUriPasswordKey}@db.internal:5432/app", AmqpUriPasswordKey)
        .Ignores("amqp-uri-password", "placeholder password", "RABBITMQ_URL=amqps://app:${DB_PASSWORD}@db.internal/app")
        .Ignores("amqp-uri-password", "default password", "RABBITMQ_URL=amqps://app:password@localhost/app")
        .Ignores("amqp-uri-password", "no password", "RABBITMQ_URL=amqps://app@db.internal/app")
        .FindsIn("smtp-uri-password", "URI with a password", $"SMTP_URL=smtps://app:{SmtpUriPasswordKey}@db.internal:5432/app", SmtpUriPasswordKey)
        .Ignores("smtp-uri-password", "placeholder password", "SMTP_URL=smtps://app:${DB_PASSWORD}@db.internal/app")
        .Ignores("smtp-uri-password", "default password", "SMTP_URL=smtps://app:password@localhost/app")
        .Ignores("smtp-uri-password", "no password", "SMTP_URL=smtps://app@db.internal/app")
        .FindsIn("url-basic-auth-password", "URI with a password", $"FEED_URL=https://app:{UrlBasicAuthPasswordKey}@db.internal:5432/app", UrlBasicAuthPasswordKey)
        .Ignores("url-basic-auth-password", "placeholder password", "FEED_URL=https://app:${DB_PASSWORD}@db.internal/app")
        .Ignores("url-basic-auth-password", "a documentation example's short password", "const options = new URL('https://abc:xyz@example.com');")
        .Ignores("url-basic-auth-password", "a short password written with escapes", "https://user:he%2F%2Fo@pypi.company.com/simple")
        .Ignores("url-basic-auth-password", "default password", "FEED_URL=https://app:password@localhost/app")
        .Ignores("url-basic-auth-password", "a demo word split by an escaped colon", "// e.g. https://user:p%40ss%3Aword@github.com/owner/repo.git")
        .Ignores("url-basic-auth-password", "a demo word in leetspeak", "import data from 'https://svc:s3cr3t@internal.corp/data.js';")
        .Ignores("url-basic-auth-password", "the passwords of examples and tests", "proxies = ['http://JeremyCline:Hunter2@proxy.internal:8080/', 'http://john.doe:p4ssw0rd@127.0.0.1:8180']")
        .Ignores("url-basic-auth-password", "no password", "FEED_URL=https://app@db.internal/app")
        .Ignores("redis-uri-password", "redis.conf's example password", "REDIS_URL=redis://:foobared@cache.internal:6379/0")
        .Ignores("postgres-uri-password", "a README's password named after itself", "postgres://someuser:somepassword@db.internal:5432/somedatabase")
        .Ignores("url-basic-auth-password", "the test pair after abc123", "PUSHER_URL=http://123abc:def456@api.pusherapp.com/apps/789")
        .Ignores("url-basic-auth-password", "MDN's URL.password example", "url.parse(\"https://anonymous:flabada@developer.mozilla.org/en-US/docs/Web/API/URL/password\");")
        .Ignores("url-basic-auth-password", "a test DSN's fake host", $"public const string ValidDsnWithSecret = \"https://{FakeKey.Random(FakeKey.Hex, 31, 71)}:{FakeKey.Random(FakeKey.Hex, 32, 72)}@fake-sentry.io:65535/2147483647\";")
        .Ignores("postgres-uri-password", "a password for RFC 2606's example domain", $"DATABASE_URL=postgres://app:{FakeKey.Random(FakeKey.Base62, 16, 73)}@db.example.com:5432/app")
        .Ignores("mongodb-uri-password", "a .test host", $"MONGO_URL=mongodb://app:{FakeKey.Random(FakeKey.Base62, 16, 74)}@mongo.acme.test:27017/app")
        .FindsIn("postgres-uri-password", "a host that only looks like an example", $"DATABASE_URL=postgres://app:{PostgresUriPasswordKey}@examples-db.internal:5432/app", PostgresUriPasswordKey);
}
