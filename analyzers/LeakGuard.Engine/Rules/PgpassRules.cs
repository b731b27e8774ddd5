using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PgpassRules
{
    private static readonly Remediation Remediation = new("https://www.postgresql.org/docs/current/libpq-pgpass.html", "ConnectionStrings:Default", "PGPASSWORD")
    {
        Steps = new[]
        {
            "Change the database user's password: it is in every clone of the repository.",
            "Keep the .pgpass file in the home folder of whoever connects (mode 0600), out of the repository, or point PGPASSFILE at a file the deployment provides.",
        },
    };

    // A .pgpass line, which libpq reads: "hostname:port:database:username:password", the port a number or '*'. The
    // file holds nothing but passwords; the port that PostgreSQL and PgBouncer listen on, or the wildcard, makes the
    // shape, and a password holds a ':' only escaped (\:), which keeps other colon-separated lines (/etc/passwd's
    // "sys:*:3:3:sys:/dev:/usr/sbin/nologin", timestamps) out.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "pgpass-password",
            "PostgreSQL",
            "Password in a .pgpass line (hostname:port:database:username:password)",
            "(?:^|[\\r\\n])[ \\t]{0,5}[A-Za-z0-9._*-]{1,253}:(?:5432|5433|6432|\\*):[^:\\s]{1,63}:[^:\\s]{1,63}:(?<secret>(?:[^\\s:\\\\]|\\\\[:\\\\]){6,128})[ \\t]*(?:\\r|\\n|$)",
            new[] { ":5432:", ":5433:", ":6432:", ":*:" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.5,
            IsPlausible = value => value.Length >= 8 && PasswordValue.IsNoName(value),
            MadeLocally = true,
        },
    };
}
