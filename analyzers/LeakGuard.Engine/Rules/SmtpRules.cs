using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SmtpRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "Smtp:Password", "SMTP_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password of the mail account (or revoke the app password or SMTP key the mail service issued): it is in every clone of the repository, and whoever has it sends mail as you.",
            "Read it from configuration (user secrets in development, an environment variable or a key vault in production) into the SMTP client's credentials.",
        },
    };

    private static readonly string[] Context = { "smtp" };

    // What a schema or code writes where a password goes: a type, an empty value, an OpenAPI example's "string".
    private static readonly HashSet<string> CodeWords = new(StringComparer.OrdinalIgnoreCase) { "string", "undefined", "null", "none", "nil", "true", "false", "required", "optional" };

    // A quoted value (JSON, C#, YAML) that starts like no template hole or reference ("{pwd}", "${SMTP_PASS}", "%PASS%",
    // "<password>", "[password]").
    private const string Quoted = "[\"'`](?<secret>[^\"'`\\r\\n{$%<\\[][^\"'`\\r\\n]{5,63})[\"'`]";

    // A .env line or an unquoted YAML value, only under a mail-specific name, as a bare "password: x" is anything's;
    // not code's "smtp_password=dict(no_log=True)," or "this.smtp_password = data.smtp_password;".
    private const string Unquoted = "(?<secret>[^\\s\"'`#{$%<\\[,;()=][^\\s\"'`#,;()=]{5,63})[ \\t]*(?:\\r|\\n|$)";

    // Also .NET's appSettings entries (an add element's key and value), VB's fields declared As String and C#'s
    // auto-properties with an initializer.
    private const string Assignment = "(?:[ \\t]{1,3}As[ \\t]{1,3}String|[ \\t]{0,3}\\{[ \\t]{0,3}get;[ \\t]{0,3}(?:private[ \\t]{1,3})?set;[ \\t]{0,3}\\})?"
        + "[\"'`]?[ \\t]{0,5}(?:value[ \\t]{0,3})?(?::=|=>|=|:)[ \\t]{0,5}";

    // The password of the mail account an application sends from, in the settings that name its SMTP server
    // (appsettings.json's "Smtp": { "Host": "smtp.office365.com", …, "Password": "…" }, Django's EMAIL_HOST_PASSWORD,
    // Spring's spring.mail.password, a .env's SMTP_PASS). Passwords are made of words, so only the SMTP settings
    // around it and the usual checks for demo passwords and placeholders tell a real one.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "smtp-password",
            "SMTP",
            "Password of a mail account in SMTP settings",
            "(?i)(?:^|[^a-z0-9])[a-z0-9_.-]{0,20}(?:password|passwd|pwd)" + Assignment + Quoted
            + "|(?:^|[^a-z0-9])[a-z0-9_.-]{0,20}(?:smtp|mail)[a-z0-9_.-]{0,20}(?:password|passwd|pwd|pass)" + Assignment + Unquoted,
            Context,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = Context,
            MinEntropy = 2.5,
            IsPlausible = value => !DemoPasswords.Contains(value)
                && !Plausibility.IsConstantName(value)
                && value.IndexOf("password", StringComparison.OrdinalIgnoreCase) < 0
                && !CodeWords.Contains(value)
                && !IsSnakeCaseName(value)
                && !Plausibility.IsCodeIdentifier(value),
            MadeLocally = true,
        },
    };

    /// <summary>"sim_auth", "smtp_auth_password": a variable's name where code assigns one to the password.</summary>
    private static bool IsSnakeCaseName(string value)
    {
        var underscore = false;
        foreach (var c in value)
        {
            if (c == '_')
            {
                underscore = true;
            }
            else if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return underscore && value[0] != '_' && value[value.Length - 1] != '_';
    }
}
