using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PgBouncerRules
{
    private static readonly Remediation Remediation = new("https://www.pgbouncer.org/config.html#authentication-file-format", "ConnectionStrings:Database", "PGPASSWORD")
    {
        Steps = new[]
        {
            "Change the user's password in PostgreSQL and in the file: whoever has the file signs in to the database through the pooler, or to the database itself.",
            "Store a SCRAM secret instead of the password (the rolpassword PostgreSQL keeps), or let PgBouncer look users up with auth_query, and keep the file out of the repository.",
        },
    };

    // PgBouncer's auth_file (userlist.txt): a line of two quoted strings, the user and the password. A password stored
    // as a SCRAM secret or an md5 hash is what the file should hold, and is not reported.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "pgbouncer-userlist-password",
            "PgBouncer",
            "Password in clear in PgBouncer's auth_file (userlist.txt: \"user\" \"password\")",
            "(?:^|\\n)\"[A-Za-z0-9_.@-]{1,63}\"[ \\t]{1,3}\"(?<secret>[^\"\\s]{8,128})\"[ \\t]*(?:\\r|\\n|$)",
            new[] { "\" \"", "\"\t\"" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.8,
            IsPlausible = value => !value.StartsWith("SCRAM-SHA-256$", StringComparison.Ordinal) && PasswordValue.IsStrongAndNoName(value) && !PasswordValue.IsStandIn(value),
            MadeLocally = true,
        },
    };
}
