using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NetworkCredentialRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "Smtp:Password", "SMTP_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password of that account where it signs in (for a mail service, revoke the app password or SMTP key): it is in every clone of the repository.",
            "Read it from configuration (user secrets in development, an environment variable or a key vault in production) and pass that to the call.",
        },
    };

    // The user: a literal or a name (a variable, a setting); MailKit's Authenticate only with a literal, as other
    // Authenticate methods take a scheme or a context first.
    private const string User = "(?:[a-z]{1,20}[ \\t]{0,3}:[ \\t]{0,3})?(?:@?\"[^\"\\r\\n]{0,100}\"|[a-z_][a-z0-9_.]{0,60})";

    // The password after the user, on the next line too; six characters or more (mail accounts' are often short).
    private const string Password = "[ \\t]{0,5},[ \\t\\r\\n]{0,40}(?:[a-z]{1,20}[ \\t]{0,3}:[ \\t]{0,3})?@?\"(?<secret>[^\"\\r\\n]{6,128})\"";

    // new NetworkCredential("user", "…") for SMTP, FTP and HTTP; PowerShell's New-Object System.Net.NetworkCredential;
    // MailKit's client.Authenticate("user", "…").
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "network-credential-password",
            "Network credentials",
            "Password hard-coded in NetworkCredential(user, password) or a mail client's Authenticate(user, password)",
            "(?i)(?:networkcredential\\([ \\t]{0,5}" + User + "|\\.authenticate(?:async)?\\([ \\t]{0,5}@?\"[^\"\\r\\n]{1,100}\")" + Password,
            new[] { "NetworkCredential", "Authenticate" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.5,
            IsPlausible = value => !DemoPasswords.Contains(value) && !IsEmailAddress(value) && !Plausibility.IsConstantName(value),
            MadeLocally = true,
        },
    };

    /// <summary>An anonymous FTP login's password is by custom an e-mail address.</summary>
    private static bool IsEmailAddress(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && value.IndexOf('.', at) > at + 1 && value.IndexOf(' ') < 0;
    }
}
