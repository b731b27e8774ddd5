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

    // The password as a sign-in call's argument: Go's smtp.PlainAuth(identity, user, "…", host), Ruby's
    // Net::SMTP.start(host, port, helo, user, "…", :login). (Python's server.login(user, "…") is password-argument's.)
    private const string SignInCall =
        "smtp\\.plainauth\\([ \\t]{0,3}\"[^\"\\r\\n]{0,60}\"[ \\t]{0,3},[ \\t]{0,3}[^,\\r\\n]{1,60},[ \\t]{0,3}" + PasswordValue.Quoted
        + "|net::smtp\\.start\\((?:[^,\\r\\n]{1,60},[ \\t]{0,3}){4}" + PasswordValue.Quoted;

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
            "(?i)(?:^|[^a-z0-9])[a-z0-9_.-]{0,20}(?:password|passwd|pwd)" + PasswordValue.Assignment + PasswordValue.Quoted
            + "|(?:^|[^a-z0-9])[a-z0-9_.-]{0,20}(?:smtp|mail)[a-z0-9_.-]{0,20}(?:password|passwd|pwd|pass)" + PasswordValue.Assignment + PasswordValue.Unquoted
            + "|" + SignInCall,
            Context,
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = Context,
            MinEntropy = 2.5,
            IsPlausible = PasswordValue.IsWritten,
            MadeLocally = true,
        },
    };
}
