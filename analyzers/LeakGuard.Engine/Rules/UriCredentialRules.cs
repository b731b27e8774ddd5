using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class UriCredentialRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "ConnectionStrings:Default", "DATABASE_URL");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "postgres-uri-password",
            "URI",
            "Password in a PostgreSQL connection URI",
            "(?i)(?:^|[^a-z0-9+.-])(?:postgres(?:ql)?(?:\\+[a-z0-9]{1,20})?)://[^:@/\\s\"'<>{}$]{1,64}:(?<secret>[^@/\\s\"\\'<>{}$%:][^@/\\s\"\\'<>]{0,127})@[a-z0-9._-]{1,253}",
            new[] { "postgres://", "postgresql://", "postgresql+" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = value => !Plausibility.IsOneOf(value, "password", "passwd", "pass", "pwd", "secret", "root", "admin", "guest", "user", "test", "postgres", "mysql", "redis", "mongo", "rabbitmq", "changeme"),
        },
        new SecretRule(
            "mysql-uri-password",
            "URI",
            "Password in a MySQL or MariaDB connection URI",
            "(?i)(?:^|[^a-z0-9+.-])(?:(?:mysql|mariadb)(?:\\+[a-z0-9]{1,20})?)://[^:@/\\s\"'<>{}$]{1,64}:(?<secret>[^@/\\s\"\\'<>{}$%:][^@/\\s\"\\'<>]{0,127})@[a-z0-9._-]{1,253}",
            new[] { "mysql://", "mariadb://", "mysql+" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = value => !Plausibility.IsOneOf(value, "password", "passwd", "pass", "pwd", "secret", "root", "admin", "guest", "user", "test", "postgres", "mysql", "redis", "mongo", "rabbitmq", "changeme"),
        },
        new SecretRule(
            "mongodb-uri-password",
            "URI",
            "Password in a MongoDB connection URI",
            "(?i)(?:^|[^a-z0-9+.-])(?:mongodb(?:\\+srv)?)://[^:@/\\s\"'<>{}$]{1,64}:(?<secret>[^@/\\s\"\\'<>{}$%:][^@/\\s\"\\'<>]{0,127})@[a-z0-9._-]{1,253}",
            new[] { "mongodb://", "mongodb+srv://" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = value => !Plausibility.IsOneOf(value, "password", "passwd", "pass", "pwd", "secret", "root", "admin", "guest", "user", "test", "postgres", "mysql", "redis", "mongo", "rabbitmq", "changeme"),
        },
        new SecretRule(
            "redis-uri-password",
            "URI",
            "Password in a Redis connection URI",
            "(?i)(?:^|[^a-z0-9+.-])(?:rediss?)://[^:@/\\s\"'<>{}$]{0,64}:(?<secret>[^@/\\s\"\\'<>{}$%:][^@/\\s\"\\'<>]{0,127})@[a-z0-9._-]{1,253}",
            new[] { "redis://", "rediss://" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = value => !Plausibility.IsOneOf(value, "password", "passwd", "pass", "pwd", "secret", "root", "admin", "guest", "user", "test", "postgres", "mysql", "redis", "mongo", "rabbitmq", "changeme"),
        },
        new SecretRule(
            "amqp-uri-password",
            "URI",
            "Password in an AMQP (RabbitMQ) connection URI",
            "(?i)(?:^|[^a-z0-9+.-])(?:amqps?)://[^:@/\\s\"'<>{}$]{1,64}:(?<secret>[^@/\\s\"\\'<>{}$%:][^@/\\s\"\\'<>]{0,127})@[a-z0-9._-]{1,253}",
            new[] { "amqp://", "amqps://" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = value => !Plausibility.IsOneOf(value, "password", "passwd", "pass", "pwd", "secret", "root", "admin", "guest", "user", "test", "postgres", "mysql", "redis", "mongo", "rabbitmq", "changeme"),
        },
        new SecretRule(
            "smtp-uri-password",
            "URI",
            "Password in an SMTP URI",
            "(?i)(?:^|[^a-z0-9+.-])(?:smtps?)://[^:@/\\s\"'<>{}$]{1,64}:(?<secret>[^@/\\s\"\\'<>{}$%:][^@/\\s\"\\'<>]{0,127})@[a-z0-9._-]{1,253}",
            new[] { "smtp://", "smtps://" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = value => !Plausibility.IsOneOf(value, "password", "passwd", "pass", "pwd", "secret", "root", "admin", "guest", "user", "test", "postgres", "mysql", "redis", "mongo", "rabbitmq", "changeme"),
        },
        new SecretRule(
            "url-basic-auth-password",
            "URI",
            "Password in an HTTP(S) or FTP URL (basic authentication)",
            "(?i)(?:^|[^a-z0-9+.-])(?:https?|ftps?|sftp)://[^:@/\\s\"'<>{}$]{1,64}:(?<secret>[^@/\\s\"\\'<>{}$%:][^@/\\s\"\\'<>]{0,127})@[a-z0-9._-]{1,253}",
            new[] { "http://", "https://", "ftp://", "ftps://", "sftp://" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            IsPlausible = value => value.Length >= 6 && !Plausibility.IsOneOf(value, "password", "passwd", "pass", "pwd", "secret", "root", "admin", "guest", "user", "test", "postgres", "mysql", "redis", "mongo", "rabbitmq", "changeme"),
        },
    };
}
