using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class IniPasswordRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "App:Password", "APP_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password wherever it opens something (the server's admin, the database, the index): the file is in every clone of the repository.",
            "Set it from the environment instead (grafana.ini's admin_password = $__env{GF_SECURITY_ADMIN_PASSWORD}, GF_SECURITY_ADMIN_PASSWORD itself) or from a file the deployment mounts.",
        },
    };

    // What every match holds: not "pass" alone, which Python writes as a statement in every other file.
    private static readonly string[] Keywords = { "passw", "pwd", "_pass", ".pass", "-pass", "pass=", "pass =" };

    // An INI file's or a flat configuration's setting at the start of its line, "name = value" with the value unquoted:
    // grafana.ini's admin_password, supervisord's, odbc.ini's, a .pypirc's password. password-assignment takes such a
    // value only with a symbol in it, as Python and Ruby assign variables the same way ("password = user_pw2"); a value
    // here of letters and digits only must read as random, neither words nor a name in code.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "ini-password",
            "Generic",
            "Password in an INI-style setting (name = value, unquoted, of random letters and digits)",
            "(?i)(?:^|\\n)[ \\t]*(?:[a-z0-9_.-]{0,40}(?:passw(?:or)?d|pwd)|(?:[a-z0-9_.-]{0,40}[_.-])?pass)[ \\t]{0,3}=[ \\t]{0,3}(?<secret>[A-Za-z0-9]{12,64})[ \\t]*(?:\\r|\\n|$)",
            Keywords,
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.2,
            IsPlausible = value => PasswordValue.IsStrongAndNoName(value) && !Plausibility.IsCodeIdentifier(value) && !Plausibility.IsMostlyWords(value),
            MadeLocally = true,
            IsFallback = true,
        },
    };
}
