using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RecaptchaRules
{
    private static readonly Remediation Remediation = new("https://www.google.com/recaptcha/admin", "Recaptcha:SecretKey", "RECAPTCHA_SECRET_KEY");

    private static readonly string[] Context = { "recaptcha", "captcha" };

    // The secret key of a reCAPTCHA site ("6L" and 38 characters) lets anyone verify answers as the site. The site key has
    // the same form and is public (data-sitekey in every page), so only a secret's name tells them apart.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "recaptcha-secret-key",
            "Google reCAPTCHA",
            "Google reCAPTCHA secret key (6L and 38 characters under a secret's name)",
            Patterns.AssignedTo("secret", "6L[A-Za-z0-9_-]{38}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
