using System;
using System.Collections.Generic;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Engine.Rules;

internal static class ConnectionStringRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "ConnectionStrings:Default", "ConnectionStrings__Default")
    {
        MovesWholeString = true,
    };

    private static readonly string[] Context = { "server", "data source", "host", "user id", "uid", "username", "database", "initial catalog" };

    private const string LocalServer =
        "(?:server|data source|host|addr|address)[ \t]*=[ \t]*(?:tcp:)?(?:" + LocalWeakPasswords.Hosts + "|\\.|\\(local\\)|\\(localdb\\))(?:\\\\{1,4}[a-z0-9_$]{1,64})?(?:[,:][0-9]{1,5})?[ \t]*";

    private static readonly string WeakPassword = "(?:password|pwd)[ \t]{0,3}=[ \t]{0,3}(?:\\\\?[\"']|\\{)?" + LocalWeakPasswords.Password(";\"'\\s{}\\\\");

    // A backslash too: in C# and JSON sources it escapes the quote that closes the string.
    private const string Separator = "[;\"'\\s\\\\]";

    // One separator between the two settings, or any text between two separators.
    private const string Between = "(?:" + Separator + "(?:[^\\n]*" + Separator + ")?)";

    // A weak password for a database on the developer's machine ("Server=localhost", "Data Source=.",
    // "(localdb)\MSSQLLocalDB", its backslash escaped once or twice), the two settings in either order.
    private static readonly Allowlist LocalWeak = LocalWeakPasswords.Where(
        "(?:^|" + Separator + ")(?:" + LocalServer + Between + WeakPassword + "|" + WeakPassword + Between + LocalServer + ")(?:$|" + Separator + ")",
        AllowlistTarget.Line);

    // The secret is the password value only. "Password=" opens the string or follows a ';' (the line's end after it too,
    // in a C# verbatim string written one setting a line), or a space after one of
    // libpq's settings, as its and Go's key/value strings separate them ("host=db user=app password=x dbname=app"); not
    // after a keyword argument ("username=None, password=None"). Written with spaces around
    // the '=' ("User Id = sa; Password = x;", as much hand-written ADO.NET code has it), quoted ('x', \"x\") or in
    // ODBC's braces ({x}), it must follow a ';': that keeps code such as "password = await ..." out. A bare value
    // starting with '{', '$' or '<' is a reference to be substituted ("{password}", "$(DbPassword)", "<password>"), and
    // so is a '%' one that ends with '%' or is a format's placeholder ("%DB_PASSWORD%", "%s", "%(password)s"), not a
    // password; so is a call ("GetPassword()") and an analyzer test's markup ("{|#0:…|}"). A backslash ends a bare
    // value where it escapes a quote (C# and JSON sources: Password=x"), and a '<' where an XML element's text ends
    // (a publish profile's <ParameterValue>…;Password=x</ParameterValue>).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "connection-string-password",
            "Database",
            "Password in a connection string",
            "(?i)(?:^|[;\"']|;[ \\t]{1,3}|;[ \\t]{0,3}\\r?\\n[ \\t]{0,40}|(?:host|hostaddr|port|dbname|user|sslmode)=[^\\s;\"'=,()]{1,253}[ \\t]{1,3})(?:password|pwd)=(?<secret>[^;\"'\\s{$<\\\\](?:[^;\"'\\s\\\\<]|\\\\[^;\"'\\s\\\\]){0,127})(?:$|[;\"'\\s\\\\<])"
                + "|;[ \\t]{0,3}(?:password|pwd)[ \\t]{0,3}=[ \\t]{0,3}(?:\\\\?[\"']|\\{)?(?<secret>[^;\"'\\s{}$<\\\\()+|][^;\"'\\s{}\\\\()]{0,127})(?:\\\\?[\"']|\\})?[ \\t]{0,3}(?:$|[;\"'])",
            new[] { "password", "pwd" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = Context,
            // Three characters ("xxx") or a constant's name ("SUA_SENHA") are placeholders, not passwords.
            IsPlausible = value => value.Length >= 4 && !DemoPasswords.Contains(value) && !Plausibility.IsConstantName(value) && !IsDeploymentVariable(value) && !IsPercentPlaceholder(value),
            Allowlist = LocalWeak,
            MadeLocally = true,
        },
    };

    /// <summary>
    /// A Windows variable ("%DB_PASSWORD%"), Python's named placeholder ("%(password)s") or a template's ("%{password}");
    /// "%s" is too short to be taken.
    /// </summary>
    private static bool IsPercentPlaceholder(string value) =>
        value[0] == '%' && (value[value.Length - 1] == '%' || value[1] is '(' or '{');

    /// <summary>
    /// What a deployment tool puts a password in place of: Octopus' and Azure DevOps' "#{DbPassword}#", and .NET Aspire's
    /// manifest expressions ("{sql-password.value}", whose braces the pattern reads as ODBC's quoting).
    /// </summary>
    private static bool IsDeploymentVariable(string value) =>
        value.StartsWith("#{", StringComparison.Ordinal)
        || value.EndsWith(".value", StringComparison.Ordinal)
        || value.EndsWith(".connectionString", StringComparison.Ordinal);
}
