using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SqlPasswordRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/sql/relational-databases/security/password-policy", "Database:Password", "DB_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password of that login on every server the script ran on: it is in every clone of the repository.",
            "Have the script take it as a variable (sqlcmd's $(Password), psql's :'password', a deployment secret) instead of a literal.",
        },
    };

    // A login's name: bracketed, quoted (MySQL's 'user'@'host' too) or bare.
    private const string Name = "(?:\\[[^\\]\\r\\n]{1,64}\\]|\"[^\"\\r\\n]{1,64}\"|'[^'\\r\\n]{1,64}'(?:@'[^'\\r\\n]{1,64}')?|[a-z0-9_.$\\\\-]{1,64})";

    // A quoted password: no space at either end, so that code joining a variable in ("'" + password + "'") is not taken.
    private const string Quoted = "[^'\"\\s][^'\"\\r\\n]{2,126}[^'\"\\s]";

    // The statement that names the login: CREATE/ALTER LOGIN|USER|ROLE [IF NOT EXISTS], or GRANT … TO (MySQL 5's and
    // Oracle's GRANT that creates the user).
    private const string Statement =
        "(?:(?:create|alter)[ \\t]+(?:login|user|role)(?:[ \\t]+if[ \\t]+not[ \\t]+exists)?|grant[ \\t][^;\\r\\n]{1,200}[ \\t]to)[ \\t]+";

    // SQL Server's CREATE/ALTER LOGIN … WITH PASSWORD = N'…' (a contained database's CREATE USER too), PostgreSQL's
    // CREATE/ALTER ROLE|USER … [WITH] [LOGIN] [ENCRYPTED] PASSWORD '…', and MySQL's and Oracle's IDENTIFIED [WITH
    // plugin] BY '…'; IDENTIFIED BY only after the statement and the user it names, as prose says "identified by" too
    // ("the header identified by 'x-ms-copy-id'").
    // MySQL's IDENTIFIED BY PASSWORD '*…' and Oracle's IDENTIFIED BY VALUES give a hash, not the password.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "sql-login-password",
            "Database",
            "Password of a database login or user created or changed by a SQL statement",
            "(?i)(?:^|[^a-z0-9_])" + Statement + Name
                + "[ \\t\\r\\n]+(?:(?:[a-z_]{1,20}[ \\t\\r\\n]+){0,6}password[ \\t]*=?[ \\t]*N?'(?<secret>" + Quoted + ")'"
                + "|identified[ \\t]+by[ \\t]+(?:(?<secret>[a-z0-9_#$]{4,30})(?:$|[^a-z0-9_#$'\"(])|\"(?<secret>" + Quoted + ")\")"
                + "|identified[ \\t]+(?:with[ \\t]+['\"]?[a-z_]{1,40}['\"]?[ \\t]+)?by[ \\t]+'(?<secret>" + Quoted + ")')",
            new[] { "password", "identified" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.5,
            IsPlausible = value => !DemoPasswords.Contains(value) && !Plausibility.IsConstantName(value) && !IsReference(value),
            MadeLocally = true,
        },
    };

    /// <summary>
    /// What a script or the code around it puts in place of a password: a variable ("{password}", "$(Password)",
    /// "${DB_PASSWORD}", "%s", ":pw", "@pw", "#{Password}#"), Oracle's and MySQL's words after BY (VALUES, PASSWORD), or
    /// the hash MySQL's IDENTIFIED BY PASSWORD gives ('*' and 40 hex digits).
    /// </summary>
    private static bool IsReference(string value) =>
        value[0] is '{' or '$' or '%' or ':' or '@' or '#' or '?' or '&' or '*'
        || Plausibility.IsOneOf(value, "values", "password");
}
